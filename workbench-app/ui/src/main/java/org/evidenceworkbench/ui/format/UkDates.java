package org.evidenceworkbench.ui.format;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Dates as a UK investigator reads and writes them: dd/MM/yyyy HH:mm in Europe/London, with
 * the UTC instant for tooltips (a report may need either).
 */
public final class UkDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    public static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss 'UTC'");

    private UkDates() {
    }

    /** An instant in UK time, e.g. 12/03/2024 14:05:09. */
    public static String uk(Instant at) {
        return at == null ? "" : DATE_TIME_SECONDS.format(at.atZone(LONDON));
    }

    /** The same instant in UTC, for a tooltip. */
    public static String utc(Instant at) {
        return at == null ? "" : UTC.format(at.atOffset(ZoneOffset.UTC));
    }

    /**
     * A range of wall-clock times, shortened when both ends fall on one day:
     * "12/03/2024 14:00 – 15:00", else "12/03/2024 14:00 – 13/03/2024 09:00".
     */
    public static String range(LocalDateTime from, LocalDateTime to) {
        String end = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to) : DATE_TIME.format(to);
        return DATE_TIME.format(from) + " – " + end;
    }
}
