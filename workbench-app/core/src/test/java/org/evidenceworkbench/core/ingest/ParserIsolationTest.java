package org.evidenceworkbench.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.core.CaseTestSupport.item;
import static org.evidenceworkbench.core.CaseTestSupport.itemsByPath;
import static org.evidenceworkbench.core.CaseTestSupport.listing;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;
import static org.evidenceworkbench.testing.EvidenceFactory.docx;
import static org.evidenceworkbench.testing.EvidenceFactory.eml;
import static org.evidenceworkbench.testing.EvidenceFactory.pdf;
import static org.evidenceworkbench.testing.EvidenceFactory.textFile;
import static org.evidenceworkbench.testing.EvidenceFactory.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.extract.isolation.ParserLimits;
import org.evidenceworkbench.core.extract.isolation.ParserPool;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.testing.Digests;
import org.evidenceworkbench.testing.EvidenceFactory.Mail;
import org.evidenceworkbench.testing.hostile.HangingParser;
import org.evidenceworkbench.testing.hostile.LoopingParser;
import org.evidenceworkbench.testing.hostile.MemoryEatingParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document is parsed in a separate parser process with a time and memory limit. Here real
 * Tika parsers that hang, spin for ever and eat all memory (test-only, found by Tika's service
 * loading) meet ordinary documents in one ingest: each bad file is recorded as timed out or
 * crashed with its hashes, the documents around them, the one inside an e-mail included, are
 * parsed as usual by the processes started in the killed ones' place, and nothing is left lying
 * in the case's scratch space.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParserIsolationTest {

    private static final Duration LIMIT = Duration.ofSeconds(3);

    @TempDir
    static Path tmp;

    private Path source;
    private Case theCase;
    private Map<String, ItemSummary> items;
    private List<SourceResult> results;

    @BeforeAll
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void ingestBesideHostileParsers() throws IOException {
        source = Files.createDirectories(tmp.resolve("evidence"));
        textFile(source, "bad/stuck.hang", HangingParser.MARKER + " waits for ever");
        textFile(source, "bad/spin.loop", LoopingParser.MARKER + " loops for ever");
        textFile(source, "bad/greedy.hog", MemoryEatingParser.MARKER + " claims a billion cells");
        pdf(source, "good/letter.pdf", "Letter", "Sam", List.of("Dear Sir, the goods are ready."));
        docx(source, "good/note.docx", "Note", "Sam", List.of("Meet at the harbour."));
        textFile(source, "good/plain.txt", "plain words\n");
        eml(source, "good/mail.eml", new Mail("m1@example.test", "A <a@example.test>", "B <b@example.test>",
                "Invoice", ZonedDateTime.of(2024, 2, 3, 10, 0, 0, 0, ZoneOffset.UTC), "see attached",
                "invoice.txt", utf8("invoice number 4471")));

        Path caseDir = tmp.resolve("case");
        try (Case c = newCase(caseDir)) {
            results = new IngestService(c, options().withParserLimits(new ParserLimits(LIMIT, 128)))
                    .ingest(List.of(source));
        }
        theCase = Case.openForReading(caseDir);
        items = itemsByPath(theCase);
    }

    @AfterAll
    void close() {
        if (theCase != null) {
            theCase.close();
        }
    }

    @Test
    void theIngestCompletesWithEveryItem() {
        assertThat(results).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(SourceResult.Status.COMPLETE));
        assertThat(items.keySet()).containsExactlyInAnyOrder("bad/stuck.hang", "bad/spin.loop", "bad/greedy.hog",
                "good/letter.pdf", "good/note.docx", "good/plain.txt", "good/mail.eml", "good/mail.eml!/invoice.txt");
    }

    @Test
    void aParserThatHangsOrLoopsIsStoppedAtTheTimeLimit() throws IOException {
        for (String path : List.of("bad/stuck.hang", "bad/spin.loop")) {
            ItemSummary i = item(items, path);
            assertThat(i.mimeType()).as(path).isEqualTo("application/x-workbench-" + path.substring(path.lastIndexOf(".") + 1));
            assertThat(i.outcome()).as(path).isEqualTo("timed_out");
            assertThat(i.reason()).as(path).contains("still busy after 3 s").contains("--parse-timeout");
            assertThat(i.sha256()).as("hashed before it was parsed").isEqualTo(Digests.sha256(source.resolve(path)));
        }
    }

    @Test
    void aParserThatExhaustsMemoryCostsOnlyItsDocument() throws IOException {
        ItemSummary hog = item(items, "bad/greedy.hog");
        assertThat(hog.outcome()).isEqualTo("crashed");
        assertThat(hog.reason()).contains("ran out of memory").contains("128 MB");
        assertThat(hog.sha256()).isEqualTo(Digests.sha256(source.resolve("bad/greedy.hog")));
    }

    @Test
    void documentsAroundThemAreParsedAsUsual() {
        CaseQueries q = new CaseQueries(theCase);
        assertThat(items.values()).filteredOn(i -> i.path().startsWith("good/"))
                .allSatisfy(i -> assertThat(i.outcome()).as(i.path()).isEqualTo("ok"));
        assertThat(q.text(item(items, "good/letter.pdf").id())).contains("the goods are ready");
        assertThat(q.text(item(items, "good/note.docx").id())).contains("Meet at the harbour");
        assertThat(q.show("good/note.docx").item().category()).isEqualTo("document");
        assertThat(q.show("good/mail.eml").mailSubject()).isEqualTo("Invoice");
        ItemSummary attachment = item(items, "good/mail.eml!/invoice.txt");
        assertThat(attachment.parentId()).isEqualTo(item(items, "good/mail.eml").id());
        assertThat(attachment.sha256()).isEqualTo(Digests.sha256(utf8("invoice number 4471")));
        assertThat(q.text(attachment.id())).contains("invoice number 4471");
    }

    @Test
    void theStoppedProcessesAreGoneAndNothingIsLeftInTheScratchSpace() throws IOException {
        assertThat(listing(theCase.layout().tmpDir())).isEmpty();
        // three processes were killed or died; what is left is at most one idle process per worker thread
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("-Xmx128m") && c.contains("ParserWorker"))).hasSizeLessThanOrEqualTo(2);
        assertThat(ParserPool.withHeap(128).processesStarted()).isGreaterThanOrEqualTo(3);
    }
}
