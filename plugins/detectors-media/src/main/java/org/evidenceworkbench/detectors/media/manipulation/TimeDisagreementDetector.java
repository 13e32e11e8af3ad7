package org.evidenceworkbench.detectors.media.manipulation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import org.evidenceworkbench.detectors.media.manipulation.ExifFields.CameraTime;

/**
 * Reports pictures whose own times disagree: DateTimeOriginal against DateTimeDigitized and against
 * DateTime (the "modify date" editors rewrite), and the camera time against the GPS receiver's UTC
 * time. Camera times are local clock readings; they are compared as instants only where the
 * picture records their UTC offsets. Without an offset, the GPS comparison can only ask whether
 * camera time minus UTC is a real time-zone offset: a whole number of quarter hours within −12 h
 * to +14 h.
 */
public final class TimeDisagreementDetector implements Detector {

    static final String TYPE = "time-disagreement";

    /** Camera times written by one camera in one shot agree to the second; a minute leaves room for slow saves. */
    public static final Duration CAMERA_TOLERANCE = Duration.ofMinutes(1);
    /** A GPS fix may be a little older than the shot. */
    public static final Duration GPS_TOLERANCE = Duration.ofMinutes(3);

    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);
    private static final Duration MOST_WEST = Duration.ofHours(12);
    private static final Duration MOST_EAST = Duration.ofHours(14);

    private static final DetectorInfo INFO = new DetectorInfo("media.time-disagreement", "1",
            "Pictures whose capture, digitisation, modification and GPS times disagree.",
            Set.of(ItemCategory.PICTURE));

    private final Duration cameraTolerance;
    private final Duration gpsTolerance;

    public TimeDisagreementDetector() {
        this(CAMERA_TOLERANCE, GPS_TOLERANCE);
    }

    TimeDisagreementDetector(Duration cameraTolerance, Duration gpsTolerance) {
        this.cameraTolerance = cameraTolerance;
        this.gpsTolerance = gpsTolerance;
    }

    @Override
    public DetectorInfo info() {
        return INFO;
    }

    @Override
    public void detect(ItemView item, FindingSink findings) {
        Map<String, String> metadata = item.metadata();
        Optional<CameraTime> original = ExifFields.cameraTime(metadata, ExifFields.ORIGINAL, ExifFields.OFFSET_ORIGINAL);
        if (original.isEmpty()) {
            return;
        }
        List<String> seen = new ArrayList<>();
        ExifFields.cameraTime(metadata, ExifFields.DIGITIZED, ExifFields.OFFSET_DIGITIZED)
                .ifPresent(digitized -> compare(original.get(), digitized, "digitised (DateTimeDigitized)", seen,
                        "a scanned print or film is digitised long after it was taken"));
        ExifFields.cameraTime(metadata, ExifFields.MODIFIED, ExifFields.OFFSET)
                .ifPresent(modified -> compare(original.get(), modified, "last modified (DateTime)", seen,
                        "rotating, renaming or tagging in a photo manager can rewrite DateTime too"));
        ExifFields.gpsTime(metadata).ifPresent(gps -> compareGps(original.get(), gps, seen));
        if (seen.isEmpty()) {
            return;
        }
        String explanation = "The picture's own times disagree. Taken (DateTimeOriginal) " + original.get() + "; "
                + String.join("; ", seen) + ". A camera writes these times together, so a gap suggests the file was"
                + " changed or its metadata rewritten afterwards, or the metadata was copied from another picture."
                + " Not proof of editing: a wrong camera clock, a stale GPS fix, a changed time zone or software that"
                + " only touched the metadata give the same picture.";
        findings.report(new Finding(TYPE, "Times disagree: " + seen.size() + " of the picture's times differ",
                explanation, Location.WHOLE_ITEM, 0.7, Severity.LOW, null));
    }

    private void compare(CameraTime original, CameraTime other, String what, List<String> seen, String innocent) {
        Duration gap;
        String how;
        if (original.offset() != null && other.offset() != null) {
            gap = Duration.between(original.instant().orElseThrow(), other.instant().orElseThrow());
            how = "as instants, with their UTC offsets";
        } else {
            gap = Duration.between(original.local(), other.local());
            how = "as local clock readings (no offset on both)";
        }
        if (gap.abs().compareTo(cameraTolerance) > 0) {
            seen.add(what + " " + other + " is " + ExifFields.humanDuration(gap.getSeconds())
                    + (gap.isNegative() ? " earlier" : " later") + ", compared " + how + " (tolerance "
                    + ExifFields.humanDuration(cameraTolerance.getSeconds()) + "; " + innocent + ")");
        }
    }

    private void compareGps(CameraTime original, Instant gps, List<String> seen) {
        Optional<Instant> taken = original.instant();
        if (taken.isPresent()) {
            Duration gap = Duration.between(taken.get(), gps);
            if (gap.abs().compareTo(gpsTolerance) > 0) {
                seen.add("GPS time " + gps + " (UTC) is " + ExifFields.humanDuration(gap.getSeconds())
                        + (gap.isNegative() ? " earlier" : " later") + " than the capture time with its offset"
                        + " (tolerance " + ExifFields.humanDuration(gpsTolerance.getSeconds()) + ")");
            }
            return;
        }
        // camera local time minus UTC is the camera's time-zone offset, if the two agree
        Duration implied = Duration.between(gps, original.local().toInstant(ZoneOffset.UTC));
        long quarters = Math.round((double) implied.getSeconds() / QUARTER_HOUR.getSeconds());
        Duration residual = implied.minus(QUARTER_HOUR.multipliedBy(quarters)).abs();
        boolean outsideZones = implied.compareTo(MOST_WEST.negated().minus(gpsTolerance)) < 0
                || implied.compareTo(MOST_EAST.plus(gpsTolerance)) > 0;
        if (outsideZones) {
            seen.add("GPS time " + gps + " (UTC) is " + ExifFields.humanDuration(implied.getSeconds())
                    + " away from the camera's local time, more than any time zone (−12 h to +14 h)");
        } else if (residual.compareTo(gpsTolerance) > 0) {
            seen.add("GPS time " + gps + " (UTC) differs from the camera's local time by "
                    + ExifFields.humanDuration(implied.getSeconds()) + ", which is not a time-zone offset (whole"
                    + " quarter hours) within the tolerance of " + ExifFields.humanDuration(gpsTolerance.getSeconds())
                    + "; the picture records no UTC offset, so only this much can be checked");
        }
    }
}
