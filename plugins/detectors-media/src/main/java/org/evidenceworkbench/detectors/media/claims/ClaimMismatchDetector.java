package org.evidenceworkbench.detectors.media.claims;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.FindingSink;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.Severity;
import org.evidenceworkbench.detectors.media.manipulation.ExifFields;
import org.evidenceworkbench.detectors.media.manipulation.ExifFields.CameraTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares a submitter's claimed time and place with the picture's own EXIF capture time and GPS
 * position, and reports a {@code claim-mismatch} where they are further apart than the tolerances
 * (default 500 m and 30 min; system properties {@value #METRES_PROPERTY} and
 * {@value #MINUTES_PROPERTY} change them).
 *
 * <p>Times are compared as instants when both sides carry an offset, or against the GPS time (UTC)
 * where the EXIF time has none. Otherwise both are compared as local clock readings: the camera's
 * clock is assumed to show the local time the submitter speaks in, and the finding says so.
 */
public final class ClaimMismatchDetector implements Detector {

    static final String TYPE = "claim-mismatch";

    public static final String CLAIMED_TIME = "Submission:Claimed Time";
    public static final String CLAIMED_LATITUDE = "Submission:Claimed Latitude";
    public static final String CLAIMED_LONGITUDE = "Submission:Claimed Longitude";
    public static final String SUBMISSION_REF = "Submission:Submission Ref";

    public static final String METRES_PROPERTY = "evidenceworkbench.claims.tolerance-metres";
    public static final String MINUTES_PROPERTY = "evidenceworkbench.claims.tolerance-minutes";
    public static final double DEFAULT_TOLERANCE_METRES = 500;
    public static final long DEFAULT_TOLERANCE_MINUTES = 30;

    private static final Logger LOG = LoggerFactory.getLogger(ClaimMismatchDetector.class);

    private static final DetectorInfo INFO = new DetectorInfo("media.claim-mismatch", "1",
            "Submitted pictures whose claimed time or place disagrees with their own EXIF time and GPS.",
            Set.of(ItemCategory.PICTURE));

    private final double toleranceMetres;
    private final Duration toleranceTime;

    public ClaimMismatchDetector() {
        this(property(METRES_PROPERTY, DEFAULT_TOLERANCE_METRES),
                Duration.ofSeconds(Math.round(property(MINUTES_PROPERTY, DEFAULT_TOLERANCE_MINUTES) * 60)));
    }

    /** A positive number from a system property; the default, with a warning, if it is not one. */
    private static double property(String name, double defaultValue) {
        String value = System.getProperty(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warn("System property {}={} is not a positive number; using {}", name, value, defaultValue);
        return defaultValue;
    }

    ClaimMismatchDetector(double toleranceMetres, Duration toleranceTime) {
        this.toleranceMetres = toleranceMetres;
        this.toleranceTime = toleranceTime;
    }

    @Override
    public DetectorInfo info() {
        return INFO;
    }

    @Override
    public void detect(ItemView item, FindingSink findings) {
        Map<String, String> metadata = item.metadata();
        if (!metadata.containsKey(SUBMISSION_REF)) {
            return;
        }
        List<String> mismatches = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        comparePlace(metadata, mismatches, labels);
        compareTime(metadata, mismatches, labels);
        if (mismatches.isEmpty()) {
            return;
        }
        String explanation = "Submission " + metadata.get(SUBMISSION_REF) + " claims something the file's own metadata"
                + " contradicts: " + String.join("; ", mismatches) + ". The submitter may be mistaken (a guess at the"
                + " time, the place they live rather than where they filmed), the camera clock or GPS may be wrong, or"
                + " the file may not be what the submitter says it is (taken elsewhere, earlier, or by someone else)."
                + " EXIF itself can be edited, so neither side is proof.";
        findings.report(new Finding(TYPE, "Claim mismatch: " + String.join(", ", labels), explanation,
                Location.WHOLE_ITEM, 0.8, Severity.MEDIUM, null));
    }

    private void comparePlace(Map<String, String> metadata, List<String> mismatches, List<String> labels) {
        Double lat = number(metadata.get(CLAIMED_LATITUDE));
        Double lon = number(metadata.get(CLAIMED_LONGITUDE));
        Optional<double[]> gps = ExifFields.gpsPosition(metadata);
        if (lat == null || lon == null || gps.isEmpty()) {
            return;
        }
        double metres = GeoDistance.metres(lat, lon, gps.get()[0], gps.get()[1]);
        if (metres > toleranceMetres) {
            String distance = GeoDistance.human(metres);
            mismatches.add(String.format(Locale.ROOT, "the claimed place (%.5f, %.5f) is %s from the EXIF GPS position"
                    + " (%.5f, %.5f), more than the tolerance of %s", lat, lon, distance, gps.get()[0], gps.get()[1],
                    GeoDistance.human(toleranceMetres)));
            labels.add(distance + " away");
        }
    }

    private void compareTime(Map<String, String> metadata, List<String> mismatches, List<String> labels) {
        String claimedRaw = metadata.get(CLAIMED_TIME);
        Optional<CameraTime> exif = ExifFields.cameraTime(metadata, ExifFields.ORIGINAL, ExifFields.OFFSET_ORIGINAL);
        if (claimedRaw == null || exif.isEmpty()) {
            return;
        }
        OffsetDateTime claimedInstant = null;
        LocalDateTime claimedLocal;
        try {
            claimedInstant = OffsetDateTime.parse(claimedRaw.strip());
            claimedLocal = claimedInstant.toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                claimedLocal = LocalDateTime.parse(claimedRaw.strip());
            } catch (DateTimeParseException e2) {
                return; // the ingest already recorded the manifest's bad time as a problem of the submission
            }
        }
        Duration gap;
        String how;
        Optional<Instant> exifInstant = exif.get().instant();
        Optional<Instant> gpsInstant = ExifFields.gpsTime(metadata);
        if (claimedInstant != null && exifInstant.isPresent()) {
            gap = Duration.between(claimedInstant.toInstant(), exifInstant.get());
            how = "compared as instants";
        } else if (claimedInstant != null && gpsInstant.isPresent()) {
            gap = Duration.between(claimedInstant.toInstant(), gpsInstant.get());
            how = "against the GPS time " + gpsInstant.get() + ", as the EXIF capture time has no UTC offset";
        } else {
            gap = Duration.between(claimedLocal, exif.get().local());
            how = "compared as local clock readings, as " + (claimedInstant == null ? "the claim" : "the EXIF time")
                    + " has no UTC offset: this assumes the camera's clock showed the local time the submitter"
                    + " uses, and a camera set to another zone would differ by whole hours";
        }
        if (gap.abs().compareTo(toleranceTime) > 0) {
            String amount = ExifFields.humanDuration(gap.getSeconds());
            mismatches.add("the claimed time " + claimedRaw.strip() + " is " + amount + " away from the EXIF capture"
                    + " time " + exif.get() + " (" + how + "; tolerance "
                    + ExifFields.humanDuration(toleranceTime.getSeconds()) + ")");
            labels.add(amount + " apart");
        }
    }

    private static Double number(String value) {
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
