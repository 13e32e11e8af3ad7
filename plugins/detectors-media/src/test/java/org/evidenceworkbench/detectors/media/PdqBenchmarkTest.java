package org.evidenceworkbench.detectors.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A rough speed figure, printed; excluded from a build with {@code -DexcludedGroups=benchmark}. */
@Tag("benchmark")
class PdqBenchmarkTest {

    @Test
    void hashingSpeed() {
        PdqHasher hasher = new PdqHasher();
        BufferedImage picture = ReferenceData.read("images/dih/bridge-1-original.jpg");
        PdqHash first = hasher.hash(picture);
        for (int i = 0; i < 5; i++) {
            hasher.hash(picture);
        }
        int runs = 15;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            assertThat(hasher.hash(picture)).isEqualTo(first);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        double megapixels = picture.getWidth() * (double) picture.getHeight() / 1e6;
        System.out.printf("PDQ: %.1f ms per %dx%d picture (%.1f megapixels/s), decoding not included%n",
                ms, picture.getWidth(), picture.getHeight(), megapixels / (ms / 1000));
    }
    /** The hash alone on pictures of the sizes the host hands over: a quarter-size and a full 12 MP decode. */
    @Test
    void hashingSpeedOnCameraSizes() {
        PdqHasher hasher = new PdqHasher();
        for (int[] size : new int[][] {{1000, 750}, {4000, 3000}}) {
            BufferedImage picture = noisyShapes(size[0], size[1]);
            List<PdqHash> first = hasher.hashDihedral(picture);
            for (int i = 0; i < 3; i++) {
                hasher.hashDihedral(picture);
            }
            // CPU time of this thread: other builds on the same cores move wall time far more
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            int runs = 20;
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < runs; i++) {
                assertThat(hasher.hashDihedral(picture)).isEqualTo(first);
            }
            double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / runs;
            System.out.printf("PDQ, 8 dihedral hashes: %.1f ms of CPU per %dx%d picture, decoding not included%n",
                    ms, size[0], size[1]);
        }
    }

    /** Random rectangles and per-pixel noise, stored as decoders deliver pictures (packed B, G, R). */
    private static BufferedImage noisyShapes(int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Random random = new Random(width);
        Graphics2D g = picture.createGraphics();
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(width), random.nextInt(height), width / 4, height / 4);
        }
        g.dispose();
        byte[] pixels = ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.max(0, Math.min(255, (pixels[i] & 0xff) + random.nextInt(25) - 12));
        }
        return picture;
    }
}
