package org.evidenceworkbench.detector;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A picture decoded upright for analysis, perhaps at reduced size: decoders can scale a JPEG down
 * by 2, 4 or 8 while decoding for a fraction of the cost of a full decode, which is all a
 * perceptual hash or a face detector needs.
 *
 * @param image      the decoded pixels, upright (EXIF orientation applied)
 * @param fullWidth  the upright picture's full width in pixels
 * @param fullHeight the upright picture's full height in pixels
 */
public record ScaledPicture(BufferedImage image, int fullWidth, int fullHeight) {

    public ScaledPicture {
        Objects.requireNonNull(image, "image");
    }

    /** The picture at full size. */
    public static ScaledPicture full(BufferedImage image) {
        return new ScaledPicture(image, image.getWidth(), image.getHeight());
    }

    /** Full-size pixels per decoded pixel: 1 for a full decode, 2, 4 or 8 for a reduced one. */
    public double scale() {
        return (double) fullWidth / image.getWidth();
    }

    /** A rectangle found in {@link #image()} as a region of the full-size upright picture. */
    public Location.Region toFullSize(int x, int y, int width, int height) {
        double s = scale();
        return new Location.Region((int) Math.round(x * s), (int) Math.round(y * s),
                (int) Math.round(width * s), (int) Math.round(height * s));
    }
}
