package org.evidenceworkbench.detectors.media.manipulation;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.FindingSink;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.Severity;

/**
 * Reports JPEGs named the way cameras and phones name their originals (IMG_1234.JPG, DSC_0042.JPG,
 * PXL_20240501_103000123.jpg, ...) that carry no camera EXIF at all. A camera always writes EXIF;
 * its absence means the file was at least re-encoded or stripped after capture.
 */
public final class MissingCameraMetadataDetector implements Detector {

    static final String TYPE = "missing-camera-metadata";

    /** Camera and phone file names: DCF prefixes (IMG, DSC, DSCN, DSCF, _DSC, P, ...) and phone makers' own. */
    private static final Pattern CAMERA_NAME = Pattern.compile(
            "(?i)(IMG|DSC|DSCN|DSCF|_DSC|_MG|PXL|PANO|MVIMG|SAM|DJI|GOPR|CIMG|SDC|KIMG|HPIM|IMAG|P)[_-]?\\d{3,}[\\w-]*"
                    + "\\.jpe?g");
    /** WhatsApp names its pictures IMG-20240501-WA0001.jpg: an app's copy, which never has camera EXIF. */
    private static final Pattern MESSAGING_APP_NAME = Pattern.compile("(?i).*-WA\\d+\\.jpe?g");

    private static final DetectorInfo INFO = new DetectorInfo("media.missing-camera-metadata", "1",
            "JPEGs named like camera originals (IMG_1234.JPG, DSC_..., PXL_...) without any camera EXIF.",
            Set.of(ItemCategory.PICTURE));

    @Override
    public DetectorInfo info() {
        return INFO;
    }

    @Override
    public void detect(ItemView item, FindingSink findings) {
        if (!"image/jpeg".equals(item.mimeType())) {
            return;
        }
        Matcher name = CAMERA_NAME.matcher(item.name());
        if (!name.matches() || MESSAGING_APP_NAME.matcher(item.name()).matches()
                || ExifFields.hasCameraExif(item.metadata())) {
            return;
        }
        String explanation = "The file is named '" + item.name() + "', the way a camera or phone names the pictures"
                + " it takes, but it has no camera EXIF at all (no make, model or capture time). Cameras and phones"
                + " always write EXIF into their originals, so this file is not the camera's original: it was"
                + " re-encoded or had its metadata removed, and may have been edited. Innocent causes are common:"
                + " messaging apps and social networks strip EXIF when they send or publish a picture, and some people"
                + " strip it for privacy; ask for the original from the device.";
        findings.report(new Finding(TYPE, "Camera-style name without camera metadata", explanation,
                Location.WHOLE_ITEM, 0.8, Severity.LOW, null));
    }
}
