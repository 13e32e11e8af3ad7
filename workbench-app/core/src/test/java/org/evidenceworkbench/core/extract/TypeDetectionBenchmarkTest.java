package org.evidenceworkbench.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.testing.EvidenceFactory.docx;
import static org.evidenceworkbench.testing.EvidenceFactory.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test of correctness: what Tika's type detection costs a small document once its code is
 * compiled, for comparison with what it costs inside an ingest (docs/performance.md, "Where the
 * documents' CPU goes"). {@link TypeDetector} runs over PDFs and DOCX files on one thread and on
 * two, as the ingest's workers do, after warm-up passes; then the DOCX files are detected from the file (as
 * the ingest does: POI opens the package) and from their bytes in memory (Tika's streaming zip
 * detection). Runs only with {@code -Pbench}; {@code bench.documents} sets how many (default 2,000).
 */
@Tag("benchmark")
class TypeDetectionBenchmarkTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path tmp;

    @Test
    void detectionOfSmallDocumentsOnceCompiled() throws Exception {
        int count = Integer.getInteger("bench.documents", 2000);
        List<Path> files = new ArrayList<>();
        List<String> lines = List.of("invoice transfer meeting account", "delivery contract account meeting");
        for (int i = 0; i < count; i++) {
            files.add(i % 2 == 0 ? pdf(tmp, "d" + i + ".pdf", "Report " + i, "Clerk", lines)
                    : docx(tmp, "d" + i + ".docx", "Memo " + i, "Clerk", lines));
        }
        TikaConfig tika = TikaConfig.getDefaultConfig();
        TypeDetector types = new TypeDetector(tika);
        double oneThread = 0;
        double twoThreads = 0;
        for (int pass = 0; pass < 6; pass++) { // five warm-up passes
            oneThread = onThreads(files, types, 1);
            twoThreads = onThreads(files, types, 2);
        }

        List<Path> docxFiles = files.stream().filter(f -> f.toString().endsWith(".docx")).toList();
        Detector detector = tika.getDetector();
        double fromFile = 0;
        double fromBytes = 0;
        for (int pass = 0; pass < 6; pass++) {
            long t0 = System.nanoTime();
            for (Path f : docxFiles) {
                try (TikaInputStream in = TikaInputStream.get(f)) {
                    assertThat(detector.detect(in, new Metadata()).toString()).isEqualTo(DOCX);
                }
            }
            long t1 = System.nanoTime();
            for (Path f : docxFiles) {
                try (TikaInputStream in = TikaInputStream.get(Files.readAllBytes(f))) {
                    assertThat(detector.detect(in, new Metadata()).toString()).isEqualTo(DOCX);
                }
            }
            long t2 = System.nanoTime();
            fromFile = (t1 - t0) / 1e6 / docxFiles.size();
            fromBytes = (t2 - t1) / 1e6 / docxFiles.size();
        }
        // the one place this harness speaks: the figure is its product
        System.out.printf(Locale.ROOT, "BENCHMARK type detection: %,d PDF and DOCX files, wall time a document after"
                + " five warm-up passes: %.3f ms on one thread, %.3f ms on two; one thread, DOCX only: %.3f ms from the"
                + " file, %.3f ms from its bytes in memory%n", count, oneThread, twoThreads, fromFile, fromBytes);
    }

    /** Wall milliseconds a document, the files shared out between {@code threads} threads. */
    private static double onThreads(List<Path> files, TypeDetector types, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> halves = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                halves.add(pool.submit(() -> {
                    for (int i = first; i < files.size(); i += threads) {
                        Path f = files.get(i);
                        ContentType type = types.detect(f, f.getFileName().toString());
                        assertThat(type.mimeType()).isEqualTo(f.toString().endsWith(".pdf") ? "application/pdf" : DOCX);
                    }
                    return null;
                }));
            }
            for (Future<?> half : halves) {
                half.get();
            }
            return (System.nanoTime() - started) / 1e6 / files.size();
        } finally {
            pool.shutdown();
        }
    }
}
