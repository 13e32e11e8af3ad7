package org.evidenceworkbench.core.item;

import static org.evidenceworkbench.core.store.Rows.instant;
import static org.evidenceworkbench.core.store.Rows.nullableDouble;
import static org.evidenceworkbench.core.store.Rows.nullableLong;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.detect.FindingRows;
import org.evidenceworkbench.core.casefolder.Case;

/** Reads what a case holds: the figures, the item list (streamed) and one item in full. */
public final class CaseQueries {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PREVIEW_CHARS = 2000;
    private static final String SUMMARY_COLUMNS = "id, source_id, parent_id, path, size, md5, sha1, sha256, mime_type,"
            + " category, outcome, reason, flags";

    private final Case theCase;

    public CaseQueries(Case theCase) {
        this.theCase = theCase;
    }

    public CaseStatus status() {
        try (Connection c = theCase.database().connection()) {
            List<SourceSummary> sources = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT s.id, s.kind, s.location, s.state, s.added_at, s.completed_at,"
                            + " (SELECT COUNT(*) FROM item i WHERE i.source_id = s.id),"
                            + " (SELECT COALESCE(SUM(i.size), 0) FROM item i WHERE i.source_id = s.id AND i.depth = 0)"
                            + " FROM source s ORDER BY s.id")) {
                while (rs.next()) {
                    sources.add(new SourceSummary(rs.getLong(1), rs.getString(2).toLowerCase(java.util.Locale.ROOT),
                            rs.getString(3), rs.getString(4).toLowerCase(java.util.Locale.ROOT), instant(rs, 5),
                            instant(rs, 6), rs.getLong(7), rs.getLong(8)));
                }
            }
            long items = sources.stream().mapToLong(SourceSummary::items).sum();
            long bytes = sources.stream().mapToLong(SourceSummary::bytes).sum();
            return new CaseStatus(theCase.info(), sources, items, bytes,
                    counts(c, "COALESCE(category, 'unknown')"), counts(c, "outcome"));
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    private static Map<String, Long> counts(Connection c, String expression) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT " + expression + " AS k, COUNT(*) FROM item GROUP BY k ORDER BY COUNT(*) DESC, k")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    /** Streams every item in id order to {@code sink}, without holding the list in memory. */
    public void forEachItem(Consumer<ItemSummary> sink) {
        try (Connection c = theCase.database().connection();
             Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery("SELECT " + SUMMARY_COLUMNS + " FROM item ORDER BY id")) {
                while (rs.next()) {
                    sink.accept(summary(rs));
                }
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /**
     * Streams the case's entities, most widespread first: the identifiers detectors found, each
     * once, with its mentions and the items it is in. Dismissed findings do not count.
     *
     * @param type only this entity type (e.g. {@code phone}), or null for all
     */
    public void forEachEntity(String type, Consumer<EntitySummary> sink) {
        String sql = "SELECT entity_type, entity_value, COUNT(*), COUNT(DISTINCT item_id) FROM finding"
                + " WHERE entity_type IS NOT NULL AND review_state <> 'dismissed'"
                + (type == null ? "" : " AND entity_type = ?")
                + " GROUP BY entity_type, entity_value ORDER BY COUNT(DISTINCT item_id) DESC, entity_type, entity_value";
        try (Connection c = theCase.database().connection(); PreparedStatement p = c.prepareStatement(sql)) {
            if (type != null) {
                p.setString(1, type);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new EntitySummary(rs.getString(1), EntitySummary.display(rs.getString(1),
                            rs.getString(2)), rs.getLong(3), rs.getLong(4)));
                }
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** Finds an item by its id or its exact path; fails with a plain message if there is none or several. */
    public ItemDetail show(String idOrPath) {
        try (Connection c = theCase.database().connection()) {
            long id = resolve(c, idOrPath);
            try (PreparedStatement p = c.prepareStatement("SELECT " + SUMMARY_COLUMNS + ", name, depth, state, extension,"
                    + " extension_mime, fs_created, fs_modified, fs_accessed, taken_at, gps_latitude, gps_longitude,"
                    + " camera_make, camera_model, author, title, mail_from, mail_to, mail_subject, sent_at, thumbnail,"
                    + " ingested_at, metadata, submission_id FROM item WHERE id = ?")) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    ItemSummary summary = summary(rs);
                    Long submissionId = nullableLong(rs, 36);
                    return new ItemDetail(summary, rs.getString(14), rs.getInt(15), rs.getString(16).toLowerCase(
                            java.util.Locale.ROOT), rs.getString(17), rs.getString(18), instant(rs, 19),
                            instant(rs, 20), instant(rs, 21), rs.getString(22), nullableDouble(rs, 23),
                            nullableDouble(rs, 24), rs.getString(25), rs.getString(26), rs.getString(27),
                            rs.getString(28), rs.getString(29), rs.getString(30), rs.getString(31), instant(rs, 32),
                            rs.getString(33), instant(rs, 34), metadata(rs.getString(35)),
                            provenance(c, summary, submissionId), text(c, id), children(c, id), findings(c, id),
                            detectorErrors(c, id), tags(c, id));
                }
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    private static long resolve(Connection c, String idOrPath) throws SQLException {
        if (idOrPath.matches("\\d{1,18}")) {
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM item WHERE id = ?")) {
                p.setLong(1, Long.parseLong(idOrPath));
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM item WHERE path = ? ORDER BY id")) {
            p.setString(1, idOrPath);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new WorkbenchException("No item in this case has the id or path '" + idOrPath
                    + "'; list them with 'workbench items'.");
        }
        if (ids.size() > 1) {
            throw new WorkbenchException("Several items have the path '" + idOrPath + "' (ids " + ids
                    + ", from different sources); give the id instead.");
        }
        return ids.get(0);
    }

    private static ItemDetail.Provenance provenance(Connection c, ItemSummary item, Long submissionId)
            throws SQLException {
        String kind = null;
        String location = null;
        try (PreparedStatement p = c.prepareStatement("SELECT kind, location FROM source WHERE id = ?")) {
            p.setLong(1, item.sourceId());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    kind = rs.getString(1).toLowerCase(java.util.Locale.ROOT);
                    location = rs.getString(2);
                }
            }
        }
        List<Long> ancestors = new ArrayList<>();
        Long parent = item.parentId();
        try (PreparedStatement p = c.prepareStatement("SELECT parent_id FROM item WHERE id = ?")) {
            while (parent != null && ancestors.size() < 10_000) {
                ancestors.add(parent);
                p.setLong(1, parent);
                try (ResultSet rs = p.executeQuery()) {
                    parent = rs.next() ? nullableLong(rs, 1) : null;
                }
            }
        }
        Collections.reverse(ancestors);
        return new ItemDetail.Provenance(kind, location, ancestors, submission(c, submissionId),
                bundleOrigin(c, item.id()));
    }

    private static ItemDetail.BundleOrigin bundleOrigin(Connection c, long itemId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT b.bundle_id, b.source_organization, b.contact_name,"
                + " b.case_reference, b.bagging_date, b.forced, o.exhibit, o.original_item_id, o.original_path,"
                + " o.original_source, o.original_md5, o.original_sha1, o.original_sha256, o.payload"
                + " FROM item_origin o JOIN bundle b ON b.id = o.bundle_row WHERE o.item_id = ?")) {
            p.setLong(1, itemId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new ItemDetail.BundleOrigin(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
            }
        }
    }

    private static ItemDetail.SubmissionInfo submission(Connection c, Long id) throws SQLException {
        if (id == null) {
            return null;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT submission_ref, received_at, submitter_ref, claimed_time,"
                + " claimed_latitude, claimed_longitude, claimed_place, description, problems FROM submission"
                + " WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new ItemDetail.SubmissionInfo(rs.getString(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                        nullableDouble(rs, 5), nullableDouble(rs, 6), rs.getString(7), rs.getString(8),
                        rs.getString(9));
            }
        }
    }

    private static ItemDetail.TextInfo text(Connection c, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT CHAR_LENGTH(content), truncated, SUBSTRING(content, 1, ?) FROM item_text WHERE item_id = ?")) {
            p.setInt(1, PREVIEW_CHARS);
            p.setLong(2, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? new ItemDetail.TextInfo(rs.getInt(1), rs.getBoolean(2), rs.getString(3)) : null;
            }
        }
    }

    /** The full extracted text of an item, or an empty string if it has none. */
    public String text(long id) {
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT content FROM item_text WHERE item_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    private static List<ItemSummary> children(Connection c, long id) throws SQLException {
        List<ItemSummary> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + SUMMARY_COLUMNS
                + " FROM item WHERE parent_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(summary(rs));
                }
            }
        }
        return out;
    }

    private static List<ItemDetail.FindingInfo> findings(Connection c, long id) throws SQLException {
        List<ItemDetail.FindingInfo> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, detector_id, detector_version, type, label,"
                + " explanation, text_offset, text_length, text_line, page, region_x, region_y, region_width,"
                + " region_height, confidence, severity, entity_type, review_state, reviewed_by, reviewed_at,"
                + " review_note, imported_where FROM finding WHERE item_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new ItemDetail.FindingInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), where(rs), rs.getDouble(15),
                            rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19), instant(rs, 20),
                            rs.getString(21)));
                }
            }
        }
        return out;
    }

    /** A finding's location in words; an imported finding without one keeps the sender's words. */
    private static String where(ResultSet rs) throws SQLException {
        String where = FindingRows.where(rs);
        if (where.equals("the whole item") && rs.getString(22) != null) {
            // an imported finding: where the sender's workbench said it was
            return rs.getString(22);
        }
        return where;
    }

    private static List<String> detectorErrors(Connection c, long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT detector_id, detector_version, error FROM detector_error WHERE item_id = ? ORDER BY id")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
                }
            }
        }
        return out;
    }

    private static List<String> tags(Connection c, long id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT tag FROM tag WHERE item_id = ? ORDER BY tag")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static ItemSummary summary(ResultSet rs) throws SQLException {
        String flags = rs.getString(13);
        return new ItemSummary(rs.getLong(1), rs.getLong(2), nullableLong(rs, 3), rs.getString(4),
                nullableLong(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12),
                flags == null ? List.of() : List.copyOf(Arrays.asList(flags.split(","))));
    }

    private static Map<String, Object> metadata(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (java.io.IOException e) {
            return Map.of("_unreadable", json);
        }
    }

    private static WorkbenchException readFailure(SQLException e) {
        return new WorkbenchException("Could not read the case database; it may be damaged. "
                + "Check the case log for details.", e);
    }
}
