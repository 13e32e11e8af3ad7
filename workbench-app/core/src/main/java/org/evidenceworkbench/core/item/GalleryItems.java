package org.evidenceworkbench.core.item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;

/**
 * The items a gallery shows: everything with a thumbnail (pictures, video keyframes, and videos by
 * their contact sheet), with the near-duplicate group each belongs to and the sensitive finding
 * types it carries, so the gallery can group copies and hide what an analyst should not see
 * unasked. Streamed in display order: near-duplicate groups together, then by id.
 */
public final class GalleryItems {

    /** The finding types hidden by default: hash-set and PDQ known-bad matches. */
    public static final Set<String> DEFAULT_SENSITIVE_TYPES = Set.of("known-bad", "pdq-known-bad");

    /**
     * One tile.
     *
     * @param thumbnail     path of the thumbnail relative to the case's thumbs folder
     * @param keyframe      true for a keyframe of a video (a derived child of a video item)
     * @param group         the near-duplicate group (its representative's id), or -1 for none
     * @param sensitiveWhy  the sensitive finding types on the item (empty when none)
     */
    public record Tile(long id, String path, String category, String thumbnail, boolean keyframe, long group,
                       Set<String> sensitiveWhy) {

        public Tile {
            sensitiveWhy = Set.copyOf(sensitiveWhy);
        }

        public boolean sensitive() {
            return !sensitiveWhy.isEmpty();
        }
    }

    private final Case theCase;

    public GalleryItems(Case theCase) {
        this.theCase = theCase;
    }

    /**
     * Streams the tiles to {@code sink}.
     *
     * @param sensitiveTypes finding types that make an item sensitive; dismissed findings do not count
     */
    public void forEach(Collection<String> sensitiveTypes, Consumer<Tile> sink) {
        try (Connection c = theCase.database().connection()) {
            Map<Long, Set<String>> sensitive = sensitiveItems(c, sensitiveTypes);
            try (PreparedStatement p = c.prepareStatement("SELECT i.id, i.path, i.category, i.thumbnail,"
                    + " parent.category, COALESCE(d.group_id, -1)"
                    + " FROM item i LEFT JOIN item parent ON parent.id = i.parent_id"
                    + " LEFT JOIN near_duplicate d ON d.item_id = i.id"
                    + " WHERE i.thumbnail IS NOT NULL"
                    + " ORDER BY CASE WHEN d.group_id IS NULL THEN i.id ELSE d.group_id END, i.id")) {
                p.setFetchSize(1000);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        sink.accept(new Tile(id, rs.getString(2), rs.getString(3), rs.getString(4),
                                "video".equals(rs.getString(5)), rs.getLong(6),
                                sensitive.getOrDefault(id, Set.of())));
                    }
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the pictures of the case; the database may be damaged.", e);
        }
    }

    /** All tiles in a list (for small cases and tests; the gallery streams). */
    public List<Tile> list(Collection<String> sensitiveTypes) {
        List<Tile> out = new ArrayList<>();
        forEach(sensitiveTypes, out::add);
        return out;
    }

    private static Map<Long, Set<String>> sensitiveItems(Connection c, Collection<String> types) throws SQLException {
        Map<Long, Set<String>> out = new HashMap<>();
        if (types.isEmpty()) {
            return out;
        }
        String marks = String.join(",", java.util.Collections.nCopies(types.size(), "?"));
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT item_id, type FROM finding"
                + " WHERE review_state <> 'dismissed' AND type IN (" + marks + ")")) {
            int i = 1;
            for (String t : types) {
                p.setString(i++, t);
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }
}
