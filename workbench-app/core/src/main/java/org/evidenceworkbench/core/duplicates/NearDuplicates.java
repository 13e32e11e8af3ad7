package org.evidenceworkbench.core.duplicates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.detect.FindingRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Near-duplicate pictures within a case: resized, recompressed, lightly cropped, recoloured,
 * rotated or mirrored copies of one picture, found from the PDQ hashes the media detector
 * recorded as {@code pdq} findings. Grouping is worked out again from those findings (after every
 * ingest and detector run) and kept in the {@code near_duplicate} table, so search can show each
 * picture's group; the items whose group changed are re-indexed.
 */
public final class NearDuplicates {

    /** The PDQ authors' match distance: unrelated pictures differ in about 128 of 256 bits. */
    public static final int DEFAULT_DISTANCE = 31;

    private static final Logger log = LoggerFactory.getLogger(NearDuplicates.class);

    /** One picture in a group, as people see it. */
    public record Member(long itemId, String path, int distance, String transform) {
    }

    /** A group, named by its representative item. */
    public record Group(long representativeId, List<Member> members) {
    }

    /** What a regrouping found: pictures with a hash, groups, and pictures in groups. */
    public record Summary(int hashedPictures, int groups, int groupedPictures, int maxDistance) {
    }

    private final Case theCase;

    public NearDuplicates(Case theCase) {
        this.theCase = theCase;
    }

    /**
     * Groups the case's pictures again at the default distance, as the ingest and detector runs do
     * when they finish. Like the search index, the groups are derived from recorded findings, so
     * this is not audited.
     */
    public Summary refresh() {
        return group(DEFAULT_DISTANCE);
    }

    /** Groups the case's pictures again at a distance a person chose; audited. */
    public Summary regroup(int maxDistance) {
        Summary s = group(maxDistance);
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("distance", maxDistance);
        audit.put("pictures", s.hashedPictures());
        audit.put("groups", s.groups());
        audit.put("grouped", s.groupedPictures());
        theCase.audit().append("duplicates.regrouped", audit);
        return s;
    }

    private Summary group(int maxDistance) {
        if (maxDistance < 0 || maxDistance > 128) {
            throw new WorkbenchException("The distance is a number of bits from 0 to 128 (31 is the usual match distance).");
        }
        try (Connection c = theCase.database().connection()) {
            long t0 = System.nanoTime();
            List<NearDuplicateGrouper.Picture> pictures = load(c);
            long t1 = System.nanoTime();
            List<NearDuplicateGrouper.Group> groups = new NearDuplicateGrouper(maxDistance).group(pictures);
            long t2 = System.nanoTime();
            int grouped = store(c, groups);
            log.info("Near-duplicate grouping took {} ms to load, {} ms to group, {} ms to store",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
            log.info("{} pictures with a perceptual hash: {} near-duplicate groups holding {} pictures (distance {})",
                    pictures.size(), groups.size(), grouped, maxDistance);
            return new Summary(pictures.size(), groups.size(), grouped, maxDistance);
        } catch (SQLException e) {
            throw new WorkbenchException("Could not group near-duplicate pictures in the case database.", e);
        }
    }

    /** The stored groups, biggest first, each member with its path and distance from the representative. */
    public List<Group> groups() {
        Map<Long, List<Member>> byGroup = new LinkedHashMap<>();
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT d.group_id, d.item_id, i.path, d.distance, d.transform"
                     + " FROM near_duplicate d JOIN item i ON i.id = d.item_id"
                     + " ORDER BY (SELECT COUNT(*) FROM near_duplicate g WHERE g.group_id = d.group_id) DESC,"
                     + " d.group_id, d.distance, d.item_id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                byGroup.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Member(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read near-duplicate groups from the case database.", e);
        }
        List<Group> out = new ArrayList<>(byGroup.size());
        byGroup.forEach((id, members) -> out.add(new Group(id, List.copyOf(members))));
        return out;
    }

    private static List<NearDuplicateGrouper.Picture> load(Connection c) throws SQLException {
        Map<Long, NearDuplicateGrouper.Picture> byItem = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT item_id, entity_value, attributes FROM finding"
                + " WHERE type = 'pdq' AND entity_value IS NOT NULL AND review_state <> 'dismissed' ORDER BY item_id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                long item = rs.getLong(1);
                if (byItem.containsKey(item)) {
                    continue;
                }
                try {
                    byItem.put(item, picture(item, rs.getString(2), FindingRows.attributes(rs.getString(3))));
                } catch (IllegalArgumentException e) {
                    log.warn("Item {} has a malformed PDQ hash; left out of near-duplicate grouping", item, e);
                }
            }
        }
        return new ArrayList<>(byItem.values());
    }

    private static NearDuplicateGrouper.Picture picture(long item, String hex, Map<String, String> attributes) {
        Hash256[] dihedral = new Hash256[NearDuplicateGrouper.TRANSFORMS.size()];
        dihedral[0] = Hash256.fromHex(hex);
        for (int d = 1; d < dihedral.length; d++) {
            String variant = attributes.get(NearDuplicateGrouper.TRANSFORMS.get(d));
            dihedral[d] = variant == null ? null : Hash256.fromHex(variant);
        }
        int quality = parseOr(attributes.get("quality"), 0);
        return new NearDuplicateGrouper.Picture(item, quality, dihedral);
    }

    private static int parseOr(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Replaces the stored groups in one transaction; items whose group changed get a new write
     * sequence number each, so the search index picks them up. Returns the pictures grouped.
     */
    private static int store(Connection c, List<NearDuplicateGrouper.Group> groups) throws SQLException {
        Map<Long, Long> before = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT item_id, group_id FROM near_duplicate");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                before.put(rs.getLong(1), rs.getLong(2));
            }
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM near_duplicate")) {
                p.executeUpdate();
            }
            Map<Long, Long> after = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO near_duplicate (item_id, group_id,"
                    + " representative_id, distance, transform) VALUES (?,?,?,?,?)")) {
                for (NearDuplicateGrouper.Group g : groups) {
                    for (NearDuplicateGrouper.Member m : g.members()) {
                        p.setLong(1, m.itemId());
                        p.setLong(2, g.representativeId());
                        p.setLong(3, g.representativeId());
                        p.setInt(4, m.distance());
                        p.setString(5, m.transform());
                        p.addBatch();
                        after.put(m.itemId(), g.representativeId());
                    }
                }
                p.executeBatch();
            }
            List<Long> changed = new ArrayList<>();
            after.forEach((item, group) -> {
                if (!group.equals(before.get(item))) {
                    changed.add(item);
                }
            });
            before.keySet().stream().filter(item -> !after.containsKey(item)).forEach(changed::add);
            reindex(c, changed);
            c.commit();
            return after.size();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void reindex(Connection c, List<Long> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        long seq;
        try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(write_seq), 0) FROM item");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
        }
        items.sort(null);
        try (PreparedStatement p = c.prepareStatement("UPDATE item SET write_seq = ? WHERE id = ?")) {
            for (long item : items) {
                p.setLong(1, ++seq);
                p.setLong(2, item);
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
