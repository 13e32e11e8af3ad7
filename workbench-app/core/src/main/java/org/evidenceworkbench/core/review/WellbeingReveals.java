package org.evidenceworkbench.core.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;

/**
 * Records that an examiner chose to see a picture the workbench hides by default (blurred and
 * greyscale because of a sensitive finding or a known-bad hash). Seeing such material is a
 * decision a supervisor may need to account for, so each reveal is an audit entry
 * {@code item.revealed}; the item itself is not changed.
 */
public final class WellbeingReveals {

    public static final String ACTION = "item.revealed";

    private final Case theCase;

    public WellbeingReveals(Case theCase) {
        if (!theCase.isWritable()) {
            throw new IllegalArgumentException("recording a reveal needs a case opened for writing");
        }
        this.theCase = theCase;
    }

    /** Audits that {@code examiner} revealed item {@code itemId}; fails plainly if there is no such item. */
    public void reveal(long itemId, String examiner) {
        if (examiner == null || examiner.isBlank()) {
            throw new WorkbenchException("A reveal is recorded with the examiner's name; give one.");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("item", itemId);
        details.put("path", pathOf(itemId));
        details.put("by", examiner.strip());
        theCase.audit().append(ACTION, details);
    }

    private String pathOf(long itemId) {
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT path FROM item WHERE id = ?")) {
            p.setLong(1, itemId);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkbenchException("There is no item " + itemId + " in this case to reveal.");
                }
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; it may be damaged.", e);
        }
    }
}
