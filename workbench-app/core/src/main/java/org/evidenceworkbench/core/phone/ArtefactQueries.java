package org.evidenceworkbench.core.phone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.Arrays;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.store.Rows;
import org.evidenceworkbench.detector.ItemCategory;

/** Reads the case's phone artefacts: lists by kind, and a conversation in order. Streams rows, holds none. */
public final class ArtefactQueries {

    private static final String COLUMNS = "item_id, kind, app, thread, at, party_from, party_to, direction, title, body,"
            + " attachments, source_file, source_table, source_row, deleted FROM artefact";

    private final Case theCase;

    public ArtefactQueries(Case theCase) {
        this.theCase = theCase;
    }

    /**
     * Every artefact, or those of one kind ({@code message}, {@code web-visit}...), in time order
     * (those without a time last), each handed to {@code each}.
     *
     * @throws IllegalArgumentException for a kind that is not one
     */
    public void forEach(String kind, Consumer<ArtefactSummary> each) {
        String k = kind == null ? null : ItemCategory.fromLabel(kind).label();
        if (kind != null && Arrays.stream(ArtefactKind.values()).noneMatch(a -> a.label().equals(k))) {
            throw new IllegalArgumentException("There is no artefact type '" + kind + "'. Types: " + String.join(", ",
                    Arrays.stream(ArtefactKind.values()).map(ArtefactKind::label).toList()) + ".");
        }
        query("SELECT " + COLUMNS + (k == null ? "" : " WHERE kind = ?") + " ORDER BY at NULLS LAST, item_id", k, each);
    }

    /**
     * The messages of one conversation in the order they were sent (the chat's own artefact first),
     * or nothing when the case has no such thread. A thread is named per app ({@code whatsapp:<jid>}),
     * so two phones in one case can both have it: each database's (or report's) part comes
     * whole, one after the other, by its path.
     */
    public void conversation(String thread, Consumer<ArtefactSummary> each) {
        query("SELECT " + COLUMNS + " WHERE thread = ? ORDER BY source_file, CASE WHEN kind = 'chat' THEN 0 ELSE 1 END,"
                + " at NULLS LAST, item_id", thread, each);
    }

    private void query(String sql, String parameter, Consumer<ArtefactSummary> each) {
        try (Connection c = theCase.database().connection(); PreparedStatement p = c.prepareStatement(sql)) {
            if (parameter != null) {
                p.setString(1, parameter);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String attachments = r.getString(11);
                    each.accept(new ArtefactSummary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            Rows.instant(r, 5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            r.getString(10), attachments == null ? List.of() : List.of(attachments.split("\n")),
                            r.getString(12), r.getString(13), r.getString(14), r.getBoolean(15)));
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; it may be damaged. "
                    + "Check the case log for details.", e);
        }
    }
}
