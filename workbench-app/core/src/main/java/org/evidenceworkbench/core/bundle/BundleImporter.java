package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.duplicates.NearDuplicates;
import org.evidenceworkbench.core.search.CaseSearch;
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

    /** How to import: {@code force} takes a bundle that fails its check, naming the person and the reason. */
    public record Options(boolean force, String by, String reason) {

        public static final Options CHECKED = new Options(false, null, null);
    }

    public enum Status { IMPORTED, ALREADY_IMPORTED }

    /** What an import did. {@code checkProblem} is the failed check a forced import overrode, else null. */
    public record Result(Path location, String bundleId, String organization, Status status, long items,
                         long findings, long payloadProblems, boolean forced, String checkProblem) {
    }

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
        boolean forced = options.force() && !verdict.passed();
        ImportedPayloads payloads = new ImportedPayloads(theCase.layout(), bundleId);
        try (Connection c = theCase.database().connection()) {
            c.setAutoCommit(false);
            try {
                ImportedRows.Counts counts = new ImportedRows(c, bundle, info, bundleId, payloads)
                        .write(tagManifestHash, forced);
                c.commit();
                return new Result(bundle.location(), bundleId, info.organization(), Status.IMPORTED, counts.items,
                        counts.findings, counts.payloadProblems, forced, verdict.passed() ? null : verdict.reason());
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

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static WorkbenchException storeFailure(SQLException e) {
        return new WorkbenchException("Could not write the import to the case database; check the disk has space"
                + " and the case folder is writable. Nothing was imported.", e);
    }
}
