package org.evidenceworkbench.core.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.evidenceworkbench.core.phone.Artefact;

/** Binds an artefact's row of the artefact table (see V6.sql). */
final class ArtefactRows {

    /** A body beyond this is cut in the table (the item's text has its own, configurable cap). */
    private static final int MAX_BODY = 1_000_000;

    private ArtefactRows() {
    }

    static void bind(PreparedStatement p, long itemId, Artefact a) throws SQLException {
        int i = 1;
        p.setLong(i++, itemId);
        p.setString(i++, a.kind.label());
        p.setString(i++, cut(a.app, 200));
        p.setString(i++, cut(a.thread, 1000));
        ItemWriter.setTime(p, i++, a.time);
        p.setString(i++, cut(a.from, 4000));
        p.setString(i++, a.to.isEmpty() ? null : cut(String.join(", ", a.to), 32000));
        p.setString(i++, cut(a.direction, 40));
        p.setString(i++, cut(a.title, 4000));
        p.setString(i++, cut(a.body, MAX_BODY));
        p.setString(i++, a.attachments.isEmpty() ? null : cut(String.join("\n", a.attachments), 32000));
        p.setString(i++, a.sourceFile == null ? "" : a.sourceFile);
        p.setString(i++, cut(a.table, 200));
        p.setString(i++, cut(a.row, 200));
        p.setBoolean(i, a.deleted);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
