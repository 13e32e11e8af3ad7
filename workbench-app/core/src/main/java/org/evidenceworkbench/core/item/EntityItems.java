package org.evidenceworkbench.core.item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.function.Consumer;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;

/**
 * The case's entities with the key to find their items: {@link CaseQueries#forEachEntity} shows
 * a card number masked, so a view that filters by an entity keeps the stored value beside the
 * summary and asks for its items with it.
 */
public final class EntityItems {

    /** An entity as listed, and the stored (normalised, unmasked) value that finds its items. */
    public record Entity(EntitySummary summary, String storedValue) {
    }

    /** An item that mentions an entity, and how often. */
    public record Mention(long itemId, String path, long times) {
    }

    private final Case theCase;

    public EntityItems(Case theCase) {
        this.theCase = theCase;
    }

    /** Streams entities, most widespread first; dismissed findings do not count. */
    public void forEach(Consumer<Entity> sink) {
        String sql = "SELECT entity_type, entity_value, COUNT(*), COUNT(DISTINCT item_id) FROM finding"
                + " WHERE entity_type IS NOT NULL AND review_state <> 'dismissed'"
                + " GROUP BY entity_type, entity_value"
                + " ORDER BY COUNT(DISTINCT item_id) DESC, entity_type, entity_value";
        try (Connection c = theCase.database().connection(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setFetchSize(1000);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    String value = rs.getString(2);
                    sink.accept(new Entity(new EntitySummary(type, EntitySummary.display(type, value),
                            rs.getLong(3), rs.getLong(4)), value));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The ids of the items that mention the entity (in a finding that was not dismissed). */
    public BitSet items(String type, String storedValue) {
        BitSet ids = new BitSet();
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT DISTINCT item_id FROM finding WHERE entity_type = ?"
                     + " AND entity_value = ? AND review_state <> 'dismissed'")) {
            p.setString(1, type);
            p.setString(2, storedValue);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.set(Math.toIntExact(rs.getLong(1)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return ids;
    }

    /**
     * The items that mention the entity, most mentions first, at most {@code limit} of them (a
     * list to read; {@link #items} gives all of them as ids).
     */
    public java.util.List<Mention> mentions(String type, String storedValue, int limit) {
        java.util.List<Mention> out = new java.util.ArrayList<>();
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT f.item_id, i.path, COUNT(*) FROM finding f"
                     + " JOIN item i ON i.id = f.item_id WHERE f.entity_type = ? AND f.entity_value = ?"
                     + " AND f.review_state <> 'dismissed' GROUP BY f.item_id, i.path"
                     + " ORDER BY COUNT(*) DESC, f.item_id LIMIT ?")) {
            p.setString(1, type);
            p.setString(2, storedValue);
            p.setInt(3, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new Mention(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw failure(e);
        }
        return out;
    }

    private static WorkbenchException failure(SQLException e) {
        return new WorkbenchException("Could not read the case's entities; the database may be damaged.", e);
    }
}
