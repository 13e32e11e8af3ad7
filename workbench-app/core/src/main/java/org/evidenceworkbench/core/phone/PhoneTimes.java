package org.evidenceworkbench.core.phone;

import java.time.Instant;

/** The epochs phone databases count time from, turned into instants. Zero and negative mean "no time". */
public final class PhoneTimes {

    /** Seconds from 1601-01-01 (Chrome/WebKit's epoch) to 1970-01-01. */
    private static final long WEBKIT_OFFSET_SECONDS = 11_644_473_600L;
    /** Seconds from 1970-01-01 to 2001-01-01 (Apple's Core Data epoch). */
    private static final long APPLE_OFFSET_SECONDS = 978_307_200L;

    private PhoneTimes() {
    }

    public static Instant unixMillis(long value) {
        return value <= 0 ? null : Instant.ofEpochMilli(value);
    }

    public static Instant unixSeconds(long value) {
        return value <= 0 ? null : Instant.ofEpochSecond(value);
    }

    /** Microseconds since 1601, as Chrome stores visit and download times. */
    public static Instant webkitMicros(long value) {
        return value <= 0 ? null : Instant.ofEpochSecond(value / 1_000_000 - WEBKIT_OFFSET_SECONDS,
                (value % 1_000_000) * 1000);
    }

    /**
     * Time since 2001 as Apple stores it: seconds (with a fraction) in Core Data stores and older
     * sms.db, nanoseconds in sms.db since iOS 11. A value too large to be seconds is nanoseconds.
     */
    public static Instant apple(double value) {
        if (value <= 0) {
            return null;
        }
        if (value > 1e11) {
            long nanos = (long) value;
            return Instant.ofEpochSecond(APPLE_OFFSET_SECONDS + nanos / 1_000_000_000L, nanos % 1_000_000_000L);
        }
        long seconds = (long) Math.floor(value);
        return Instant.ofEpochSecond(APPLE_OFFSET_SECONDS + seconds, Math.round((value - seconds) * 1e9));
    }
}
