package org.evidenceworkbench.detectors.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

class PdqRobustnessTest {

    private final PdqHasher hasher = new PdqHasher();

    @Test
    void aHalfSizeJpegCopyMatchesWhileAnUnrelatedPictureDoesNot() throws IOException {
        for (String name : new String[] {"images/pen-and-coaster.png", "images/dih/bridge-1-original.jpg",
                "images/labelme-subset/q1050.jpg"}) {
            BufferedImage original = ReferenceData.read(name);
            BufferedImage copy = jpeg(halfSize(original), 0.6f);
            PdqHash a = hasher.hash(original);
            PdqHash b = hasher.hash(copy);
            assertThat(a.distance(b)).as(name).isLessThanOrEqualTo(PdqHash.MATCH_DISTANCE);
            assertThat(a.matches(b)).isTrue();
        }
        PdqHash pen = hasher.hash(ReferenceData.read("images/pen-and-coaster.png"));
        PdqHash bridge = hasher.hash(ReferenceData.read("images/dih/bridge-1-original.jpg"));
        PdqHash street = hasher.hash(ReferenceData.read("images/labelme-subset/q1050.jpg"));
        assertThat(pen.distance(bridge)).isGreaterThan(60);
        assertThat(pen.distance(street)).isGreaterThan(60);
        assertThat(bridge.distance(street)).isGreaterThan(60);
        assertThat(pen.matches(bridge)).isFalse();
    }

    @Test
    void picturesSmallerThanFiveByFiveHashToZeroWithQualityZero() {
        BufferedImage tiny = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                tiny.setRGB(x, y, (x + y) % 2 == 0 ? 0xffffff : 0x000000);
            }
        }
        PdqHash hash = hasher.hash(tiny);
        assertThat(hash.quality()).isZero();
        assertThat(hash.toHex()).isEqualTo("0".repeat(64));
        assertThat(hasher.hashDihedral(tiny)).hasSize(8).allSatisfy(h -> assertThat(h).isEqualTo(PdqHash.zero()));
        assertThat(hasher.hash(new BufferedImage(100, 4, BufferedImage.TYPE_INT_RGB))).isEqualTo(PdqHash.zero());
    }

    @Test
    void aFlatPictureHasQualityZeroAndASmallOneIsStillHashed() {
        BufferedImage flat = new BufferedImage(200, 150, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(new Color(120, 130, 140));
        g.fillRect(0, 0, 200, 150);
        g.dispose();
        assertThat(hasher.hash(flat).quality()).isZero();

        BufferedImage five = new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB);
        five.setRGB(0, 0, 0xffffff);
        five.setRGB(4, 4, 0xffffff);
        assertThat(hasher.hash(five).toHex()).isNotEqualTo("0".repeat(64));
    }

    @Test
    void hexRoundTripsAndDistanceCountsBits() {
        String hex = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22";
        PdqHash h = PdqHash.fromHex(hex, 87);
        assertThat(h.toHex()).isEqualTo(hex);
        assertThat(h.quality()).isEqualTo(87);
        assertThat(PdqHash.fromHex(hex.toUpperCase())).isEqualTo(PdqHash.fromHex(hex));
        assertThat(h.distance(h)).isZero();
        assertThat(h.distance(PdqHash.zero())).isEqualTo(hex.chars()
                .map(c -> Integer.bitCount(Character.digit(c, 16))).sum());
        // bit 0 is the lowest bit of the last hex digit, bit 255 the highest of the first
        assertThat(h.bit(0)).isFalse();
        assertThat(h.bit(1)).isTrue();
        assertThat(h.bit(255)).isTrue();
        PdqHash one = PdqHash.fromHex("0".repeat(63) + "1");
        assertThat(one.bit(0)).isTrue();
        assertThat(one.distance(PdqHash.zero())).isEqualTo(1);
        assertThatThrownBy(() -> PdqHash.fromHex("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdqHash.fromHex(hex, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage halfSize(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getWidth() / 2, in.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(in, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    private static BufferedImage jpeg(BufferedImage in, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(in, null, null), param);
        } finally {
            writer.dispose();
        }
        return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
