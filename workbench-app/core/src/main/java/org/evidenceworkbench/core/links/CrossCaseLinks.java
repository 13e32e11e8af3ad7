package org.evidenceworkbench.core.links;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.EntitySummary;

/**
 * What connects items from different sources of a case: at a hub, items from different bundles
 * (each bundle is a source); in an ordinary case, items from different ingested sources. Three
 * kinds of link: the same file (SHA-256), the same normalised identifier from the detectors'
 * findings (phone, e-mail, crypto address, vehicle mark…; dismissed findings do not count), and
 * pictures in one near-duplicate group. The database finds the shared keys (GROUP BY … HAVING
 * COUNT(DISTINCT source) > 1) and streams their items in key order, so only one link is held at
 * a time.
 */
public final class CrossCaseLinks {

    /** The kinds of link, in the order they are listed. */
    public enum Kind {
        FILE, IDENTIFIER, NEAR_DUPLICATE;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One item on one side of a link, with where it came from. For an imported item the bundle,
     * the sending organisation, the exhibit and the sender's path are given; for an ingested item
     * they are null and {@code source} is the evidence location.
     */
    public record LinkedItem(long itemId, String path, long sourceId, String sourceKind, String source,
                             String bundleId, String organization, String exhibit, String originalPath,
                             Integer distance) {
    }

    /**
     * A link: its kind, what the items share ({@code key}: a SHA-256, {@code type:value} with card
     * numbers masked, or the near-duplicate group), how many sources it spans, and the items.
     */
    public record Link(Kind kind, String key, int sources, List<LinkedItem> items) {
    }

    private static final String ITEM_COLUMNS = "i.id, i.path, s.id, s.kind,"
            + " CASE WHEN s.kind = 'BUNDLE' THEN s.name ELSE s.location END, b.bundle_id, b.source_organization,"
            + " o.exhibit, o.original_path";
    private static final String ITEM_JOINS = " JOIN source s ON s.id = i.source_id"
            + " LEFT JOIN item_origin o ON o.item_id = i.id LEFT JOIN bundle b ON b.id = o.bundle_row";

    // empty files share a hash with every other empty file and connect nothing
    private static final String FILES = "SELECT i.sha256, NULL, " + ITEM_COLUMNS + " FROM item i" + ITEM_JOINS
            + " JOIN (SELECT sha256 FROM item WHERE sha256 IS NOT NULL AND (size IS NULL OR size > 0)"
            + " GROUP BY sha256 HAVING COUNT(DISTINCT source_id) > 1) g ON g.sha256 = i.sha256"
            + " ORDER BY i.sha256, s.id, i.id";

    // PDQ hashes are linked by near-duplicate grouping, which also matches close (not only equal) hashes
    private static final String IDENTIFIED = "SELECT DISTINCT item_id, entity_type, entity_value FROM finding"
            + " WHERE entity_type IS NOT NULL AND entity_value IS NOT NULL AND entity_type <> 'pdq'"
            + " AND review_state <> 'dismissed'";
    private static final String IDENTIFIERS = "SELECT f.entity_type || ':' || f.entity_value, NULL, "
            + ITEM_COLUMNS + ", f.entity_type, f.entity_value FROM (" + IDENTIFIED + ") f"
            + " JOIN item i ON i.id = f.item_id" + ITEM_JOINS
            + " JOIN (SELECT e.entity_type, e.entity_value FROM (" + IDENTIFIED + ") e JOIN item x ON x.id = e.item_id"
            + " GROUP BY e.entity_type, e.entity_value HAVING COUNT(DISTINCT x.source_id) > 1) g"
            + " ON g.entity_type = f.entity_type AND g.entity_value = f.entity_value"
            + " ORDER BY f.entity_type, f.entity_value, s.id, i.id";

    private static final String NEAR_DUPLICATES = "SELECT CAST(d.group_id AS VARCHAR), d.distance, " + ITEM_COLUMNS
            + " FROM near_duplicate d JOIN item i ON i.id = d.item_id" + ITEM_JOINS
            + " JOIN (SELECT n.group_id FROM near_duplicate n JOIN item x ON x.id = n.item_id"
            + " GROUP BY n.group_id HAVING COUNT(DISTINCT x.source_id) > 1) g ON g.group_id = d.group_id"
            + " ORDER BY d.group_id, s.id, i.id";

    private final Case theCase;

    public CrossCaseLinks(Case theCase) {
        this.theCase = theCase;
    }

    /** Streams every link to {@code sink}: shared files, then identifiers, then near-duplicate pictures. */
    public void forEach(Consumer<Link> sink) {
        try (Connection c = theCase.database().connection()) {
            stream(c, Kind.FILE, FILES, sink);
            stream(c, Kind.IDENTIFIER, IDENTIFIERS, sink);
            stream(c, Kind.NEAR_DUPLICATE, NEAR_DUPLICATES, sink);
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database to find links; it may be damaged.", e);
        }
    }

    /** All links in a list; for tests and small cases (the CLI streams). */
    public List<Link> all() {
        List<Link> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    private static void stream(Connection c, Kind kind, String sql, Consumer<Link> sink) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setFetchSize(1000);
            try (ResultSet rs = p.executeQuery()) {
                String key = null;
                String shown = null;
                List<LinkedItem> items = new ArrayList<>();
                while (rs.next()) {
                    String rowKey = rs.getString(1);
                    if (!rowKey.equals(key)) {
                        emit(kind, shown, items, sink);
                        key = rowKey;
                        shown = kind == Kind.IDENTIFIER
                                ? rs.getString(12) + ":" + EntitySummary.display(rs.getString(12), rs.getString(13))
                                : kind == Kind.NEAR_DUPLICATE ? "group " + rowKey : rowKey;
                        items = new ArrayList<>();
                    }
                    int d = rs.getInt(2);
                    Integer distance = rs.wasNull() ? null : d;
                    items.add(new LinkedItem(rs.getLong(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6).toLowerCase(Locale.ROOT), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), distance));
                }
                emit(kind, shown, items, sink);
            }
        }
    }

    private static void emit(Kind kind, String key, List<LinkedItem> items, Consumer<Link> sink) {
        if (items.isEmpty()) {
            return;
        }
        int sources = (int) items.stream().mapToLong(LinkedItem::sourceId).distinct().count();
        sink.accept(new Link(kind, key, sources, List.copyOf(items)));
    }
}
