package org.evidenceworkbench.core.detect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Location;

/** How a finding is written to the {@code finding} table (schemas V3 and V4), in one place. */
public final class FindingRows {

    /** The INSERT whose parameters {@link #bind} fills. */
    public static final String INSERT = "INSERT INTO finding (item_id, detector_id, detector_version, type,"
            + " label, explanation, text_offset, text_length, text_line, page, region_x, region_y, region_width,"
            + " region_height, confidence, severity, entity_type, entity_value, found_at, attributes)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** The INSERT whose parameters {@link #bindFailure} fills: a detector that failed on an item. */
    public static final String INSERT_FAILURE = "INSERT INTO detector_error (item_id, detector_id, detector_version,"
            + " error, at) VALUES (?,?,?,?,?)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FindingRows() {
    }

    /** Binds the 5 parameters of {@link #INSERT_FAILURE}. */
    public static void bindFailure(PreparedStatement p, long itemId, DetectorFailure f, Instant at)
            throws SQLException {
        p.setLong(1, itemId);
        p.setString(2, f.detectorId());
        p.setString(3, f.detectorVersion());
        p.setString(4, cut(f.error(), 4000));
        p.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    /** Binds the 20 parameters of {@link #INSERT}. */
    public static void bind(PreparedStatement p, long itemId, RecordedFinding r, Instant at) throws SQLException {
        Finding f = r.finding();
        Location l = f.location();
        p.setLong(1, itemId);
        p.setString(2, r.detectorId());
        p.setString(3, cut(r.detectorVersion(), 200));
        p.setString(4, cut(f.type(), 100));
        p.setString(5, cut(f.label(), 4000));
        p.setString(6, cut(f.explanation(), 8000));
        p.setObject(7, l.offset(), Types.BIGINT);
        p.setObject(8, l.length(), Types.INTEGER);
        p.setObject(9, l.line(), Types.INTEGER);
        p.setObject(10, l.page(), Types.INTEGER);
        p.setObject(11, l.region() == null ? null : l.region().x(), Types.INTEGER);
        p.setObject(12, l.region() == null ? null : l.region().y(), Types.INTEGER);
        p.setObject(13, l.region() == null ? null : l.region().width(), Types.INTEGER);
        p.setObject(14, l.region() == null ? null : l.region().height(), Types.INTEGER);
        p.setDouble(15, f.confidence());
        p.setString(16, f.severity().label());
        p.setString(17, f.entity() == null ? null : cut(f.entity().type(), 50));
        p.setString(18, f.entity() == null ? null : cut(f.entity().value(), 4000));
        p.setObject(19, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        p.setString(20, attributes(f.attributes()));
    }

    /**
     * A finding's place in words ("page 2, line 14", "region 10,20 30×40 px", "the whole item"), from
     * a row whose columns 7 to 14 are text_offset, text_length, text_line, page, region_x,
     * region_y, region_width and region_height, as the SELECTs of show and export have them.
     */
    public static String where(ResultSet rs) throws SQLException {
        List<String> parts = new ArrayList<>();
        Long offset = nullableLong(rs, 7);
        Long length = nullableLong(rs, 8);
        Long line = nullableLong(rs, 9);
        Long page = nullableLong(rs, 10);
        Long x = nullableLong(rs, 11);
        if (page != null) {
            parts.add("page " + page);
        }
        if (line != null) {
            parts.add("line " + line);
        }
        if (offset != null) {
            parts.add("characters " + offset + (length == null ? "" : "–" + (offset + length)));
        }
        if (x != null) {
            parts.add("region " + x + "," + rs.getLong(12) + " " + rs.getLong(13) + "×" + rs.getLong(14) + " px");
        }
        return parts.isEmpty() ? "the whole item" : String.join(", ", parts);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** The attributes as stored: a JSON object, or null when there are none. */
    static String attributes(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("string attributes always serialise", e);
        }
    }

    /** Reads stored attributes back; an absent or unreadable value is no attributes. */
    public static Map<String, String> attributes(String stored) {
        if (stored == null || stored.isEmpty()) {
            return Map.of();
        }
        try {
            return JSON.readValue(stored, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
