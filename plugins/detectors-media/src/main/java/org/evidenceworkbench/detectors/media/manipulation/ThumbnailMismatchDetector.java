package org.evidenceworkbench.detectors.media.manipulation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorCost;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.FindingSink;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.ScaledPicture;
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
 *
 * <p>The main picture is hashed as the PDQ detector hashes it, decoded at no less than
 * {@value PdqDetector#HASH_MIN_SIDE} pixels on its shorter side: the host decodes it once for both
 * detectors (a JPEG at a quarter or an eighth of its size), and it still has several times the
 * detail of a thumbnail, which is at most 160×120.
 */
public final class ThumbnailMismatchDetector implements Detector {

    static final String TYPE = "thumbnail-mismatch";

    private static final DetectorInfo INFO = new DetectorInfo("media.thumbnail-mismatch", "1",
            "JPEGs whose embedded EXIF thumbnail differs from the main picture (PDQ distance).",
            Set.of(ItemCategory.PICTURE), DetectorCost.HEAVY); // a decode of the picture: after every item is searchable

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
        BufferedImage stored = decode(thumbnailBytes.get());
        if (stored == null) {
            return;
        }
        Optional<ScaledPicture> picture = item.picture(PdqDetector.HASH_MIN_SIDE);
        if (picture.isEmpty()) {
            return;
        }
        BufferedImage thumbnail = matchAspect(stored, picture.get().image());
        PdqHash main = hasher.hash(picture.get().image());
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
        String explanation = "The EXIF thumbnail (" + stored.getWidth() + "×" + stored.getHeight()
                + ") is not the same picture as the main one (" + picture.get().fullWidth() + "×"
                + picture.get().fullHeight() + "): their PDQ perceptual hashes differ in " + distance + " of 256 bits,"
                + " above the match distance of " + PdqHash.MATCH_DISTANCE + " (unrelated pictures differ in about 128)."
                + " A camera makes the thumbnail from the shot itself; software that changes the picture but copies"
                + " the old EXIF keeps the old thumbnail, which may then show the picture before the change — look at"
                + " both (black bars of a thumbnail of another shape are cut off before comparing). Not proof of"
                + " editing: a crop or an export that rotates or reframes the picture can leave a stale thumbnail"
                + " without any change of content.";
        double confidence = Math.min(1.0, 0.5 + (distance - PdqHash.MATCH_DISTANCE) / 100.0);
        findings.report(new Finding(TYPE, "EXIF thumbnail differs from the picture (PDQ distance " + distance + ")",
                explanation, Location.WHOLE_ITEM, confidence, Severity.MEDIUM, null));
    }

    /**
     * The thumbnail cut to the picture's shape. Cameras put a 16:9 or 3:2 picture into a 4:3
     * thumbnail with black bars; comparing the bars would report every such picture. The centre
     * is kept, in either orientation of the picture (the host may have turned it upright).
     */
    static BufferedImage matchAspect(BufferedImage thumbnail, BufferedImage picture) {
        double target = (double) picture.getWidth() / picture.getHeight();
        double thumb = (double) thumbnail.getWidth() / thumbnail.getHeight();
        if ((thumb >= 1) != (target >= 1)) {
            target = 1 / target; // compare with the picture as the thumbnail is oriented
        }
        if (Math.abs(thumb / target - 1) < 0.03) {
            return thumbnail;
        }
        int w = thumbnail.getWidth();
        int h = thumbnail.getHeight();
        if (thumb > target) {
            int cropped = Math.max(1, (int) Math.round(h * target));
            return thumbnail.getSubimage((w - cropped) / 2, 0, cropped, h);
        }
        int cropped = Math.max(1, (int) Math.round(w / target));
        return thumbnail.getSubimage(0, (h - cropped) / 2, w, cropped);
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged thumbnail says nothing about the main picture
        }
    }
}
