package org.evidenceworkbench.core.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.evidenceworkbench.core.WorkbenchException;

/**
 * Error Level Analysis: saves the picture once more as JPEG at a known quality and shows, per pixel,
 * how much that changed it, amplified. Areas saved as often as the rest change alike; an area pasted
 * in from a picture with a different compression history, or painted over, often stands out as
 * brighter or darker. It is a picture for a person to judge, not a test: edges, text and fine
 * texture are always bright, and a picture resaved many times is dark everywhere.
 */
public final class ErrorLevelAnalysis {

    public static final int DEFAULT_QUALITY = 90;
    public static final int DEFAULT_SCALE = 20;
    /** Larger pictures are refused rather than decoded: three full copies are held in memory. */
    public static final long MAX_PIXELS = 64_000_000L;

    private final int quality;
    private final int scale;

    public ErrorLevelAnalysis() {
        this(DEFAULT_QUALITY, DEFAULT_SCALE);
    }

    /**
     * @param quality the JPEG quality of the resave, 1 to 100
     * @param scale   how much the absolute difference is multiplied by (1 to 255)
     */
    public ErrorLevelAnalysis(int quality, int scale) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("the ELA quality is 1 to 100: " + quality);
        }
        if (scale < 1 || scale > 255) {
            throw new IllegalArgumentException("the ELA scale is 1 to 255: " + scale);
        }
        this.quality = quality;
        this.scale = scale;
    }

    /** Decodes {@code pictureBytes} and renders its ELA picture; fails with a plain message if it cannot. */
    public BufferedImage render(byte[] pictureBytes) {
        return render(decode(pictureBytes));
    }

    /** The ELA picture of {@code picture}: same size, each channel |picture − resaved| × scale, capped at 255. */
    public BufferedImage render(BufferedImage picture) {
        BufferedImage original = toRgb(picture);
        BufferedImage resaved = toRgb(decode(jpeg(original)));
        int width = original.getWidth();
        int height = original.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] a = new int[width];
        int[] b = new int[width];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            original.getRGB(0, y, width, 1, a, 0, width);
            resaved.getRGB(0, y, width, 1, b, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] = amplified(a[x] >> 16, b[x] >> 16) << 16 | amplified(a[x] >> 8, b[x] >> 8) << 8
                        | amplified(a[x], b[x]);
            }
            out.setRGB(0, y, width, 1, row, 0, width);
        }
        return out;
    }

    private int amplified(int channelA, int channelB) {
        return Math.min(255, Math.abs((channelA & 0xFF) - (channelB & 0xFF)) * scale);
    }

    private byte[] jpeg(BufferedImage picture) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new WorkbenchException("The picture could not be recompressed for ELA (" + e.getMessage() + ").", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new WorkbenchException("The item is not a picture this workbench can decode, so there is no ELA.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new WorkbenchException("The picture has " + pixels + " pixels, more than the "
                            + MAX_PIXELS + " ELA renders.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbenchException w) {
                throw w;
            }
            throw new WorkbenchException("The picture could not be decoded (" + e.getMessage()
                    + "); it may be damaged, so there is no ELA.", e);
        }
    }

    private static BufferedImage toRgb(BufferedImage picture) {
        if (picture.getType() == BufferedImage.TYPE_INT_RGB) {
            return picture;
        }
        BufferedImage rgb = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.drawImage(picture, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
