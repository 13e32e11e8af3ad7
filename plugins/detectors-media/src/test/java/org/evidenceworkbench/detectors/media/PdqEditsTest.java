package org.evidenceworkbench.detectors.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;

/**
 * What near-duplicate matching promises: the copies people actually make of a picture (resized,
 * recompressed, brightened, greyscaled, slightly cropped, captioned) stay within the match
 * distance, and thousands of pairs of unrelated pictures do not. docs/media.md quotes the
 * distances measured here.
 */
class PdqEditsTest {

    private static final PdqHasher HASHER = new PdqHasher();

    static Map<String, UnaryOperator<BufferedImage>> edits() {
        Map<String, UnaryOperator<BufferedImage>> e = new LinkedHashMap<>();
        e.put("resized to 50%", p -> resized(p, 0.5));
        e.put("resized to 25%", p -> resized(p, 0.25));
        e.put("JPEG quality 40", p -> recompressed(p, 0.4f));
        e.put("brightened 20%", p -> new RescaleOp(1.2f, 10f, null).filter(rgb(p), null));
        e.put("darker, less contrast", p -> new RescaleOp(0.8f, -10f, null).filter(rgb(p), null));
        e.put("greyscale", PdqEditsTest::grey);
        e.put("cropped 1% off one edge", p -> p.getSubimage(0, 0, p.getWidth() * 99 / 100, p.getHeight()));
        e.put("caption added", PdqEditsTest::captioned);
        return e;
    }

    @Test
    void everydayCopiesOfAPictureMatchIt() {
        List<BufferedImage> originals = new ArrayList<>();
        // photo-sized pictures: at thumbnail sizes (the 256-pixel reference photos) PDQ samples
        // with almost no blur, and halving or a 1% crop can already pass the match distance
        originals.add(ReferenceData.read("images/dih/bridge-1-original.jpg"));
        for (int seed = 0; seed < 6; seed++) {
            originals.add(drawing(seed, 1024, 768));
        }
        for (BufferedImage original : originals) {
            PdqHash hash = HASHER.hash(original);
            if (hash.quality() < PdqDetector.MIN_QUALITY) {
                continue;
            }
            edits().forEach((name, edit) -> {
                assertThat(HASHER.hash(edit.apply(original)).distance(hash))
                    .as("%s of a %dx%d picture", name, original.getWidth(), original.getHeight())
                    .isLessThanOrEqualTo(PdqHash.MATCH_DISTANCE);
            });
        }
    }

    @Test
    void unrelatedPicturesDoNotMatch() {
        List<PdqHash> hashes = new ArrayList<>();
        for (String q : List.of("q1050", "q0122", "q0291", "q0746", "q2821", "q0004")) {
            hashes.add(HASHER.hash(ReferenceData.read("images/labelme-subset/" + q + ".jpg")));
        }
        hashes.add(HASHER.hash(ReferenceData.read("images/dih/bridge-1-original.jpg")));
        hashes.add(HASHER.hash(ReferenceData.read("images/pen-and-coaster.png")));
        for (int seed = 100; seed < 182; seed++) {
            hashes.add(HASHER.hash(drawing(seed, 320, 240)));
        }
        int pairs = 0;
        int matches = 0;
        int closest = 256;
        for (int i = 0; i < hashes.size(); i++) {
            for (int j = i + 1; j < hashes.size(); j++) {
                int d = hashes.get(i).distance(hashes.get(j));
                pairs++;
                closest = Math.min(closest, d);
                matches += d <= PdqHash.MATCH_DISTANCE ? 1 : 0;
            }
        }
        assertThat(pairs).isGreaterThan(3000);
        assertThat(matches).as("false matches among %d unrelated pairs (closest %d bits)", pairs, closest).isZero();
        assertThat(closest).isGreaterThan(PdqHash.MATCH_DISTANCE + 10);
    }

    /** A random drawing: polygons, thick lines and a gradient band, so each seed is its own picture. */
    static BufferedImage drawing(long seed, int width, int height) {
        Random r = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(r.nextInt(0xFFFFFF)), width, height,
                new Color(r.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 25; i++) {
            g.setColor(new Color(r.nextInt(0xFFFFFF)));
            int[] xs = new int[3 + r.nextInt(4)];
            int[] ys = new int[xs.length];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = r.nextInt(width);
                ys[k] = r.nextInt(height);
            }
            if (r.nextInt(3) == 0) {
                g.setStroke(new BasicStroke(2 + r.nextInt(width / 40 + 1)));
                g.drawPolyline(xs, ys, xs.length);
            } else {
                g.fillPolygon(xs, ys, xs.length);
            }
        }
        g.dispose();
        return image;
    }

    private static BufferedImage rgb(BufferedImage p) {
        BufferedImage out = new BufferedImage(p.getWidth(), p.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(p, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Resized with area averaging, as photo apps and messengers shrink pictures. */
    private static BufferedImage resized(BufferedImage p, double f) {
        int w = Math.max(1, (int) (p.getWidth() * f));
        int h = Math.max(1, (int) (p.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(p.getScaledInstance(w, h, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage grey(BufferedImage p) {
        BufferedImage out = new BufferedImage(p.getWidth(), p.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(p, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage captioned(BufferedImage p) {
        BufferedImage out = rgb(p);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, p.getHeight() / 16)));
        g.drawString("shared via app", p.getWidth() / 20, p.getHeight() - p.getHeight() / 20);
        g.dispose();
        return out;
    }

    private static BufferedImage recompressed(BufferedImage p, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(rgb(p), null, null), param);
            } finally {
                writer.dispose();
            }
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
