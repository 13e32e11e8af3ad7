package org.evidenceworkbench.core.detect;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.search.CaseSearch;
import org.evidenceworkbench.core.duplicates.NearDuplicates;
import org.evidenceworkbench.core.store.WriteSequence;
import org.evidenceworkbench.detector.Finding;

/**
 * Runs detectors again over a case already ingested, e.g. after installing a plugin or importing
 * a hash set. For each detector run, its earlier unreviewed findings are replaced; findings a
 * person has reviewed are kept with their decision, and not reported twice.
 */
public final class RedetectService {

    /** What a re-run did. */
    public record Summary(List<String> detectors, long items, long findings, long failures) {
    }

    private static final String ITEMS = "SELECT i.id, i.path, i.name, i.category, i.mime_type, i.size, i.md5, i.sha1,"
            + " i.sha256, i.metadata, t.content, i.depth, s.kind, s.location, o.payload FROM item i"
            + " JOIN source s ON s.id = i.source_id LEFT JOIN item_text t ON t.item_id = i.id"
            + " LEFT JOIN item_origin o ON o.item_id = i.id"
            + " WHERE i.state = 'DONE' AND i.md5 IS NOT NULL AND i.id > ? ORDER BY i.id LIMIT 200";

    private final Case theCase;
    private final DetectorCatalog catalog;
    private final Duration timeout;
    /** The next write sequence number; this process holds the case, so it counts alone. */
    private long nextSeq;

    public RedetectService(Case theCase, DetectorCatalog catalog, Duration timeout) {
        if (!theCase.isWritable()) {
            throw new IllegalArgumentException("detection needs a case opened for writing");
        }
        this.theCase = theCase;
        this.catalog = catalog;
        this.timeout = timeout;
    }

    public Summary run() {
        List<String> ids = catalog.installed().stream().map(i -> i.info().id()).toList();
        if (ids.isEmpty()) {
            throw new WorkbenchException("No such detector is installed; list them with 'workbench detectors'.");
        }
        long items = 0;
        long findings = 0;
        long failures = 0;
        nextSeq = WriteSequence.next(theCase.database());
        try (DetectorRunner runner = new DetectorRunner(catalog, timeout);
             Connection read = theCase.database().connection();
             Connection write = theCase.database().connection();
             PreparedStatement page = read.prepareStatement(ITEMS)) {
            write.setAutoCommit(false);
            long after = 0;
            while (true) {
                page.setLong(1, after);
                int n = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        after = rs.getLong(1);
                        DetectorRunner.Result r = runner.run(view(rs, theCase.layout().root()));
                        findings += replace(write, after, ids, r);
                        failures += r.failures().size();
                        items++;
                    }
                }
                write.commit();
                if (n == 0) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not save the findings; check the disk has space, then run the same "
                    + "command again.", e);
        }
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("detectors", catalog.installed().stream().map(i -> i.info().id() + " " + i.info().version()).toList());
        audit.put("items", items);
        audit.put("findings", findings);
        audit.put("failures", failures);
        theCase.audit().append("detect.completed", audit);
        new NearDuplicates(theCase).refresh();
        CaseSearch.refresh(theCase);
        return new Summary(ids, items, findings, failures);
    }

    private static StoredItemView view(ResultSet rs, Path caseRoot) throws SQLException {
        Path file = null;
        if ("BUNDLE".equals(rs.getString(13))) {
            // an imported item is read from the copy the import made in the case folder, if one came
            String payload = rs.getString(15);
            file = payload == null ? null : caseRoot.resolve(payload);
        } else if (rs.getInt(12) == 0) {
            // a top-level item is the source file itself, or a file directly in a source folder
            Path location = Path.of(rs.getString(14));
            file = java.nio.file.Files.isDirectory(location) ? location.resolve(rs.getString(2)) : location;
        }
        return new StoredItemView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                file);
    }

    /** Replaces the item's unreviewed findings from the detectors run; returns how many were written. */
    private long replace(Connection c, long itemId, List<String> detectorIds, DetectorRunner.Result r)
            throws SQLException {
        Set<String> reviewed = new HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT detector_id, type, entity_value, text_offset FROM finding"
                + " WHERE item_id = ? AND review_state <> 'unreviewed'")) {
            p.setLong(1, itemId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    reviewed.add(key(rs.getString(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)));
                }
            }
        }
        int removed = 0;
        for (String id : detectorIds) {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM finding WHERE item_id = ? AND detector_id = ? AND review_state = 'unreviewed'");
                 PreparedStatement e = c.prepareStatement(
                         "DELETE FROM detector_error WHERE item_id = ? AND detector_id = ?")) {
                p.setLong(1, itemId);
                p.setString(2, id);
                removed += p.executeUpdate();
                e.setLong(1, itemId);
                e.setString(2, id);
                e.executeUpdate();
            }
        }
        Instant now = Instant.now();
        long written = 0;
        try (PreparedStatement p = c.prepareStatement(FindingRows.INSERT)) {
            for (RecordedFinding f : r.findings()) {
                Finding x = f.finding();
                if (reviewed.contains(key(f.detectorId(), x.type(), x.entity() == null ? null : x.entity().value(),
                        x.location().offset()))) {
                    continue;
                }
                FindingRows.bind(p, itemId, f, now);
                p.addBatch();
                written++;
            }
            if (written > 0) {
                p.executeBatch();
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO detector_error (item_id, detector_id,"
                + " detector_version, error, at) VALUES (?,?,?,?,?)")) {
            for (DetectorFailure f : r.failures()) {
                p.setLong(1, itemId);
                p.setString(2, f.detectorId());
                p.setString(3, f.detectorVersion());
                p.setString(4, f.error());
                p.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                p.addBatch();
            }
            if (!r.failures().isEmpty()) {
                p.executeBatch();
            }
        }
        if (written > 0 || removed > 0 || !r.failures().isEmpty()) {
            try (PreparedStatement p = c.prepareStatement("UPDATE item SET write_seq = ? WHERE id = ?")) {
                p.setLong(1, nextSeq++);
                p.setLong(2, itemId);
                p.executeUpdate();
            }
        }
        return written;
    }

    private static String key(String detector, String type, String entity, Long offset) {
        return detector + "\u0000" + type + "\u0000" + Objects.toString(entity) + "\u0000" + offset;
    }
}
