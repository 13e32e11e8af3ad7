package org.evidenceworkbench.core.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.evidenceworkbench.core.platform.NativeLibraries;
import org.evidenceworkbench.detector.ScaledPicture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes pictures for analysis, upright. A large JPEG wanted at a fraction of its size is decoded
 * by OpenCV (libjpeg-turbo) with DCT scaling at 1/2, 1/4 or 1/8, which skips most of the work of a
 * full decode; everything else goes through Java's ImageIO. A picture declaring more pixels than
 * the limit is never decoded (a decompression bomb costs nothing). Thread-safe.
 */
public final class PictureDecoder {

    private static final Logger log = LoggerFactory.getLogger(PictureDecoder.class);

    /** JPEGs above this size are left to ImageIO's streaming decode rather than read into memory. */
    static final long MAX_IN_MEMORY_BYTES = 128L << 20;

    /**
     * The shorter side the media detectors ask for (PdqDetector.HASH_MIN_SIDE: PDQ's reference
     * hashes at 512). The thumbnail maker decodes a large JPEG at this size, not smaller, so that
     * its decode can serve the detectors too ({@link LastPictureDecode}); a test keeps the two equal.
     */
    public static final int ANALYSIS_MIN_SIDE = 512;

    private static volatile boolean openCvUnavailable;

    private final long maxPixels;

    public PictureDecoder(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /**
     * The picture in {@code file}, upright, at least {@code minSide} pixels on its shorter side (0
     * for full size). {@code orientation} is the EXIF orientation when the caller knows it, or a
     * negative number to read it from the file. Empty when the format cannot be decoded or the
     * picture is too large to decode safely.
     */
    public Optional<ScaledPicture> decode(Path file, int orientation, int minSide) throws IOException {
        Header header = header(file);
        if (header == null || header.width * (long) header.height > maxPixels) {
            return Optional.empty();
        }
        int factor = reduction(header, minSide);
        BufferedImage image = null;
        if (factor > 1) {
            image = LastPictureDecode.take(file, factor);
        }
        if (image == null && factor > 1 && Files.size(file) <= MAX_IN_MEMORY_BYTES && !openCvUnavailable) {
            image = decodeReduced(Files.readAllBytes(file), factor);
        }
        if (image == null) {
            image = decodeFull(file);
        }
        if (image == null) {
            return Optional.empty();
        }
        int o = orientation >= 0 ? orientation : orientationOf(file);
        BufferedImage upright = Orientation.upright(image, o);
        boolean swap = o >= 5 && o <= 8;
        return Optional.of(new ScaledPicture(upright, swap ? header.height : header.width,
                swap ? header.width : header.height));
    }

    /** What a picture's header declares; read without decoding any pixel. */
    record Header(String format, int width, int height) {
    }

    /** The header of the picture in {@code file}, or null when no ImageIO reader knows its format. */
    static Header header(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new Header(reader.getFormatName().toLowerCase(Locale.ROOT), reader.getWidth(0),
                        reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** The largest of 8, 4, 2 that keeps the shorter side at least minSide; 1 for a full decode. */
    static int reduction(int width, int height, String format, int minSide) {
        if (minSide <= 0 || !(format.equals("jpeg") || format.equals("jpg"))) {
            return 1;
        }
        int shorter = Math.min(width, height);
        for (int f = 8; f > 1; f /= 2) {
            if (shorter / f >= minSide) {
                return f;
            }
        }
        return 1;
    }

    private static int reduction(Header h, int minSide) {
        return reduction(h.width, h.height, h.format, minSide);
    }

    private static BufferedImage decodeFull(Path file) throws IOException {
        return ImageIO.read(file.toFile());
    }

    /**
     * The JPEG in {@code bytes} decoded at 1/{@code factor} of its size (2, 4 or 8) as stored (no
     * orientation applied), or null when OpenCV cannot decode it or is not available, for the caller
     * to fall back on ImageIO, which says what is wrong. OpenCV (4.13) refuses a JPEG whose data
     * ends early, so a cut-off picture goes to ImageIO (PictureDecoderTest checks this). Damage
     * inside the compressed data is decoded by OpenCV without complaint (libjpeg only warns, and
     * OpenCV does not pass warnings on), so a JPEG whose markers are out of order goes to ImageIO
     * too ({@link JpegStructure}).
     */
    static BufferedImage decodeReduced(byte[] bytes, int factor) {
        if (openCvUnavailable) {
            return null;
        }
        String damage = JpegStructure.damage(bytes);
        if (damage != null) {
            log.debug("JPEG decoded by ImageIO, which reports damage: {}", damage);
            return null;
        }
        NativeLibraries.load(); // at once when the ingest did it; for other callers, one thread at a time
        int flags = switch (factor) {
            case 2 -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_2;
            case 4 -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_4;
            default -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;
        } | opencv_imgcodecs.IMREAD_IGNORE_ORIENTATION;
        try (BytePointer data = new BytePointer(bytes);
             Mat raw = new Mat(1, bytes.length, opencv_core.CV_8UC1, data);
             Mat bgr = opencv_imgcodecs.imdecode(raw, flags)) {
            if (bgr == null || bgr.empty() || bgr.channels() != 3) {
                return null; // damaged or unusual: the full decode reports what is wrong
            }
            return BgrImages.of(bgr);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            openCvUnavailable = true;
            log.warn("OpenCV could not be loaded; pictures are decoded at full size with ImageIO (slower)", e);
            return null;
        }
    }

    /** The EXIF orientation (1–8) of the picture in {@code file}; 1 when it has none. */
    public static int orientationOf(Path file) {
        try {
            Metadata m = ImageMetadataReader.readMetadata(file.toFile());
            ExifIFD0Directory ifd0 = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer o = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            return o == null ? 1 : o;
        } catch (Exception e) {
            return 1; // no readable EXIF: as stored
        }
    }
}
