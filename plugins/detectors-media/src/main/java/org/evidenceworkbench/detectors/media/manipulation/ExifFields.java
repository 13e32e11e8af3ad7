package org.evidenceworkbench.detectors.media.manipulation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the EXIF fields the indicators compare out of an item's metadata map, where the ingest
 * keeps metadata-extractor's tags as {@code Directory:Tag → raw value} (rationals as {@code 52/1 30/1 0/1}).
 */
public final class ExifFields {

    public static final String MAKE = "Exif IFD0:Make";
    public static final String MODEL = "Exif IFD0:Model";
    public static final String SOFTWARE = "Exif IFD0:Software";
    /** DateTime: by the EXIF standard the time the file was last changed, often rewritten by editors. */
    public static final String MODIFIED = "Exif IFD0:Date/Time";
    public static final String ORIGINAL = "Exif SubIFD:Date/Time Original";
    public static final String DIGITIZED = "Exif SubIFD:Date/Time Digitized";
    public static final String OFFSET = "Exif SubIFD:Time Zone";
    public static final String OFFSET_ORIGINAL = "Exif SubIFD:Time Zone Original";
    public static final String OFFSET_DIGITIZED = "Exif SubIFD:Time Zone Digitized";
    public static final String GPS_DATE = "GPS:GPS Date Stamp";
    public static final String GPS_TIME = "GPS:GPS Time-Stamp";
    public static final String GPS_LATITUDE = "GPS:GPS Latitude";
    public static final String GPS_LATITUDE_REF = "GPS:GPS Latitude Ref";
    public static final String GPS_LONGITUDE = "GPS:GPS Longitude";
    public static final String GPS_LONGITUDE_REF = "GPS:GPS Longitude Ref";

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final DateTimeFormatter GPS_DATE_FORMAT = DateTimeFormatter.ofPattern("yyyy:MM:dd");

    private ExifFields() {
    }

    /** A camera time: the local clock reading, and its UTC offset where the picture records one. */
    public record CameraTime(LocalDateTime local, ZoneOffset offset) {

        public Optional<Instant> instant() {
            return offset == null ? Optional.empty() : Optional.of(local.toInstant(offset));
        }

        @Override
        public String toString() {
            return local.toString().replace('T', ' ') + (offset == null ? " (no UTC offset recorded)" : " " + offset);
        }
    }

    /** The time under {@code key} with the offset under {@code offsetKey}; empty when absent or unreadable. */
    public static Optional<CameraTime> cameraTime(Map<String, String> metadata, String key, String offsetKey) {
        String value = metadata.get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.strip(), EXIF_TIME);
            // each EXIF time has its own offset tag (OffsetTime belongs to DateTime); no borrowing
            return Optional.of(new CameraTime(local, offset(metadata.get(offsetKey)).orElse(null)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneOffset> offset(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneOffset.of(value.strip()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The GPS receiver's time, which is UTC by the EXIF standard; empty without both date and time. */
    public static Optional<Instant> gpsTime(Map<String, String> metadata) {
        String date = metadata.get(GPS_DATE);
        double[] hms = rationals(metadata.get(GPS_TIME), 3);
        if (date == null || hms == null) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(date.strip(), GPS_DATE_FORMAT);
            long nanos = Math.round((hms[0] * 3600 + hms[1] * 60 + hms[2]) * 1e9);
            if (nanos < 0 || nanos >= 86_400L * 1_000_000_000L) {
                return Optional.empty();
            }
            return Optional.of(day.atTime(LocalTime.ofNanoOfDay(nanos)).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The GPS position as {latitude, longitude} in decimal degrees; empty if absent, unreadable or 0/0. */
    public static Optional<double[]> gpsPosition(Map<String, String> metadata) {
        double[] lat = rationals(metadata.get(GPS_LATITUDE), 3);
        double[] lon = rationals(metadata.get(GPS_LONGITUDE), 3);
        if (lat == null || lon == null) {
            return Optional.empty();
        }
        double latitude = (lat[0] + lat[1] / 60 + lat[2] / 3600) * sign(metadata.get(GPS_LATITUDE_REF), "S");
        double longitude = (lon[0] + lon[1] / 60 + lon[2] / 3600) * sign(metadata.get(GPS_LONGITUDE_REF), "W");
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude == 0 && longitude == 0)) {
            return Optional.empty();
        }
        return Optional.of(new double[] {latitude, longitude});
    }

    private static int sign(String ref, String negative) {
        return ref != null && ref.strip().equalsIgnoreCase(negative) ? -1 : 1;
    }

    /** Parses {@code count} space-separated rationals ({@code 52/1}) or decimals; null if that is not what it is. */
    static double[] rationals(String value, int count) {
        if (value == null) {
            return null;
        }
        String[] parts = value.strip().split("\\s+");
        if (parts.length != count) {
            return null;
        }
        double[] out = new double[count];
        try {
            for (int i = 0; i < count; i++) {
                int slash = parts[i].indexOf('/');
                if (slash < 0) {
                    out[i] = Double.parseDouble(parts[i]);
                } else {
                    double denominator = Double.parseDouble(parts[i].substring(slash + 1));
                    out[i] = denominator == 0 ? 0 : Double.parseDouble(parts[i].substring(0, slash)) / denominator;
                }
                if (!Double.isFinite(out[i]) || out[i] < 0) {
                    return null;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    /** Whether the picture carries any camera EXIF at all (IFD0 or the Exif sub-IFD). */
    public static boolean hasCameraExif(Map<String, String> metadata) {
        return metadata.keySet().stream().anyMatch(k -> k.startsWith("Exif IFD0:") || k.startsWith("Exif SubIFD:"));
    }

    /** Formats a duration in seconds the way people read it: 45 s, 12 min, 3 h 5 min, 2 d 4 h. */
    public static String humanDuration(long seconds) {
        long s = Math.abs(seconds);
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return (s / 60) + " min";
        }
        if (s < 2 * 86400) {
            return (s / 3600) + " h " + (s % 3600 / 60) + " min";
        }
        return (s / 86400) + " d " + (s % 86400 / 3600) + " h";
    }
}
