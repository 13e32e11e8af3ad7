package org.evidenceworkbench.detectors.media.faces;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.evidenceworkbench.detectors.media.faces.WeightedSuppression.Box;

/**
 * The EXIF orientation of a picture: how its stored pixels must be turned to be seen upright.
 * Phones store portraits sideways and set orientation 6 or 8; the face model only finds faces
 * roughly upright, so the detector looks at the picture as it is meant to be seen and maps the
 * boxes back to the stored pixels, where finding regions live.
 */
enum ExifOrientation {
    NORMAL, MIRROR_HORIZONTAL, ROTATE_180, MIRROR_VERTICAL, TRANSPOSE, ROTATE_90_CW, TRANSVERSE, ROTATE_270_CW;

    /** The metadata key the ingest fills from metadata-extractor's EXIF IFD0 directory. */
    static final String METADATA_KEY = "Exif IFD0:Orientation";

    /** The orientation for an EXIF value 1 to 8; anything else (missing, garbled) is {@link #NORMAL}. */
    static ExifOrientation fromExif(String value) {
        if (value == null) {
            return NORMAL;
        }
        try {
            int code = Integer.parseInt(value.trim());
            return code >= 1 && code <= 8 ? values()[code - 1] : NORMAL;
        } catch (NumberFormatException e) {
            return NORMAL;
        }
    }

    /** The picture as it is meant to be seen; {@code stored} itself for {@link #NORMAL}, else a new matrix. */
    Mat upright(Mat stored) {
        if (this == NORMAL) {
            return stored;
        }
        Mat view = new Mat();
        switch (this) {
            case MIRROR_HORIZONTAL -> opencv_core.flip(stored, view, 1);
            case ROTATE_180 -> opencv_core.rotate(stored, view, opencv_core.ROTATE_180);
            case MIRROR_VERTICAL -> opencv_core.flip(stored, view, 0);
            case TRANSPOSE -> opencv_core.transpose(stored, view);
            case ROTATE_90_CW -> opencv_core.rotate(stored, view, opencv_core.ROTATE_90_CLOCKWISE);
            case TRANSVERSE -> {
                opencv_core.transpose(stored, view);
                opencv_core.flip(view, view, -1);
            }
            case ROTATE_270_CW -> opencv_core.rotate(stored, view, opencv_core.ROTATE_90_COUNTERCLOCKWISE);
            default -> throw new AssertionError(this);
        }
        return view;
    }

    /**
     * A box in the upright view mapped back to the stored picture.
     *
     * @param width  the stored picture's width
     * @param height the stored picture's height
     */
    Box toStored(Box view, double width, double height) {
        double[] a = toStored(view.x(), view.y(), width, height);
        double[] b = toStored(view.x() + view.width(), view.y() + view.height(), width, height);
        double x = Math.min(a[0], b[0]);
        double y = Math.min(a[1], b[1]);
        return new Box(x, y, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), view.score());
    }

    /** A point of the view (edges of pixels, not centres) in the stored picture. */
    private double[] toStored(double vx, double vy, double width, double height) {
        return switch (this) {
            case NORMAL -> new double[] {vx, vy};
            case MIRROR_HORIZONTAL -> new double[] {width - vx, vy};
            case ROTATE_180 -> new double[] {width - vx, height - vy};
            case MIRROR_VERTICAL -> new double[] {vx, height - vy};
            case TRANSPOSE -> new double[] {vy, vx};
            case ROTATE_90_CW -> new double[] {vy, height - vx};
            case TRANSVERSE -> new double[] {width - vy, height - vx};
            case ROTATE_270_CW -> new double[] {width - vy, vx};
        };
    }
}
