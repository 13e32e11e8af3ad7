package org.evidenceworkbench.core.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;

/**
 * Examiners' notes on items: written by a named person, audited ({@code item.noted}, with the
 * note's text, so the audit log alone tells what was written), never edited or removed.
 */
public final class ItemNotes {

    /** Long enough for a paragraph; a report belongs in a document, not a note. */
    public static final int MAX_LENGTH = 4000;

    private final Case theCase;

    public ItemNotes(Case theCase) {
        this.theCase = theCase;
    }

    /** Adds a note to an item and returns it as stored. */
    public ItemNote add(long itemId, String note, String by) {
        String text = note == null ? "" : note.strip();
        String who = by == null ? "" : by.strip();
        if (who.isEmpty()) {
            throw new WorkbenchException("Say who writes the note (--by NAME); it goes into the audit log.");
        }
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new WorkbenchException("A note is 1 to " + MAX_LENGTH + " characters; write a shorter one, or "
                    + "several.");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id;
        try (Connection c = theCase.database().connection()) {
            requireItem(c, itemId);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO item_note (item_id, note, written_by, written_at) VALUES (?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setLong(1, itemId);
                p.setString(2, text);
                p.setString(3, who);
                p.setObject(4, now);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not record the note; check the disk has space.", e);
        }
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("item", itemId);
        audit.put("note", id);
        audit.put("text", text);
        audit.put("by", who);
        theCase.audit().append("item.noted", audit);
        return new ItemNote(id, itemId, text, who, now.toInstant());
    }

    /** An item's notes, oldest first. */
    public List<ItemNote> of(long itemId) {
        List<ItemNote> notes = new ArrayList<>();
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT id, note, written_by, written_at FROM item_note"
                     + " WHERE item_id = ? ORDER BY id")) {
            p.setLong(1, itemId);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    notes.add(new ItemNote(rs.getLong(1), itemId, rs.getString(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the item's notes from the case database.", e);
        }
        return notes;
    }

    private static void requireItem(Connection c, long itemId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM item WHERE id = ?")) {
            p.setLong(1, itemId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkbenchException("There is no item " + itemId + " in this case; list them with "
                            + "'workbench items'.");
                }
            }
        }
    }
}
