package org.evidenceworkbench.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.core.CaseTestSupport.items;
import static org.evidenceworkbench.core.CaseTestSupport.itemsByPath;
import static org.evidenceworkbench.core.CaseTestSupport.listing;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;
import static org.evidenceworkbench.testing.EvidenceFactory.jpegBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.mbox;
import static org.evidenceworkbench.testing.EvidenceFactory.randomBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.tarGz;
import static org.evidenceworkbench.testing.EvidenceFactory.textFile;
import static org.evidenceworkbench.testing.EvidenceFactory.utf8;
import static org.evidenceworkbench.testing.EvidenceFactory.zip;
import static org.evidenceworkbench.testing.EvidenceFactory.zipInZip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.testing.EvidenceFactory.Mail;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest stopped part way (Ctrl-C, the window's stop button) is finished by running the same
 * ingest again: the case then holds exactly what an uninterrupted ingest gives, each item once,
 * including the members of a container that was half read when the stop came. A source already
 * complete is not ingested twice.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResumeIngestTest {

    /** The sources and the clean run's case, shared by the tests: an ingest never changes its sources. */
    @TempDir
    static Path shared;

    /** Each test's own cases. */
    @TempDir
    Path tmp;

    private Path first;
    private Path second;
    /** What an uninterrupted ingest of both sources gives. */
    private Set<String> expected;

    /**
     * Two sources made mostly of big containers, so a stop almost always lands inside one: a
     * folder with zips of 150 members each, a tar.gz and a mailbox, and a second folder.
     */
    @BeforeAll
    void buildSourcesAndACleanRun() throws IOException {
        first = Files.createDirectories(shared.resolve("sources/first"));
        for (int z = 1; z <= 3; z++) {
            Map<String, byte[]> members = new LinkedHashMap<>();
            for (int m = 1; m <= 150; m++) {
                members.put("folder-" + (m % 7) + "/member-" + m + ".txt",
                        utf8("zip " + z + " member " + m + " " + "x".repeat(m)));
            }
            members.put("random.bin", randomBytes(z, 50_000));
            zip(first, "bulk-" + z + ".zip", members);
        }
        Map<String, byte[]> tarMembers = new LinkedHashMap<>();
        for (int m = 1; m <= 50; m++) {
            tarMembers.put("logs/day-" + m + ".log", utf8("day " + m + "\n"));
        }
        tarGz(first, "logs.tar.gz", tarMembers);
        List<Mail> mails = new ArrayList<>();
        for (int m = 1; m <= 20; m++) {
            mails.add(new Mail("msg-" + m + "@example.test", "Sender " + m + " <s" + m + "@example.test>",
                    "Receiver <r@example.test>", "Message number " + m,
                    ZonedDateTime.of(2024, 1, 1, 0, 0, m, 0, ZoneOffset.UTC), "Body of message " + m,
                    "attachment-" + m + ".bin", randomBytes(100 + m, 500)));
        }
        mbox(first, "mail/box.mbox", mails);
        zipInZip(first, "nested.zip", "inner.zip", Map.of("deep.txt", utf8("deep")),
                Map.of("jpeg.jpg", jpegBytes(32, 32, 5)));
        for (int f = 1; f <= 20; f++) {
            textFile(first, "loose/file-" + f + ".txt", "loose file " + f);
        }

        second = Files.createDirectories(shared.resolve("sources/second"));
        for (int f = 1; f <= 10; f++) {
            textFile(second, "notes/note-" + f + ".txt", "second source note " + f);
        }
        zip(second, "small.zip", Map.of("one.txt", utf8("one"), "two.txt", utf8("two")));

        try (Case clean = newCase(shared.resolve("clean-case"))) {
            List<SourceResult> results = new IngestService(clean, options()).ingest(List.of(first, second));
            assertThat(results).extracting(SourceResult::status).containsOnly(SourceResult.Status.COMPLETE);
            expected = contentOf(clean);
        }
    }

    /** What a finished case must hold, independent of ids: each item's path, parent, content and outcome. */
    private static Set<String> contentOf(Case c) {
        Map<Long, String> pathById = new HashMap<>();
        List<ItemSummary> all = items(c);
        all.forEach(i -> pathById.put(i.id(), i.path()));
        Set<String> out = new TreeSet<>();
        for (ItemSummary i : all) {
            out.add(i.sourceId() + " | " + i.path() + " | parent=" + pathById.get(i.parentId()) + " | " + i.sha256()
                    + " | " + i.size() + " | " + i.outcome() + " | " + i.flags());
        }
        return out;
    }

    @Test
    void aStoppedIngestResumesToExactlyWhatACleanRunGives() throws IOException {
        Path caseDir = tmp.resolve("case");
        AtomicLong itemsWhenStopped = new AtomicLong(-1);

        try (Case c = newCase(caseDir)) {
            CancelSignal stop = new CancelSignal();
            List<SourceResult> stopped = new IngestService(c, options())
                    .cancelWith(stop)
                    .onProgress(p -> {
                        if (p.items() >= 20 && !stop.isCancelled()) {
                            itemsWhenStopped.set(p.items());
                            stop.cancel();
                        }
                    }, Duration.ofMillis(10))
                    .ingest(List.of(first, second));

            // the stop came during the first source; the second was never started
            assertThat(stopped).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(SourceResult.Status.INTERRUPTED);
                assertThat(r.location()).isEqualTo(first.toRealPath().toString());
            });
            assertThat(itemsWhenStopped.get()).isGreaterThanOrEqualTo(20);
            Map<String, ItemSummary> partial = itemsByPath(c);
            assertThat(partial.size()).as("items saved before the stop").isBetween(1, expected.size() - 1);
            assertThat(new CaseQueries(c).status().sources()).singleElement()
                    .satisfies(s -> assertThat(s.state()).isEqualTo("interrupted"));
            assertThat(listing(c.layout().tmpDir())).isEmpty();
        }

        // a later session runs the same ingest again
        try (Case c = Case.openForWriting(caseDir)) {
            List<SourceResult> resumed = new IngestService(c, options()).ingest(List.of(first, second));
            assertThat(resumed).extracting(SourceResult::status)
                    .containsExactly(SourceResult.Status.COMPLETE, SourceResult.Status.COMPLETE);
            assertThat(resumed).extracting(SourceResult::resumed).containsExactly(true, false);

            itemsByPath(c); // fails on any path held twice
            assertThat(contentOf(c)).isEqualTo(expected);
            assertThat(new CaseQueries(c).status().sources()).extracting(s -> s.state())
                    .containsOnly("complete");
            assertThat(items(c)).allSatisfy(i -> assertThat(new CaseQueries(c).show(Long.toString(i.id())).state())
                    .as("state of %s", i.path()).isEqualTo("done"));

            List<String> actions = new ArrayList<>();
            c.audit().forEach(e -> actions.add(e.action()));
            assertThat(actions).containsSubsequence("ingest.started", "ingest.interrupted", "ingest.started",
                    "ingest.completed", "ingest.started", "ingest.completed");
            assertThat(c.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aContainerHalfReadWhenStoppedIsFinishedWithoutLosingOrDoublingMembers() throws IOException {
        Path caseDir = tmp.resolve("case");
        List<String> openContainers = new ArrayList<>();
        // stop as early as the progress report allows, then later and later, until a stop lands
        // inside a container (the loose files may all be walked first and done within one report):
        // every attempt must still resume to the clean result
        for (int attempt = 1; attempt <= 5 && openContainers.isEmpty(); attempt++) {
            Path attemptCase = caseDir.resolveSibling("case-" + attempt);
            long stopAfter = attempt == 1 ? 1 : 25L << (attempt - 2); // 1, 25, 50, 100, 200 items
            try (Case c = newCase(attemptCase)) {
                CancelSignal stop = new CancelSignal();
                new IngestService(c, options()).cancelWith(stop)
                        .onProgress(p -> {
                            if (p.items() >= stopAfter) {
                                stop.cancel();
                            }
                        }, Duration.ofMillis(10))
                        .ingest(List.of(first));
                CaseQueries q = new CaseQueries(c);
                for (ItemSummary i : items(c)) {
                    if (q.show(Long.toString(i.id())).state().equals("open")) {
                        openContainers.add(i.path());
                        assertThat(i.category()).as("only containers are left open").isIn("archive", "email");
                    }
                }
            }
            try (Case c = Case.openForWriting(attemptCase)) {
                assertThat(new IngestService(c, options()).ingest(List.of(first, second)))
                        .extracting(SourceResult::status).containsOnly(SourceResult.Status.COMPLETE);
                assertThat(contentOf(c)).as("attempt %d", attempt).isEqualTo(expected);
            }
        }
        assertThat(openContainers).as("a stop landed inside a container in one of the attempts").isNotEmpty();
    }

    @Test
    void aCompletedSourceIsNotIngestedAgain() {
        Path caseDir = tmp.resolve("case");
        try (Case c = newCase(caseDir)) {
            assertThat(new IngestService(c, options()).ingest(List.of(second)))
                    .extracting(SourceResult::status).containsExactly(SourceResult.Status.COMPLETE);
        }
        try (Case c = Case.openForWriting(caseDir)) {
            Set<String> before = contentOf(c);
            List<AuditEntry> auditBefore = new ArrayList<>();
            c.audit().forEach(auditBefore::add);

            List<SourceResult> again = new IngestService(c, options()).ingest(List.of(second));
            assertThat(again).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(SourceResult.Status.ALREADY_INGESTED);
                assertThat(r.items()).isZero();
            });
            assertThat(contentOf(c)).isEqualTo(before);
            List<AuditEntry> auditAfter = new ArrayList<>();
            c.audit().forEach(auditAfter::add);
            assertThat(auditAfter).isEqualTo(auditBefore);
        }
    }
}
