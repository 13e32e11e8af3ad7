package org.evidenceworkbench.core.detect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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

    private static final String ITEMS = "SELECT " + StoredItems.COLUMNS + " FROM item i" + StoredItems.JOINS
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
                        DetectorRunner.Result r = runner.run(StoredItems.inCase(rs, theCase.layout().root()));
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
        try (PreparedStatement p = c.prepareStatement(FindingRows.INSERT_FAILURE)) {
            for (DetectorFailure f : r.failures()) {
                FindingRows.bindFailure(p, itemId, f, now);
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
