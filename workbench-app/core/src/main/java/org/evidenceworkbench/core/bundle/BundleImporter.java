package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.audit.AuditLog;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.duplicates.NearDuplicates;
import org.evidenceworkbench.core.search.CaseSearch;
import org.evidenceworkbench.core.source.SourceKind;
import org.evidenceworkbench.core.store.WriteSequence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an exchange bundle into a hub case: each exported item becomes an item of the case with
 * its provenance (bundle, sending organisation, exhibit, the sender's item id, path, source and
 * hashes), metadata, tags (kept as put by the sender) and findings with their review. The bundle's
 * files are copied into the case folder, so the case does not depend on the bundle afterwards.
 *
 * <p>A bundle that fails its {@link BundleCheck} is refused unless forced (audited with who forced
 * it and why). The same bundle (id and tag manifest hash) imported again changes nothing; another
 * bundle with an id already imported is refused. All rows of one bundle are written in one
 * transaction, so an interrupted import leaves nothing behind and can simply be run again.
 */
public final class BundleImporter {

    private static final Logger log = LoggerFactory.getLogger(BundleImporter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** How to import: {@code force} takes a bundle that fails its check, naming the person and the reason. */
    public record Options(boolean force, String by, String reason) {

        public static final Options CHECKED = new Options(false, null, null);
    }

    public enum Status { IMPORTED, ALREADY_IMPORTED }

    /** What an import did. {@code checkProblem} is the failed check a forced import overrode, else null. */
    public record Result(Path location, String bundleId, String organization, Status status, long items,
                         long findings, long payloadProblems, boolean forced, String checkProblem) {
    }

    private static final String INSERT_ITEM = "INSERT INTO item (id, source_id, path, name, depth, state, outcome,"
            + " reason, size, md5, sha1, sha256, mime_type, extension, category, fs_created, fs_modified,"
            + " fs_accessed, taken_at, gps_latitude, gps_longitude, camera_make, camera_model, thumbnail,"
            + " ingested_at, write_seq) VALUES (?,?,?,?,0,'DONE','ok',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_ORIGIN = "INSERT INTO item_origin (item_id, bundle_row, exhibit,"
            + " original_item_id, original_path, original_source, original_md5, original_sha1, original_sha256,"
            + " payload) VALUES (?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_TAG = "INSERT INTO tag (item_id, tag, tagged_by, tagged_at) VALUES (?,?,?,?)";
    private static final String INSERT_FINDING = "INSERT INTO finding (item_id, detector_id, detector_version, type,"
            + " label, explanation, confidence, severity, entity_type, entity_value, review_state, reviewed_by,"
            + " reviewed_at, review_note, found_at, attributes, imported_where)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Case theCase;
    private final BundleCheck check;

    public BundleImporter(Case theCase, BundleCheck check) {
        this.theCase = theCase;
        this.check = check;
    }

    /** Imports one bundle (a folder or .zip); see the class comment for refusals and idempotence. */
    public Result importBundle(Path location, Options options) {
        if (options.force() && (blank(options.by()) || blank(options.reason()))) {
            throw new WorkbenchException("Forcing an import is recorded in the audit log: give the person with --by"
                    + " and the reason with --reason.");
        }
        try (OpenBundle bundle = OpenBundle.open(location)) {
            BundleCheck.Verdict verdict = check.check(bundle);
            if (!verdict.passed() && !options.force()) {
                throw new BundleRefusedException(verdict.reason() + " The bundle was not imported; use --force"
                        + " with --by and --reason to import it anyway.");
            }
            BagInfo info = readInfo(bundle);
            String bundleId = bundleId(info);
            String tagManifestHash = identityHash(bundle);
            Long existing = existingBundle(bundleId, tagManifestHash);
            if (existing != null) {
                log.info("Bundle {} is already in this case; nothing imported", bundleId);
                return new Result(bundle.location(), bundleId, info.organization(), Status.ALREADY_IMPORTED,
                        existing, 0, 0, false, null);
            }
            Result r = write(bundle, info, bundleId, tagManifestHash, options, verdict);
            audit(r, tagManifestHash, options);
            new NearDuplicates(theCase).refresh();
            CaseSearch.refresh(theCase);
            return r;
        }
    }

    private static BagInfo readInfo(OpenBundle bundle) {
        try {
            return BagInfo.read(bundle.file("bag-info.txt"));
        } catch (IOException e) {
            throw new BundleRefusedException("The bundle " + bundle.location() + " has no readable bag-info.txt, so"
                    + " who sent it is unknown; it was not imported.");
        }
    }

    private static String bundleId(BagInfo info) {
        String id = info.bundleId();
        try {
            return UUID.fromString(id == null ? "" : id).toString();
        } catch (IllegalArgumentException e) {
            throw new BundleRefusedException("The bundle's bag-info.txt has no Bundle-Identifier UUID (it has '" + id
                    + "'), so it cannot be told from other bundles; it was not imported.");
        }
    }

    /** The tag manifest's SHA-256: it covers bag-info.txt and, through the manifests, every payload file. */
    private static String identityHash(OpenBundle bundle) {
        for (String name : new String[] {BagChecker.TAG_MANIFEST, BagChecker.PAYLOAD_MANIFEST, "bag-info.txt"}) {
            Path file = bundle.file(name);
            if (Files.isRegularFile(file)) {
                try {
                    return BagChecker.sha256(file);
                } catch (IOException e) {
                    throw new WorkbenchException("The bundle's " + name + " cannot be read (" + e.getMessage() + ").", e);
                }
            }
        }
        throw new IllegalStateException("bag-info.txt was read above");
    }

    /** The item count of this very bundle if already imported; refuses another bundle with the same id. */
    private Long existingBundle(String bundleId, String tagManifestHash) {
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement(
                     "SELECT tagmanifest_sha256, item_count, imported_at FROM bundle WHERE bundle_id = ?")) {
            p.setString(1, bundleId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (!rs.getString(1).equals(tagManifestHash)) {
                    throw new BundleRefusedException("A different bundle with the id " + bundleId + " was imported on "
                            + rs.getObject(3, OffsetDateTime.class).toLocalDate() + " (its tag manifest differs);"
                            + " two bundles must not share an id, so this one was not imported.");
                }
                return rs.getLong(2);
            }
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    private Result write(OpenBundle bundle, BagInfo info, String bundleId, String tagManifestHash, Options options,
                         BundleCheck.Verdict verdict) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sender = sender(info);
        ImportedPayloads payloads = new ImportedPayloads(theCase.layout(), bundleId);
        try (Connection c = theCase.database().connection()) {
            c.setAutoCommit(false);
            try {
                long sourceId = insertSource(c, bundle.location(), bundleId, now);
                long bundleRow = insertBundle(c, sourceId, bundleId, info, tagManifestHash, now,
                        options.force() && !verdict.passed());
                Counts counts = new Counts();
                Map<String, Long> idsBySenderId = writeItems(c, bundle, sourceId, bundleRow, bundleId, sender, now,
                        payloads, counts);
                writeFindings(c, bundle, idsBySenderId, info.organization(), now, counts);
                try (PreparedStatement p = c.prepareStatement("UPDATE bundle SET item_count = ? WHERE id = ?")) {
                    p.setLong(1, counts.items);
                    p.setLong(2, bundleRow);
                    p.executeUpdate();
                }
                c.commit();
                return new Result(bundle.location(), bundleId, info.organization(), Status.IMPORTED, counts.items,
                        counts.findings, counts.payloadProblems, options.force() && !verdict.passed(),
                        verdict.passed() ? null : verdict.reason());
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw storeFailure(e);
        } catch (IOException e) {
            throw new WorkbenchException("Could not read the bundle " + bundle.location() + " or copy its files into"
                    + " the case (" + e.getMessage() + "); nothing was imported.", e);
        }
    }

    private static final class Counts {
        long items;
        long findings;
        long payloadProblems;
    }

    /** The sender as tags and reviews name them: the examiner and the organisation, as far as known. */
    private static String sender(BagInfo info) {
        String who = info.contact();
        String org = info.organization();
        if (who != null && org != null) {
            return who + " (" + org + ")";
        }
        return who != null ? who : org != null ? org : "the sender";
    }

    private static long insertSource(Connection c, Path location, String bundleId, Instant now) throws SQLException {
        // a source's location is unique; a later bundle received at the same path is told apart by its id
        String where = location.toString();
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM source WHERE location = ?")) {
            p.setString(1, where);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    where = where + " (bundle " + bundleId + ")";
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO source (kind, location, name, state, added_at,"
                + " completed_at) VALUES (?,?,?,'COMPLETE',?,?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, SourceKind.BUNDLE.name());
            p.setString(2, where);
            p.setString(3, bundleId);
            p.setObject(4, utc(now));
            p.setObject(5, utc(now));
            p.executeUpdate();
            return generatedKey(p);
        }
    }

    private static long insertBundle(Connection c, long sourceId, String bundleId, BagInfo info, String hash,
                                     Instant now, boolean forced) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO bundle (source_id, bundle_id, source_organization,"
                + " contact_name, case_reference, case_group_id, bagging_date, export_profile, handling_marking,"
                + " workbench_version, tagmanifest_sha256, item_count, imported_at, imported_by, forced)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, sourceId);
            p.setString(2, bundleId);
            p.setString(3, cut(info.organization(), 1000));
            p.setString(4, cut(info.contact(), 1000));
            p.setString(5, cut(info.caseReference(), 1000));
            p.setString(6, cut(info.caseGroupId(), 200));
            p.setString(7, cut(info.baggingDate(), 40));
            p.setString(8, cut(info.profile(), 40));
            p.setString(9, cut(info.marking(), 1000));
            p.setString(10, cut(info.workbenchVersion(), 200));
            p.setString(11, hash);
            p.setObject(12, utc(now));
            p.setString(13, AuditLog.currentUser());
            p.setBoolean(14, forced);
            p.executeUpdate();
            return generatedKey(p);
        }
    }

    /**
     * Writes the items row by row; returns the case id of each by the sender's item id, which the
     * findings refer to. That map and the set of paths (to keep repeated paths apart) are the only
     * things held for the whole bundle: one entry per item.
     */
    private Map<String, Long> writeItems(Connection c, OpenBundle bundle, long sourceId, long bundleRow,
                                         String bundleId, String sender, Instant now, ImportedPayloads payloads,
                                         Counts counts) throws SQLException, IOException {
        Map<String, Long> ids = new HashMap<>();
        Set<String> paths = new HashSet<>();
        Path csv = bundle.file(ItemsCsv.PATH);
        if (!Files.isRegularFile(csv)) {
            throw new BundleRefusedException("The bundle has no " + ItemsCsv.PATH + ", so it lists no items;"
                    + " it was not imported.");
        }
        long nextId = nextItemId(c);
        long writeSeq = WriteSequence.next(theCase.database());
        String prefix = bundleId.substring(0, 8);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             ItemsCsv rows = new ItemsCsv(reader);
             PreparedStatement item = c.prepareStatement(INSERT_ITEM);
             PreparedStatement origin = c.prepareStatement(INSERT_ORIGIN);
             PreparedStatement tag = c.prepareStatement(INSERT_TAG)) {
            for (ItemsCsv.Row row : rows) {
                long id = nextId++;
                if (row.itemId() != null && ids.putIfAbsent(row.itemId(), id) != null) {
                    throw new BundleRefusedException("Line " + row.line() + " of items.csv repeats the item id "
                            + row.itemId() + "; the bundle is malformed and was not imported.");
                }
                ImportedPayloads.Copy copy = payloads.copyPayload(bundle, row.payload(), row.sha256());
                if (copy.problem() != null) {
                    counts.payloadProblems++;
                }
                String thumbnail = payloads.copyThumbnail(bundle, row.thumbnail(), row.sha256());
                String name = row.name() != null ? row.name() : lastPart(row.path());
                String path = prefix + "/" + (row.exhibit() == null ? "no-exhibit" : row.exhibit()) + "/"
                        + (row.path() == null ? name : row.path());
                if (!paths.add(path)) {
                    // an exhibit may hold one path twice (an archive with a repeated name): keep both items apart
                    path = path + " [" + row.itemId() + "]";
                    paths.add(path);
                }
                bindItem(item, id, sourceId, path, name, row, copy.problem(), thumbnail, now, writeSeq++);
                item.addBatch();
                bindOrigin(origin, id, bundleRow, row, copy.casePath());
                origin.addBatch();
                for (String t : row.tags()) {
                    tag.setLong(1, id);
                    tag.setString(2, cut(t, 200));
                    tag.setString(3, cut(sender, 200));
                    tag.setObject(4, utc(now));
                    tag.addBatch();
                }
                if (++counts.items % 500 == 0) {
                    item.executeBatch();
                    origin.executeBatch();
                    tag.executeBatch();
                }
            }
            item.executeBatch();
            origin.executeBatch();
            tag.executeBatch();
        }
        return ids;
    }

    private static void bindItem(PreparedStatement p, long id, long sourceId, String path, String name,
                                 ItemsCsv.Row row, String problem, String thumbnail, Instant now, long writeSeq)
            throws SQLException {
        int i = 1;
        p.setLong(i++, id);
        p.setLong(i++, sourceId);
        p.setString(i++, path);
        p.setString(i++, name);
        p.setString(i++, problem == null ? null : cut("Imported from a bundle: " + problem + ".", 4000));
        p.setObject(i++, row.size(), Types.BIGINT);
        p.setString(i++, row.md5());
        p.setString(i++, row.sha1());
        p.setString(i++, row.sha256());
        p.setString(i++, cut(row.mimeType(), 255));
        p.setString(i++, extension(name));
        p.setString(i++, cut(row.category(), 20));
        p.setObject(i++, utc(row.created()), Types.TIMESTAMP_WITH_TIMEZONE);
        p.setObject(i++, utc(row.modified()), Types.TIMESTAMP_WITH_TIMEZONE);
        p.setObject(i++, utc(row.accessed()), Types.TIMESTAMP_WITH_TIMEZONE);
        p.setString(i++, cut(row.taken(), 40));
        p.setObject(i++, row.latitude(), Types.DOUBLE);
        p.setObject(i++, row.longitude(), Types.DOUBLE);
        p.setString(i++, cut(row.cameraMake(), 255));
        p.setString(i++, cut(row.cameraModel(), 255));
        p.setString(i++, thumbnail);
        p.setObject(i++, utc(now));
        p.setLong(i, writeSeq);
    }

    private static void bindOrigin(PreparedStatement p, long id, long bundleRow, ItemsCsv.Row row, String payload)
            throws SQLException {
        p.setLong(1, id);
        p.setLong(2, bundleRow);
        p.setString(3, cut(row.exhibit(), 4000));
        p.setString(4, cut(row.itemId(), 100));
        p.setString(5, row.path());
        p.setString(6, cut(row.source(), 32000));
        p.setString(7, row.md5());
        p.setString(8, row.sha1());
        p.setString(9, row.sha256());
        p.setString(10, cut(payload, 1000));
    }

    /** Writes the findings of the imported items; a reviewed finding stays reviewed, naming the sender's reviewer. */
    private static void writeFindings(Connection c, OpenBundle bundle, Map<String, Long> ids, String senderOrg,
                                      Instant now, Counts counts) throws SQLException, IOException {
        Path file = bundle.file(FindingsJson.PATH);
        if (!Files.isRegularFile(file)) {
            return;
        }
        String organization = senderOrg == null ? "(sender)" : "(" + senderOrg + ")";
        try (InputStream in = Files.newInputStream(file);
             PreparedStatement p = c.prepareStatement(INSERT_FINDING)) {
            SQLException[] failed = {null};
            FindingsJson.read(in, f -> {
                Long itemId = f.itemId() == null ? null : ids.get(f.itemId());
                if (itemId == null || failed[0] != null) {
                    if (itemId == null) {
                        log.warn("A finding in the bundle names item {}, which items.csv does not list; left out",
                                f.itemId());
                    }
                    return;
                }
                try {
                    bindFinding(p, itemId, f, organization, now);
                    p.addBatch();
                    if (++counts.findings % 500 == 0) {
                        p.executeBatch();
                    }
                } catch (SQLException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            p.executeBatch();
        }
    }

    private static void bindFinding(PreparedStatement p, long itemId, FindingsJson.Entry f, String organization,
                                    Instant now) throws SQLException {
        p.setLong(1, itemId);
        p.setString(2, cut(f.detector(), 100));
        p.setString(3, cut(f.detectorVersion(), 200));
        p.setString(4, cut(f.type(), 100));
        p.setString(5, cut(f.label(), 4000));
        p.setString(6, cut(f.explanation(), 8000));
        p.setDouble(7, f.confidence());
        p.setString(8, cut(f.severity().toLowerCase(Locale.ROOT), 10));
        p.setString(9, cut(f.entityType(), 50));
        p.setString(10, cut(f.entityValue(), 4000));
        p.setString(11, cut(f.reviewState(), 12));
        p.setString(12, f.reviewedBy() == null ? null : cut(f.reviewedBy() + " " + organization, 200));
        p.setObject(13, utc(f.reviewedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        p.setString(14, cut(f.reviewNote(), 4000));
        p.setObject(15, utc(now));
        p.setString(16, f.attributes().isEmpty() ? null : json(f.attributes()));
        p.setString(17, cut(f.where(), 1000));
    }

    private void audit(Result r, String tagManifestHash, Options options) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bundleId", r.bundleId());
        details.put("organization", r.organization());
        details.put("location", r.location().toString());
        details.put("tagManifestSha256", tagManifestHash);
        details.put("items", r.items());
        details.put("findings", r.findings());
        details.put("payloadProblems", r.payloadProblems());
        details.put("forced", r.forced());
        if (r.forced()) {
            details.put("forcedBy", options.by().strip());
            details.put("reason", options.reason().strip());
            details.put("checkProblem", r.checkProblem());
        }
        theCase.audit().append("bundle.imported", details);
    }

    private static long nextItemId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM item")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long generatedKey(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : cut(name.substring(dot + 1).toLowerCase(Locale.ROOT), 100);
    }

    private static String lastPart(String path) {
        if (path == null) {
            return "unnamed";
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String json(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("string attributes always serialise", e);
        }
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static WorkbenchException storeFailure(SQLException e) {
        return new WorkbenchException("Could not write the import to the case database; check the disk has space"
                + " and the case folder is writable. Nothing was imported.", e);
    }
}
