package org.evidenceworkbench.detectors.media.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

import org.bytedeco.opencv.opencv_core.Mat;

/** Pictures as OpenCV matrices for the face model. */
final class OpenCvPicture {

    private OpenCvPicture() {
    }

    /**
     * Copies a decoded picture into an OpenCV BGR matrix, shrunk to at most {@code maxSide} pixels
     * along its long side so that a huge picture does not cost a second huge copy.
     */
    static Mat toBgr(BufferedImage image, int maxSide) {
        double scale = Math.min(1, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage bgr = image;
        // a sub-image shares a larger buffer, so only a picture of its own is used as it is
        if (scale < 1 || image.getType() != BufferedImage.TYPE_3BYTE_BGR || image.getRaster().getParent() != null) {
            bgr = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bgr.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
        }
        byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CV_8UC3);
        mat.data().put(pixels);
        return mat;
    }
}
