package org.evidenceworkbench.core.item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;

/**
 * One kind of time of every item that has it, for a timeline: item ids and times in two primitive
 * arrays, so a million items cost 16 MB rather than a million objects.
 *
 * <p>Times are UK wall-clock times (Europe/London), which is what an investigator reads and
 * writes in a report. A camera's "taken" time carries a zone only when the camera recorded one;
 * without it the time is kept as the camera showed it, because converting it would invent a zone.
 */
public final class ItemTimes {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** Which time of an item. */
    public enum Kind {
        /** when the camera took the picture (EXIF) */
        TAKEN("taken_at"),
        /** the file system's last-modified time */
        MODIFIED("fs_modified"),
        /** when a mail was sent */
        SENT("sent_at");

        private final String column;

        Kind(String column) {
            this.column = column;
        }

        /** The word used in labels, e.g. "Taken". */
        public String label() {
            String n = name().toLowerCase(Locale.ROOT);
            return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
    }

    /**
     * Items and their times, index by index, sorted by time.
     *
     * @param ids     item ids
     * @param seconds UK wall-clock time as seconds from 1970-01-01T00:00 (as if it were UTC)
     */
    public record Points(long[] ids, long[] seconds) {

        public int size() {
            return ids.length;
        }

        public static LocalDateTime toLocal(long seconds) {
            return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        }
    }

    private final Case theCase;

    public ItemTimes(Case theCase) {
        this.theCase = theCase;
    }

    /** Every item with a {@code kind} time, sorted by that time; unreadable camera times are left out. */
    public Points load(Kind kind) {
        long[] ids = new long[1024];
        long[] secs = new long[1024];
        int n = 0;
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT id, " + kind.column + " FROM item WHERE "
                     + kind.column + " IS NOT NULL ORDER BY id")) {
            p.setFetchSize(5000);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime local = kind == Kind.TAKEN ? cameraTime(rs.getString(2))
                            : rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(UK).toLocalDateTime();
                    if (local == null) {
                        continue;
                    }
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                        secs = Arrays.copyOf(secs, n * 2);
                    }
                    ids[n] = rs.getLong(1);
                    secs[n] = local.toEpochSecond(ZoneOffset.UTC);
                    n++;
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the items' times; the case database may be damaged.", e);
        }
        return sortedByTime(Arrays.copyOf(ids, n), Arrays.copyOf(secs, n));
    }

    /** A camera time as UK wall-clock time; null when it is not an ISO-8601 time. */
    static LocalDateTime cameraTime(String text) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(UK).toLocalDateTime();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static Points sortedByTime(long[] ids, long[] secs) {
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(secs[a], secs[b]));
        long[] sortedIds = new long[ids.length];
        long[] sortedSecs = new long[ids.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = ids[order[i]];
            sortedSecs[i] = secs[order[i]];
        }
        return new Points(sortedIds, sortedSecs);
    }
}
