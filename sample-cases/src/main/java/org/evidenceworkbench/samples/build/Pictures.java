package org.evidenceworkbench.samples.build;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import javax.imageio.ImageIO;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * Neutral placeholder pictures (a gradient with coloured blocks, drawn from a seed; never people or
 * anything objectionable) as JPEG, with EXIF camera, time and GPS written by commons-imaging, or PNG.
 */
public final class Pictures {

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private Pictures() {
    }

    /** What a camera records: make, model, local time taken and where (decimal degrees). */
    public record Exif(String make, String model, LocalDateTime takenAt, double latitude, double longitude) {
    }

    /** A placeholder scene; the same seed always draws the same pixels. */
    public static BufferedImage placeholder(long seed, int width, int height) {
        Random r = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xFFFFFF)), width, height, new Color(r.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 6; i++) {
            g.setColor(new Color(r.nextInt(0xFFFFFF)));
            g.fillRect(r.nextInt(width), r.nextInt(height), 20 + r.nextInt(width / 3), 20 + r.nextInt(height / 3));
        }
        g.dispose();
        return image;
    }

    public static byte[] jpeg(BufferedImage image) throws IOException {
        return encode(image, "jpg");
    }

    public static byte[] png(BufferedImage image) throws IOException {
        return encode(image, "png");
    }

    /** A JPEG of {@code image} carrying {@code exif}. */
    public static byte[] jpegWithExif(BufferedImage image, Exif exif) throws IOException {
        byte[] plain = jpeg(image);
        try {
            TiffOutputSet set = new TiffOutputSet();
            TiffOutputDirectory root = set.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_MAKE, exif.make());
            root.add(TiffTagConstants.TIFF_TAG_MODEL, exif.model());
            set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL,
                    EXIF_TIME.format(exif.takenAt()));
            set.setGpsInDegrees(exif.longitude(), exif.latitude());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain, out, set);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException("could not write EXIF: " + e.getMessage(), e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }
}
