package org.evidenceworkbench.core.bundle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.search.CaseSearch;

/**
 * Which items an export takes: those matching a search query, those with a tag, a list of ids, or
 * all. Resolved to a bit set of item ids (one bit per possible id), so even a selection of a
 * million items costs a few hundred kilobytes, and the items are then read from the database in
 * pages in id order.
 *
 * @param kind  {@code query}, {@code tag}, {@code items} or {@code all}
 * @param value the query, tag or ids as given; empty for {@code all}
 */
public record Selection(String kind, String value) {

    public static Selection all() {
        return new Selection("all", "");
    }

    public static Selection query(String query) {
        return new Selection("query", query);
    }

    public static Selection tag(String tag) {
        return new Selection("tag", tag.strip());
    }

    /** Item ids separated by commas or spaces, e.g. {@code 3,7,12}. */
    public static Selection items(String ids) {
        return new Selection("items", ids.strip());
    }

    /** How the selection reads in bag-info.txt's Export-Selection and in the audit log. */
    public String describe() {
        return "all".equals(kind) ? "all items" : kind + ": " + value;
    }

    /** The ids of the selected items that exist in the case. */
    public BitSet resolve(Case theCase) {
        return switch (kind) {
            case "query" -> CaseSearch.matchingIds(theCase, value);
            case "tag" -> fromSql(theCase, "SELECT item_id FROM tag WHERE tag = ?", value);
            case "items" -> existing(theCase, parseIds(value));
            case "all" -> fromSql(theCase, "SELECT id FROM item", null);
            default -> throw new IllegalStateException("unknown selection " + kind);
        };
    }

    private static List<Long> parseIds(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                throw new WorkbenchException("'" + part + "' is not an item id; give ids separated by commas, e.g. 3,7,12.");
            }
        }
        if (ids.isEmpty()) {
            throw new WorkbenchException("No item ids given; give ids separated by commas, e.g. 3,7,12.");
        }
        return ids;
    }

    private static BitSet existing(Case theCase, List<Long> ids) {
        BitSet found = new BitSet();
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT 1 FROM item WHERE id = ?")) {
            for (long id : ids) {
                p.setLong(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        throw new WorkbenchException("There is no item " + id + " in this case; list them with"
                                + " 'workbench items'.");
                    }
                }
                found.set(Math.toIntExact(id));
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; it may be damaged.", e);
        }
        return found;
    }

    private static BitSet fromSql(Case theCase, String sql, String parameter) {
        BitSet ids = new BitSet();
        try (Connection c = theCase.database().connection(); PreparedStatement p = c.prepareStatement(sql)) {
            if (parameter != null) {
                p.setString(1, parameter);
            }
            p.setFetchSize(1000);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.set(Math.toIntExact(rs.getLong(1)));
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; it may be damaged.", e);
        }
        return ids;
    }
}
