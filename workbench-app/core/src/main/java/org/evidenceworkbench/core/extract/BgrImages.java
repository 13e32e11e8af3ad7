package org.evidenceworkbench.core.extract;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.bytedeco.opencv.opencv_core.Mat;

/** OpenCV's 8-bit BGR pictures as Java's: one copy into a {@link BufferedImage} of the same layout. */
public final class BgrImages {

    private BgrImages() {
    }

    /** A copy of {@code bgr}, a 3-channel 8-bit Mat, as a {@code TYPE_3BYTE_BGR} picture. */
    public static BufferedImage of(Mat bgr) {
        if (bgr.channels() != 3 || bgr.depth() != org.bytedeco.opencv.global.opencv_core.CV_8U) {
            throw new IllegalArgumentException("not an 8-bit BGR picture: " + bgr.channels() + " channels");
        }
        Mat continuous = bgr.isContinuous() ? bgr : bgr.clone();
        try {
            BufferedImage out = new BufferedImage(continuous.cols(), continuous.rows(), BufferedImage.TYPE_3BYTE_BGR);
            continuous.data().get(((DataBufferByte) out.getRaster().getDataBuffer()).getData());
            return out;
        } finally {
            if (continuous != bgr) {
                continuous.close();
            }
        }
    }
}
