package org.evidenceworkbench.detectors.media.manipulation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.FindingSink;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.Severity;
import org.evidenceworkbench.detectors.media.PdqDetector;
import org.evidenceworkbench.detectors.media.PdqHash;
import org.evidenceworkbench.detectors.media.PdqHasher;

/**
 * Reports JPEGs whose EXIF thumbnail shows a different picture from the main one. The camera makes
 * the thumbnail from the same shot; software that edits the picture but copies the EXIF unchanged
 * leaves the old thumbnail behind, showing what the picture looked like before. The two are
 * compared by PDQ hash; the thumbnail is compared in all eight orientations, because the host may
 * have turned the main picture upright while the thumbnail is stored as shot.
 */
public final class ThumbnailMismatchDetector implements Detector {

    static final String TYPE = "thumbnail-mismatch";

    private static final DetectorInfo INFO = new DetectorInfo("media.thumbnail-mismatch", "1",
            "JPEGs whose embedded EXIF thumbnail differs from the main picture (PDQ distance).",
            Set.of(ItemCategory.PICTURE));

    private final PdqHasher hasher = new PdqHasher();

    @Override
    public DetectorInfo info() {
        return INFO;
    }

    @Override
    public void detect(ItemView item, FindingSink findings) throws Exception {
        if (!"image/jpeg".equals(item.mimeType())) {
            return;
        }
        Optional<byte[]> thumbnailBytes;
        try (InputStream in = item.openStream()) {
            thumbnailBytes = JpegHeaders.read(in).exifThumbnail();
        }
        if (thumbnailBytes.isEmpty()) {
            return;
        }
        BufferedImage thumbnail = decode(thumbnailBytes.get());
        Optional<BufferedImage> picture = item.picture();
        if (thumbnail == null || picture.isEmpty()) {
            return;
        }
        PdqHash main = hasher.hash(picture.get());
        if (main.quality() < PdqDetector.MIN_QUALITY) {
            return; // a flat picture hashes like any other flat picture: no basis for a comparison
        }
        int distance = Integer.MAX_VALUE;
        for (PdqHash candidate : hasher.hashDihedral(thumbnail)) {
            distance = Math.min(distance, candidate.distance(main));
        }
        if (distance <= PdqHash.MATCH_DISTANCE) {
            return;
        }
        String explanation = "The EXIF thumbnail (" + thumbnail.getWidth() + "×" + thumbnail.getHeight()
                + ") is not the same picture as the main one (" + picture.get().getWidth() + "×"
                + picture.get().getHeight() + "): their PDQ perceptual hashes differ in " + distance + " of 256 bits,"
                + " above the match distance of " + PdqHash.MATCH_DISTANCE + " (unrelated pictures differ in about 128)."
                + " A camera makes the thumbnail from the shot itself; software that changes the picture but copies"
                + " the old EXIF keeps the old thumbnail, which may then show the picture before the change — look at"
                + " both. Not proof of editing: some software writes a thumbnail with black bars or of a crop, and a"
                + " cropped or heavily rotated export can leave a stale thumbnail without any change of content.";
        double confidence = Math.min(1.0, 0.5 + (distance - PdqHash.MATCH_DISTANCE) / 100.0);
        findings.report(new Finding(TYPE, "EXIF thumbnail differs from the picture (PDQ distance " + distance + ")",
                explanation, Location.WHOLE_ITEM, confidence, Severity.MEDIUM, null));
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged thumbnail says nothing about the main picture
        }
    }
}
