package org.evidenceworkbench.detectors.media.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.evidenceworkbench.detector.ItemView;

/**
 * A picture item decoded for OpenCV, possibly at reduced size, with what it takes to map pixels
 * back to the picture as stored.
 *
 * <p>OpenCV decodes the item's bytes itself: a large picture is decoded at a half, a quarter or an
 * eighth of its size (a JPEG through libjpeg-turbo's DCT scaling, much cheaper than a full decode),
 * since the face model never needs more than {@value #WORKING_SIDE} pixels along the long side.
 * What OpenCV cannot decode goes through the host's {@link ItemView#picture()}. EXIF orientation
 * is not applied here: pixels are those of the picture as stored, where finding regions live.
 *
 * @param bgr    the decoded picture, 8-bit BGR; close it
 * @param scaleX stored width divided by decoded width
 * @param scaleY stored height divided by decoded height
 */
record OpenCvPicture(Mat bgr, double scaleX, double scaleY) implements AutoCloseable {

    /** Decoding stops shrinking a picture before its long side falls below this. */
    static final int WORKING_SIDE = 1536;

    /** Larger items are not read into memory for OpenCV; the host decodes them, if it will. */
    static final long MAX_ENCODED_BYTES = 64L << 20;

    /** Pictures with more pixels than this (after reduction) are not decoded at all. */
    static final long MAX_DECODED_PIXELS = 50_000_000L;

    /**
     * @return the decoded picture, or empty if the item is not a picture anyone here can decode
     * @throws IOException if the picture is too large or its bytes cannot be read
     */
    static Optional<OpenCvPicture> decode(ItemView item) throws IOException {
        if (item.size() > 0 && item.size() <= MAX_ENCODED_BYTES) {
            Optional<OpenCvPicture> decoded = decodeBytes(readBounded(item));
            if (decoded.isPresent()) {
                return decoded;
            }
        }
        Optional<BufferedImage> picture = item.picture();
        if (picture.isEmpty()) {
            return Optional.empty();
        }
        BufferedImage image = picture.get();
        Mat bgr = toBgr(image, 2 * WORKING_SIDE);
        return Optional.of(new OpenCvPicture(bgr,
                (double) image.getWidth() / bgr.cols(), (double) image.getHeight() / bgr.rows()));
    }

    private static byte[] readBounded(ItemView item) throws IOException {
        try (InputStream in = item.openStream()) {
            return in.readNBytes((int) MAX_ENCODED_BYTES);
        }
    }

    /** OpenCV decoding of an encoded picture, reduced where the stored size allows; empty if OpenCV cannot. */
    static Optional<OpenCvPicture> decodeBytes(byte[] encoded) throws IOException {
        int[] stored = storedSize(encoded);
        if (stored == null) {
            return Optional.empty();
        }
        int longSide = Math.max(stored[0], stored[1]);
        int reduction = 1;
        while (reduction < 8 && longSide / (reduction * 2) >= WORKING_SIDE) {
            reduction *= 2;
        }
        if ((long) stored[0] * stored[1] / ((long) reduction * reduction) > MAX_DECODED_PIXELS) {
            throw new IOException("the picture is too large to look for faces in: " + stored[0] + "×" + stored[1]);
        }
        int flags = switch (reduction) {
            case 2 -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_2;
            case 4 -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_4;
            case 8 -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;
            default -> opencv_imgcodecs.IMREAD_COLOR;
        } | opencv_imgcodecs.IMREAD_IGNORE_ORIENTATION;
        Mat bgr;
        try (BytePointer data = new BytePointer(encoded); Mat buffer = new Mat(1, encoded.length, CV_8UC1, data)) {
            bgr = opencv_imgcodecs.imdecode(buffer, flags);
        }
        if (bgr == null || bgr.empty() || bgr.type() != CV_8UC3) {
            if (bgr != null) {
                bgr.close();
            }
            return Optional.empty();
        }
        return Optional.of(new OpenCvPicture(bgr,
                (double) stored[0] / bgr.cols(), (double) stored[1] / bgr.rows()));
    }

    /**
     * The stored width and height from the picture's header, read by ImageIO without decoding
     * pixels, so that a decompression bomb is refused before anything is allocated; null if no
     * ImageIO reader knows the format (OpenCV is then not trusted with it either).
     */
    private static int[] storedSize(byte[] encoded) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(encoded))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } catch (IOException | RuntimeException e) {
                return null; // a header ImageIO cannot read: left to the host's decoder
            } finally {
                reader.dispose();
            }
        }
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

    @Override
    public void close() {
        bgr.close();
    }
}
