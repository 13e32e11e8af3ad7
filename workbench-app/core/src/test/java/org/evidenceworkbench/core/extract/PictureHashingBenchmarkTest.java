package org.evidenceworkbench.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.evidenceworkbench.detectors.media.PdqDetector;
import org.evidenceworkbench.detectors.media.PdqHash;
import org.evidenceworkbench.detectors.media.PdqHasher;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDQ pictures per second on 12-megapixel camera-like JPEGs, decoding included: a full ImageIO
 * decode against the reduced DCT-scaled decode the media detector asks for, and how far apart the
 * two hashes land. Prints its results (a harness, not a unit test); run with {@code -Pbench}.
 */
@Tag("benchmark")
class PictureHashingBenchmarkTest {

    private static final int PICTURES = Integer.getInteger("bench.pictures", 12);
    private static final int MIN_SIDE = Integer.getInteger("bench.minSide", PdqDetector.HASH_MIN_SIDE);

    @TempDir
    Path dir;

    @Test
    void pdqOnTwelveMegapixelJpegs() throws Exception {
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < PICTURES; i++) {
            BufferedImage scene = EvidenceFactory.scene(1000 + i, 4000, 3000, 12);
            Path f = Files.write(dir.resolve("IMG_" + i + ".jpg"), EvidenceFactory.jpegBytes(scene, 0.9f));
            bytes += Files.size(f);
            files.add(f);
        }
        PdqHasher hasher = new PdqHasher();
        PictureDecoder decoder = new PictureDecoder(100_000_000L);
        // warm up both paths (JIT, native library load)
        hasher.hashDihedral(ImageIO.read(files.get(0).toFile()));
        hasher.hashDihedral(decoder.decode(files.get(0), 1, MIN_SIDE).orElseThrow().image());

        long t0 = System.nanoTime();
        List<PdqHash> full = new ArrayList<>();
        for (Path f : files) {
            full.add(hasher.hashDihedral(ImageIO.read(f.toFile())).get(0));
        }
        double fullMs = (System.nanoTime() - t0) / 1e6 / files.size();

        t0 = System.nanoTime();
        List<PdqHash> reduced = new ArrayList<>();
        for (Path f : files) {
            reduced.add(hasher.hashDihedral(decoder.decode(f, 1, MIN_SIDE).orElseThrow().image()).get(0));
        }
        double reducedMs = (System.nanoTime() - t0) / 1e6 / files.size();

        int worst = 0;
        for (int i = 0; i < files.size(); i++) {
            worst = Math.max(worst, full.get(i).distance(reduced.get(i)));
        }

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        t0 = System.nanoTime();
        List<Future<PdqHash>> futures = new ArrayList<>();
        for (Path f : files) {
            futures.add(pool.submit(() -> new PdqHasher().hashDihedral(
                    decoder.decode(f, 1, MIN_SIDE).orElseThrow().image()).get(0)));
        }
        for (Future<PdqHash> x : futures) {
            x.get();
        }
        double parallelSeconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();

        System.out.printf("PDQ with decoding, %d JPEGs of 4000x3000 (%.1f MB each on average):%n", files.size(),
                bytes / 1e6 / files.size());
        System.out.printf("  full ImageIO decode + 8 dihedral hashes : %6.1f ms/picture = %5.1f pictures/s per core%n",
                fullMs, 1000 / fullMs);
        System.out.printf("  DCT-scaled decode (>= %d px) + 8 hashes : %6.1f ms/picture = %5.1f pictures/s per core%n",
                MIN_SIDE, reducedMs, 1000 / reducedMs);
        System.out.printf("  %d threads, reduced decode            : %5.1f pictures/s%n", threads,
                files.size() / parallelSeconds);
        System.out.printf("  largest distance, reduced vs full decode: %d bits%n", worst);
        assertThat(worst).as("the reduced decode hashes within the Python port's tolerance").isLessThanOrEqualTo(16);
    }
}
