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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.audit.AuditLog;
import org.evidenceworkbench.core.source.SourceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one bundle's rows into the hub case inside the caller's transaction: the source, the
 * bundle, each item of items.csv with its origin and the sender's tags (copying its file into the
 * case as it goes), then the findings of findings.json. The caller commits or rolls back.
 */
final class ImportedRows {

    private static final Logger log = LoggerFactory.getLogger(ImportedRows.class);
    private static final ObjectMapper JSON = new ObjectMapper();

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


    private final Connection c;
    private final OpenBundle bundle;
    private final BagInfo info;
    private final String bundleId;
    private final ImportedPayloads payloads;

    ImportedRows(Connection c, OpenBundle bundle, BagInfo info, String bundleId, ImportedPayloads payloads) {
        this.c = c;
        this.bundle = bundle;
        this.info = info;
        this.bundleId = bundleId;
        this.payloads = payloads;
    }

    /** Writes everything of the bundle; {@code forced} marks a bundle taken in although it failed its check. */
    Counts write(String tagManifestHash, boolean forced) throws SQLException, IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long sourceId = insertSource(c, bundle.location(), bundleId, now);
        long bundleRow = insertBundle(c, sourceId, bundleId, info, tagManifestHash, now, forced);
        Counts counts = new Counts();
        Map<String, Long> idsBySenderId = writeItems(c, bundle, sourceId, bundleRow, bundleId, sender(info), now,
                payloads, counts);
        writeFindings(c, bundle, idsBySenderId, info.organization(), now, counts);
        try (PreparedStatement p = c.prepareStatement("UPDATE bundle SET item_count = ? WHERE id = ?")) {
            p.setLong(1, counts.items);
            p.setLong(2, bundleRow);
            p.executeUpdate();
        }
        return counts;
    }

    /** What was written. */
    static final class Counts {
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
    private static Map<String, Long> writeItems(Connection c, OpenBundle bundle, long sourceId, long bundleRow,
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
        long writeSeq = nextWriteSeq(c);
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

    /** The next write sequence number, read in this transaction (see V2.sql: the index follows it). */
    private static long nextWriteSeq(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(write_seq), 0) + 1 FROM item")) {
            rs.next();
            return rs.getLong(1);
        }
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
}
