package org.evidenceworkbench.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.evidenceworkbench.core.WorkbenchException;
import org.junit.jupiter.api.Test;

/**
 * ELA makes a region pasted into a picture after it was compressed stand out: the picture is
 * compressed at quality 70 (settled), a patch of fresh, never-compressed content is pasted in, and
 * the result is saved at quality 95, the way an edit is saved.
 */
class ErrorLevelAnalysisTest {

    private static final int PATCH_X = 160;
    private static final int PATCH_Y = 96;
    private static final int PATCH = 96;

    @Test
    void aPatchPastedAfterCompressionIsBrighterThanTheRest() throws IOException {
        BufferedImage settled = decode(jpeg(scene(), 70));
        Graphics2D g = settled.createGraphics();
        g.drawImage(patch(), PATCH_X, PATCH_Y, null);
        g.dispose();
        byte[] edited = jpeg(settled, 95);

        BufferedImage ela = new ErrorLevelAnalysis().render(edited);

        assertThat(ela.getWidth()).isEqualTo(400);
        assertThat(ela.getHeight()).isEqualTo(300);
        double inside = meanLevel(ela, PATCH_X + 8, PATCH_Y + 8, PATCH - 16, PATCH - 16);
        double outside = meanLevel(ela, 16, 16, 120, 64);
        assertThat(inside).as("mean ELA level in the pasted patch vs an untouched area")
                .isGreaterThan(3 * outside).isGreaterThan(20);
    }

    @Test
    void aPictureSavedAtTheAnalysisQualityIsDarkerThanAFreshOne() throws IOException {
        BufferedImage fresh = scene();
        ErrorLevelAnalysis ela = new ErrorLevelAnalysis(90, 20);
        double freshLevel = meanLevel(ela.render(fresh), 0, 0, 400, 300);
        double resavedLevel = meanLevel(ela.render(jpeg(fresh, 90)), 0, 0, 400, 300);
        assertThat(resavedLevel).isLessThan(freshLevel / 2);
    }

    @Test
    void bytesThatAreNoPictureAreRefusedInOneSentence() {
        assertThatThrownBy(() -> new ErrorLevelAnalysis().render("plain text".getBytes()))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("not a picture");
    }

    /** A gradient with soft shapes: smooth areas, where compression history shows. */
    private static BufferedImage scene() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 160), 400, 300, new Color(220, 180, 120)));
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(90, 140, 60));
        g.fillOval(20, 150, 120, 100);
        g.dispose();
        return image;
    }

    /** Fresh content with detail: a photo-like patch never compressed before. */
    private static BufferedImage patch() {
        BufferedImage p = new BufferedImage(PATCH, PATCH, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(11);
        for (int y = 0; y < PATCH; y++) {
            for (int x = 0; x < PATCH; x++) {
                int v = 100 + r.nextInt(80);
                p.setRGB(x, y, new Color(v, Math.min(255, v + 20), Math.max(0, v - 30)).getRGB());
            }
        }
        return p;
    }

    private static double meanLevel(BufferedImage ela, int x0, int y0, int w, int h) {
        long sum = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                int rgb = ela.getRGB(x, y);
                sum += ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
            }
        }
        return sum / (3.0 * w * h);
    }

    private static byte[] jpeg(BufferedImage image, int quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
