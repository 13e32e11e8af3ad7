package org.evidenceworkbench.core.extract.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.evidenceworkbench.core.extract.ParsedDocument;
import org.evidenceworkbench.core.item.Outcome;
import org.evidenceworkbench.testing.hostile.HangingParser;
import org.evidenceworkbench.testing.hostile.WaitingParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest's threads share one parser process. When it has to be killed for a document that
 * hangs, a good document that was being parsed beside it at that moment must not pay: it is parsed
 * again alone and comes out as if nothing had happened.
 */
class SharedParserProcessTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aDocumentParsedBesideOneThatHangsIsParsedAgainAloneAndComesOutWhole() throws Exception {
        ParserPool pool = ParserPool.withHeap(160); // a pool of its own: no other test's process
        Path scratch = Files.createDirectories(tmp.resolve("scratch"));
        Path signals = Files.createDirectories(tmp.resolve("signals"));
        Path signal = signals.resolve("go");
        Path good = Files.writeString(tmp.resolve("patient.wait"), WaitingParser.MARKER + signal,
                StandardCharsets.UTF_8);
        Path bad = Files.writeString(tmp.resolve("stuck.hang"), HangingParser.MARKER + " waits for ever",
                StandardCharsets.UTF_8);

        CompletableFuture<ParsedDocument> patient = CompletableFuture.supplyAsync(() -> pool.parse(good,
                "patient.wait", "application/x-workbench-wait", true, 1_000, Duration.ofMinutes(2), scratch,
                (in, n, m) -> { }, 0));
        awaitFile(signals, signal.resolveSibling("go.started")); // the good one is in the process now

        ParsedDocument stuck = pool.parse(bad, "stuck.hang", "application/x-workbench-hang", true, 1_000,
                Duration.ofSeconds(2), scratch, (in, n, m) -> { }, 0);
        assertThat(stuck.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(stuck.reason()).contains("still busy after 2 s");

        Files.writeString(signal, "go"); // the good one's second try, alone in a fresh process, may finish
        ParsedDocument whole = patient.get(2, TimeUnit.MINUTES);
        assertThat(whole.outcome()).isEqualTo(Outcome.OK);
        assertThat(whole.text()).contains("waited for the signal");
        assertThat(pool.processesStarted()).as("the killed process and the fresh one").isEqualTo(2);
    }

    private static void awaitFile(Path dir, Path file) throws Exception {
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            while (!Files.exists(file)) {
                watch.poll(10, TimeUnit.SECONDS); // woken by the file's creation
            }
        }
    }
}
