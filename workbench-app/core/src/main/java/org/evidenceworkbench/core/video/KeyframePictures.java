package org.evidenceworkbench.core.video;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.evidenceworkbench.core.extract.BgrImages;

/**
 * A keyframe's two pictures, made by OpenCV from the frame in BGR: the JPEG that
 * becomes its item (libjpeg-turbo) and its small tile for the contact sheet (an area-averaged
 * reduction). Converting each keyframe to a Java picture and encoding it with ImageIO cost a sixth
 * of reading a video. One per video scan; not thread-safe.
 */
final class KeyframePictures implements AutoCloseable {

    /** High enough that the keyframe shows what the video shows; the case keeps every keyframe. */
    static final int JPEG_QUALITY = 90;

    /** A keyframe's JPEG and its contact-sheet tile. */
    record Pictures(byte[] jpeg, BufferedImage tile) {
    }

    private final IntPointer jpegParameters = new IntPointer(opencv_imgcodecs.IMWRITE_JPEG_QUALITY, JPEG_QUALITY);

    /**
     * @param frame    the keyframe, 8-bit BGR
     * @param tileEdge the tile's longest edge, in pixels
     */
    Pictures of(Mat frame, int tileEdge) throws IOException {
        byte[] jpeg;
        try (BytePointer encoded = new BytePointer()) {
            if (!opencv_imgcodecs.imencode(".jpg", frame, encoded, jpegParameters)) {
                throw new IOException("OpenCV could not encode the keyframe as JPEG");
            }
            jpeg = new byte[(int) encoded.limit()];
            encoded.get(jpeg);
        }
        double factor = Math.min(1.0, (double) tileEdge / Math.max(frame.cols(), frame.rows()));
        try (Size size = new Size(Math.max(1, (int) Math.round(frame.cols() * factor)),
                Math.max(1, (int) Math.round(frame.rows() * factor)));
             Mat tile = new Mat()) {
            opencv_imgproc.resize(frame, tile, size, 0, 0, opencv_imgproc.INTER_AREA);
            return new Pictures(jpeg, BgrImages.of(tile));
        }
    }

    @Override
    public void close() {
        jpegParameters.close();
    }
}
