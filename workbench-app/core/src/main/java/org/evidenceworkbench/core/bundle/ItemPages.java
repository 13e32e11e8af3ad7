package org.evidenceworkbench.core.bundle;

import static org.evidenceworkbench.core.store.Rows.instant;
import static org.evidenceworkbench.core.store.Rows.nullableDouble;
import static org.evidenceworkbench.core.store.Rows.nullableLong;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.detect.FindingRows;
import org.evidenceworkbench.core.casefolder.Case;

/**
 * Reads the selected items from the case database a page at a time, in id order, so an export of
 * any size holds one page in memory.
 */
final class ItemPages {

    static final int PAGE_SIZE = 500;

    /** Receives one page of items. */
    interface PageSink {
        void accept(List<ExportedItem> page) throws IOException;
    }

    private final Case theCase;

    ItemPages(Case theCase) {
        this.theCase = theCase;
    }

    /** The number of selected items and the sum of their sizes. */
    long[] countAndBytes(BitSet selected) {
        long[] totals = {0, 0};
        forEachIdPage(selected, ids -> {
            try (Connection c = theCase.database().connection(); PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*), COALESCE(SUM(size), 0) FROM item WHERE id = ANY(?)")) {
                p.setObject(1, ids);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    totals[0] += rs.getLong(1);
                    totals[1] += rs.getLong(2);
                }
            }
        });
        return totals;
    }

    void forEachPage(BitSet selected, PageSink sink) {
        forEachIdPage(selected, ids -> {
            List<ExportedItem> page = new ArrayList<>(ids.length);
            try (Connection c = theCase.database().connection()) {
                Map<Long, List<String>> tags = tags(c, ids);
                try (PreparedStatement p = c.prepareStatement("SELECT i.id, i.source_id, s.kind, s.name, s.location,"
                        + " sub.submission_ref, i.path, i.name, i.depth, i.category, i.mime_type, i.extension, i.size,"
                        + " i.md5, i.sha1, i.sha256, i.fs_created, i.fs_modified, i.fs_accessed, i.taken_at,"
                        + " i.gps_latitude, i.gps_longitude, i.camera_make, i.camera_model, i.thumbnail"
                        + " FROM item i JOIN source s ON s.id = i.source_id"
                        + " LEFT JOIN submission sub ON sub.id = i.submission_id"
                        + " WHERE i.id = ANY(?) ORDER BY i.id")) {
                    p.setObject(1, ids);
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            page.add(new ExportedItem(id, rs.getLong(2), rs.getString(3), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                                    rs.getString(10), rs.getString(11), rs.getString(12), nullableLong(rs, 13),
                                    rs.getString(14), rs.getString(15), rs.getString(16), instant(rs, 17),
                                    instant(rs, 18), instant(rs, 19), rs.getString(20), nullableDouble(rs, 21),
                                    nullableDouble(rs, 22), rs.getString(23), rs.getString(24), rs.getString(25),
                                    tags.getOrDefault(id, List.of()), null, null));
                        }
                    }
                }
            }
            try {
                sink.accept(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every finding of a page of items (dismissed ones too: they carry a person's review), in item order. */
    List<ExportedFinding> findings(List<ExportedItem> page) {
        Long[] ids = page.stream().map(ExportedItem::id).toArray(Long[]::new);
        Map<Long, String> sha256 = new HashMap<>();
        page.forEach(i -> sha256.put(i.id(), i.sha256()));
        List<ExportedFinding> out = new ArrayList<>();
        try (Connection c = theCase.database().connection(); PreparedStatement p = c.prepareStatement(
                "SELECT item_id, detector_id, detector_version, type, label, explanation, text_offset, text_length,"
                        + " text_line, page, region_x, region_y, region_width, region_height, confidence, severity,"
                        + " entity_type, entity_value, review_state, reviewed_by, reviewed_at, review_note, attributes"
                        + " FROM finding WHERE item_id = ANY(?) ORDER BY item_id, id")) {
            p.setObject(1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long item = rs.getLong(1);
                    out.add(new ExportedFinding(item, sha256.get(item), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), FindingRows.where(rs), rs.getDouble(15),
                            rs.getString(16), rs.getString(17), rs.getString(18), rs.getString(19), rs.getString(20),
                            instant(rs, 21), rs.getString(22), attributes(rs.getString(23))));
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; it may be damaged.", e);
        }
        return out;
    }


    private static Map<String, String> attributes(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return ATTRIBUTES.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (IOException e) {
            return Map.of("unreadable", json);
        }
    }

    private static final ObjectMapper ATTRIBUTES =
            new ObjectMapper();

    private static Map<Long, List<String>> tags(Connection c, Long[] ids) throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT item_id, tag FROM tag WHERE item_id = ANY(?) ORDER BY item_id, tag")) {
            p.setObject(1, ids);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return tags;
    }

    private interface IdPage {
        void accept(Long[] ids) throws SQLException;
    }

    private static void forEachIdPage(BitSet selected, IdPage page) {
        List<Long> ids = new ArrayList<>(PAGE_SIZE);
        try {
            for (int id = selected.nextSetBit(0); id >= 0; id = selected.nextSetBit(id + 1)) {
                ids.add((long) id);
                if (ids.size() == PAGE_SIZE) {
                    page.accept(ids.toArray(Long[]::new));
                    ids.clear();
                }
            }
            if (!ids.isEmpty()) {
                page.accept(ids.toArray(Long[]::new));
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; it may be damaged.", e);
        }
    }
}
