package org.evidenceworkbench.detectors.media.faces;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.ScaledPicture;
import org.evidenceworkbench.detector.Location.Region;

/** Pictures for the face tests, written with ImageIO, and a picture item over their bytes. */
final class TestPictures {

    /** The face in {@code astronaut-256.jpg}, labelled by eye (see the README beside it). */
    static final Region ASTRONAUT_FACE = new Region(89, 37, 50, 50);

    private TestPictures() {
    }

    /** A picture item as the ingest gives one: its bytes, and the host's ImageIO decoding. */
    record PictureItem(String name, byte[] bytes, long reportedSize, Map<String, String> metadata)
            implements ItemView {

        PictureItem(String name, byte[] bytes) {
            this(name, bytes, bytes.length, Map.of());
        }

        /** A picture whose EXIF orientation (1 to 8) the ingest has read into its metadata. */
        static PictureItem withOrientation(String name, byte[] bytes, int orientation) {
            return new PictureItem(name, bytes, bytes.length, Map.of("Exif IFD0:Orientation", String.valueOf(orientation)));
        }

        @Override public long id() { return 1; }
        @Override public String path() { return "case/" + name; }
        @Override public ItemCategory category() { return ItemCategory.PICTURE; }
        @Override public String mimeType() { return "image/jpeg"; }
        @Override public long size() { return reportedSize; }
        @Override public Map<String, String> hashes() { return Map.of(); }
        @Override public String text() { return ""; }
        @Override public InputStream openStream() { return new ByteArrayInputStream(bytes); }

        @Override
        public Optional<BufferedImage> picture() throws IOException {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
        }

        /**
         * As the workbench's host does for big JPEGs: decoded at half size when that still gives
         * {@code minSide}; items of unknown size (0) get the full picture, as a simpler host would.
         */
        @Override
        public Optional<ScaledPicture> picture(int minSide) throws IOException {
            Optional<BufferedImage> full = picture();
            if (full.isEmpty() || reportedSize == 0
                    || Math.min(full.get().getWidth(), full.get().getHeight()) / 2 < minSide) {
                return full.map(ScaledPicture::full);
            }
            BufferedImage p = full.get();
            BufferedImage half = new BufferedImage(p.getWidth() / 2, p.getHeight() / 2, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = half.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(p, 0, 0, half.getWidth(), half.getHeight(), null);
            g.dispose();
            return Optional.of(new ScaledPicture(half, p.getWidth(), p.getHeight()));
        }
    }

    static BufferedImage astronaut() {
        try (InputStream in = TestPictures.class.getResourceAsStream("astronaut-256.jpg")) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] astronautJpeg() {
        try (InputStream in = TestPictures.class.getResourceAsStream("astronaut-256.jpg")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A soft diagonal gradient canvas, free of faces. */
    static BufferedImage canvas(int width, int height) {
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = canvas.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 210, 190), width, height, new Color(90, 110, 140)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return canvas;
    }

    /** Draws the astronaut portrait at {@code (x, y)}, {@code side} pixels square; returns where her face is. */
    static Region paste(BufferedImage canvas, int x, int y, int side) {
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(astronaut(), x, y, side, side, null);
        g.dispose();
        double s = side / 256.0;
        Region f = ASTRONAUT_FACE;
        return new Region((int) Math.round(x + f.x() * s), (int) Math.round(y + f.y() * s),
                (int) Math.round(f.width() * s), (int) Math.round(f.height() * s));
    }

    /** The astronaut on a wider canvas, so that rotations change the picture's shape. */
    static BufferedImage canvasWithAstronaut() {
        BufferedImage canvas = canvas(500, 300);
        paste(canvas, 200, 20, 256);
        return canvas;
    }

    /** Lines of black text on white, as a scanned page or a screenshot would show. */
    static BufferedImage text(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 22));
        for (int line = 0, y = 40; y < height; line++, y += 30) {
            g.drawString("Statement of witness " + line + ": on the 3rd I saw the van at 10:40 o'clock.", 20, y);
        }
        g.dispose();
        return page;
    }

    /** Coloured noise from a fixed seed. */
    static BufferedImage noise(int width, int height, long seed) {
        java.util.Random random = new java.util.Random(seed);
        BufferedImage noise = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return noise;
    }

    static BufferedImage rotate90(BufferedImage image, int quarterTurns) {
        BufferedImage out = image;
        for (int t = 0; t < quarterTurns; t++) {
            BufferedImage next = new BufferedImage(out.getHeight(), out.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
            for (int y = 0; y < out.getHeight(); y++) {
                for (int x = 0; x < out.getWidth(); x++) {
                    next.setRGB(out.getHeight() - 1 - y, x, out.getRGB(x, y));
                }
            }
            out = next;
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Intersection over union of two boxes. */
    static double iou(Region a, Region b) {
        int ix = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
        int iy = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
        if (ix <= 0 || iy <= 0) {
            return 0;
        }
        double intersection = (double) ix * iy;
        return intersection / ((double) a.width() * a.height() + (double) b.width() * b.height() - intersection);
    }
}
