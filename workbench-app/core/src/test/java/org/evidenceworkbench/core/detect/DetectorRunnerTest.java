package org.evidenceworkbench.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item's detectors run one after the other on the runner's helper thread: a detector that
 * hangs or throws in the middle costs its own findings only; those before it are kept, those
 * after it still run on the item, and the next item is served by a fresh thread.
 */
@Timeout(60)
class DetectorRunnerTest {

    /** Finds "{@code <letter>} saw {@code <text>}" on every item. */
    private static String finder(String letter) {
        return """
                package order;
                import java.util.Set;
                import org.evidenceworkbench.detector.*;
                public final class Finds%1$s implements Detector {
                    public DetectorInfo info() { return new DetectorInfo("order.%1$s", "1", "finds", Set.of()); }
                    public void detect(ItemView item, FindingSink findings) {
                        findings.report(new Finding("seen", "%1$s saw " + item.text(), "", null, 1, null, null));
                    }
                }
                """.formatted(letter);
    }

    /** Hangs, deaf to interrupts, on an item whose text is "hang"; throws on "throw"; else finds. */
    private static final String MOODY = """
            package order;
            import java.util.Set;
            import java.util.concurrent.locks.LockSupport;
            import org.evidenceworkbench.detector.*;
            public final class Moody implements Detector {
                public DetectorInfo info() { return new DetectorInfo("order.b", "2", "moody", Set.of()); }
                public void detect(ItemView item, FindingSink findings) {
                    if (item.text().equals("hang")) {
                        while (true) { LockSupport.park(); }
                    }
                    if (item.text().equals("throw")) {
                        throw new IllegalStateException("boom");
                    }
                    findings.report(new Finding("seen", "b saw " + item.text(), "", null, 1, null, null));
                }
            }
            """;

    @TempDir
    Path tmp;

    @Test
    void aDetectorThatHangsOrThrowsCostsOnlyItsOwnFindingsOnThatItem() throws Exception {
        Path plugins = Files.createDirectories(tmp.resolve("plugins"));
        Files.copy(PluginJars.build(tmp, "order", Map.of("order.Findsa", finder("a"), "order.Moody", MOODY,
                "order.Findsc", finder("c"))), plugins.resolve("order.jar"));
        DetectorCatalog catalog = DetectorCatalog.load(plugins).only(i -> i.info().id().startsWith("order."));

        try (DetectorRunner runner = new DetectorRunner(catalog, Duration.ofMillis(300))) {
            DetectorRunner.Result hung = runner.run(note("hang"));
            assertThat(hung.findings()).extracting(f -> f.detectorId() + ": " + f.finding().label())
                    .containsExactly("order.a: a saw hang", "order.c: c saw hang");
            assertThat(hung.failures()).extracting(f -> f.detectorId() + " " + f.detectorVersion() + ": " + f.error())
                    .singleElement().asString().startsWith("order.b 2: timed out after");

            DetectorRunner.Result after = runner.run(note("fine"));
            assertThat(after.findings()).extracting(f -> f.finding().label())
                    .containsExactly("a saw fine", "b saw fine", "c saw fine");
            assertThat(after.failures()).isEmpty();

            DetectorRunner.Result threw = runner.run(note("throw"));
            assertThat(threw.findings()).extracting(f -> f.finding().label())
                    .containsExactly("a saw throw", "c saw throw");
            assertThat(threw.failures()).extracting(DetectorFailure::error)
                    .containsExactly("failed: IllegalStateException: boom");
        }
    }

    /** A document whose extracted text is {@code text}, as the case keeps it after an ingest. */
    private static StoredItemView note(String text) {
        return new StoredItemView(1, "evidence/note.txt", "note.txt", "document", "text/plain", text.length(), null,
                null, null, null, text, null);
    }
}
