package org.evidenceworkbench.ui.views;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the window writes times and sizes: UK dates (dd/MM/yyyy HH:mm) in Europe/London, with UTC
 * for tooltips, and sizes in binary units.
 */
public final class Formats {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** dd/MM/yyyy HH:mm, the form a UK investigator reads and writes. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter UK = DATE_TIME;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter UK_SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK);

    private Formats() {
    }

    /** {@code 05/03/2024 12:00} in London time, or an empty string. */
    public static String london(Instant t) {
        return t == null ? "" : UK.format(t.atZone(LONDON));
    }

    /** {@code 05/03/2024 12:00:09} in London time (where seconds matter, as in the audit log). */
    public static String londonSeconds(Instant t) {
        return t == null ? "" : UK_SECONDS.format(t.atZone(LONDON));
    }

    /**
     * A range of wall-clock times, shortened when both ends fall on one day:
     * "12/03/2024 14:00 – 15:00", else "12/03/2024 14:00 – 13/03/2024 09:00".
     */
    public static String range(LocalDateTime from, LocalDateTime to) {
        String end = from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to) : DATE_TIME.format(to);
        return DATE_TIME.format(from) + " – " + end;
    }

    /** {@code 05/03/2024 12:00:00 UTC}, for tooltips. */
    public static String utc(Instant t) {
        return t == null ? "" : UK_SECONDS.format(t.atZone(ZoneOffset.UTC)) + " UTC";
    }

    /** A camera's local time (ISO-8601, offset optional) as a UK date, or the text as recorded if it is odd. */
    public static String cameraTime(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return UK.format(LocalDateTime.parse(iso.length() > 19 ? iso.substring(0, 19) : iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** 1.2 MB, 512 B. */
    public static String bytes(long n) {
        if (n < 0) {
            return "";
        }
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.UK, "%.1f %s", v, units[u]);
    }
}
