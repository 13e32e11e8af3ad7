package org.evidenceworkbench.core.extract.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.testing.EvidenceFactory.docx;
import static org.evidenceworkbench.testing.EvidenceFactory.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.tika.config.TikaConfig;
import org.evidenceworkbench.core.extract.ParsedDocument;
import org.evidenceworkbench.core.extract.TikaDocumentParser;
import org.evidenceworkbench.core.item.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test of correctness: what parsing in a separate process costs. The same PDFs and DOCX
 * files are parsed on one thread in this JVM with {@link TikaDocumentParser} and through a
 * {@link ParserPool} process (already started and warmed up, as in an ingest after its first
 * document), each after a warm-up pass. Runs only with {@code -Pbench}; {@code bench.documents}
 * sets how many (default 400, half PDF, half DOCX, 40 paragraphs each).
 */
@Tag("benchmark")
class ParserIsolationBenchmarkTest {

    private static final String[] WORDS = {"invoice", "transfer", "meeting", "account", "delivery", "contract"};

    @TempDir
    Path tmp;

    @Test
    void inProcessAgainstAParserProcess() throws IOException {
        int count = Integer.getInteger("bench.documents", 400);
        Random random = new Random(7);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> lines = new ArrayList<>();
            for (int l = 0; l < 40; l++) {
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 12; w++) {
                    b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                lines.add(b.toString());
            }
            files.add(i % 2 == 0 ? pdf(tmp, "d" + i + ".pdf", "Report " + i, "Clerk", lines)
                    : docx(tmp, "d" + i + ".docx", "Memo " + i, "Clerk", lines));
        }
        TikaDocumentParser local = new TikaDocumentParser(TikaConfig.getDefaultConfig());
        ParserPool pool = ParserPool.withHeap(ParserLimits.DEFAULT_HEAP_MB);
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        Duration limit = ParserLimits.DEFAULT_TIMEOUT;

        long pooledStart = System.nanoTime();
        pool.parse(files.get(0), "warm-up.pdf", "application/pdf", true, 1_000_000, limit, scratch,
                (in, n, m) -> { }, 0);
        double startup = (System.nanoTime() - pooledStart) / 1e9;
        for (int pass = 0; pass < 2; pass++) { // the first pass warms both up
            long inProcess = 0;
            long isolated = 0;
            for (Path f : files) {
                String mime = f.toString().endsWith(".pdf") ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                long t0 = System.nanoTime();
                ParsedDocument a = local.parse(f, f.getFileName().toString(), mime, true, 1_000_000, (in, n, m) -> { });
                long t1 = System.nanoTime();
                ParsedDocument b = pool.parse(f, f.getFileName().toString(), mime, true, 1_000_000, limit, scratch,
                        (in, n, m) -> { }, Long.MAX_VALUE);
                long t2 = System.nanoTime();
                assertThat(b.outcome()).isEqualTo(Outcome.OK);
                assertThat(b.text()).isEqualTo(a.text());
                inProcess += t1 - t0;
                isolated += t2 - t1;
            }
            if (pass == 1) {
                // the one place a harness speaks: the report is its product
                System.out.println(String.format(Locale.ROOT, "BENCHMARK parser isolation: %d documents (PDF + DOCX), "
                                + "one thread: in process %.2f ms each, in a parser process %.2f ms each (+%.2f ms, "
                                + "%.0f%%); first parser process ready and warm-up parse in %.1f s",
                        count, inProcess / 1e6 / count, isolated / 1e6 / count, (isolated - inProcess) / 1e6 / count,
                        100.0 * (isolated - inProcess) / inProcess, startup));
            }
        }
    }
}
