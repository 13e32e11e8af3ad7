package org.evidenceworkbench.core.item;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.BitSet;
import java.util.function.Consumer;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;

/**
 * Streams the few columns a results table shows, for every item or for a chosen set of ids, in
 * id order. Lighter than {@link CaseQueries#forEachItem}: no hashes but the SHA-256, no flags, and
 * times as epoch milliseconds, so a window can hold a million rows in flat arrays.
 */
public final class ItemRows {

    /**
     * One row of a results table.
     *
     * @param modifiedMillis the file system's modification time, or {@link Long#MIN_VALUE} if unknown
     * @param takenAt        the camera's local time as recorded (ISO-8601), or null
     */
    public record ItemRow(long id, String path, String category, String mimeType, long size, long modifiedMillis,
                          String takenAt, String outcome, String sha256) {

        /** The last part of the path, inside a container too. */
        public String name() {
            int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            return cut < 0 ? path : path.substring(cut + 1);
        }
    }

    private final Case theCase;

    public ItemRows(Case theCase) {
        this.theCase = theCase;
    }

    /**
     * Hands {@code sink} the row of each item whose id is in {@code ids} (every item when null), in
     * id order, holding nothing in memory but the row being read.
     */
    public void forEach(BitSet ids, Consumer<ItemRow> sink) {
        if (ids != null && ids.isEmpty()) {
            return;
        }
        try (Connection c = theCase.database().connection(); Statement s = c.createStatement()) {
            s.setFetchSize(2000);
            try (ResultSet rs = s.executeQuery("SELECT id, path, category, mime_type, size, fs_modified, taken_at,"
                    + " outcome, sha256 FROM item ORDER BY id")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (ids != null && (id > Integer.MAX_VALUE || !ids.get((int) id))) {
                        continue;
                    }
                    long size = rs.getLong(5);
                    if (rs.wasNull()) {
                        size = -1;
                    }
                    OffsetDateTime modified = rs.getObject(6, OffsetDateTime.class);
                    sink.accept(new ItemRow(id, rs.getString(2), rs.getString(3), rs.getString(4), size,
                            modified == null ? Long.MIN_VALUE : modified.toInstant().toEpochMilli(),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; it may be damaged. "
                    + "Check the case log for details.", e);
        }
    }
}
