package org.evidenceworkbench.core.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.evidenceworkbench.index.IndexedItem;

/**
 * What people and detectors have added to a page of items, read in three queries for the whole
 * page: tags, finding types, review states, detector ids and near-duplicate groups. A dismissed finding is not
 * searchable as a finding, but its review state is.
 */
final class Labels {

    private final Map<Long, TreeSet<String>> tags = new HashMap<>();
    private final Map<Long, TreeSet<String>> types = new HashMap<>();
    private final Map<Long, TreeSet<String>> reviews = new HashMap<>();
    private final Map<Long, TreeSet<String>> detectors = new HashMap<>();
    private final Map<Long, Long> groups = new HashMap<>();

    static Labels of(Connection c, Collection<Long> ids) throws SQLException {
        Labels l = new Labels();
        if (ids.isEmpty()) {
            return l;
        }
        Array array = c.createArrayOf("BIGINT", ids.toArray());
        try (PreparedStatement p = c.prepareStatement(
                "SELECT item_id, type, detector_id, review_state FROM finding WHERE item_id = ANY(?)")) {
            p.setArray(1, array);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String review = rs.getString(4);
                    add(l.reviews, id, review);
                    if (!"dismissed".equals(review)) {
                        add(l.types, id, rs.getString(2));
                        add(l.detectors, id, rs.getString(3));
                    }
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "SELECT item_id, group_id FROM near_duplicate WHERE item_id = ANY(?)")) {
            p.setArray(1, array);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    l.groups.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT item_id, tag FROM tag WHERE item_id = ANY(?)")) {
            p.setArray(1, array);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    add(l.tags, rs.getLong(1), rs.getString(2));
                }
            }
        }
        return l;
    }

    private static void add(Map<Long, TreeSet<String>> map, long id, String value) {
        map.computeIfAbsent(id, k -> new TreeSet<>()).add(value);
    }

    IndexedItem applyTo(IndexedItem item) {
        return item.withLabels(list(tags, item.id()), list(types, item.id()), list(reviews, item.id()),
                list(detectors, item.id())).withNearDuplicateGroup(groups.get(item.id()));
    }

    private static List<String> list(Map<Long, TreeSet<String>> map, long id) {
        TreeSet<String> values = map.get(id);
        return values == null ? List.of() : List.copyOf(values);
    }
}
