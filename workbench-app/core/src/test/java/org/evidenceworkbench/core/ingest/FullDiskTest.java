package org.evidenceworkbench.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidenceworkbench.core.CaseTestSupport.items;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;
import static org.evidenceworkbench.testing.EvidenceFactory.randomBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.textFile;
import static org.evidenceworkbench.testing.EvidenceFactory.zip;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case on a real, nearly full filesystem (a small tmpfs mounted for the test): the ingest stops
 * with the plain full-disk message instead of recording good items as damaged, the case still
 * opens and shows the source as not finished, and once space is freed the same ingest resumes
 * and ends with exactly the items of a clean run.
 */
class FullDiskTest {

    /** What is left free on the small disk once the case exists: less than one zip member. */
    private static final long LEFT_FREE = 2L << 20;
    private static final int MEMBER_BYTES = 4 << 20;

    @TempDir
    Path tmp;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws IOException {
        disk = Files.createDirectories(tmp.resolve("disk"));
        run("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", disk.toString());
        mounted = true;
    }

    @AfterEach
    void unmount() throws IOException {
        if (mounted) {
            run("umount", disk.toString());
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aFullDiskStopsTheIngestPlainlyAndItResumesOnceSpaceIsFreed() throws IOException {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        for (int i = 0; i < 20; i++) {
            textFile(evidence, "notes/note-" + i + ".txt", "note number " + i);
        }
        Map<String, byte[]> members = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            members.put("blob-" + i + ".bin", randomBytes(i, MEMBER_BYTES)); // random: the zip cannot shrink them
        }
        zip(evidence, "phone.zip", members);

        Path caseDir = disk.resolve("case");
        newCase(caseDir).close();
        Path ballast = disk.resolve("ballast.bin");
        try (RandomAccessFile f = new RandomAccessFile(ballast.toFile(), "rw")) {
            long fill = Files.getFileStore(disk).getUsableSpace() - LEFT_FREE;
            byte[] block = new byte[1 << 20];
            for (long done = 0; done < fill; done += block.length) {
                f.write(block, 0, (int) Math.min(block.length, fill - done)); // written, so tmpfs really holds it
            }
        }

        try (Case c = Case.openForWriting(caseDir)) {
            assertThatThrownBy(() -> new IngestService(c, options()).ingest(List.of(evidence)))
                    .isInstanceOf(WorkbenchException.class)
                    .hasMessage("The disk holding the case is full; free some space, then run the same command "
                            + "again to resume.");
        }

        try (Case c = Case.openForReading(caseDir)) {
            CaseQueries q = new CaseQueries(c);
            assertThat(q.status().sources()).singleElement()
                    .satisfies(s -> assertThat(s.state()).isNotEqualTo("complete"));
            assertThat(items(c)).as("no item was recorded as damaged for the disk's sake")
                    .noneMatch(i -> i.outcome().equals("corrupt") || i.outcome().equals("unreadable"));
        }

        Files.delete(ballast);
        List<SourceResult> resumed;
        try (Case c = Case.openForWriting(caseDir)) {
            resumed = new IngestService(c, options()).ingest(List.of(evidence));
        }
        assertThat(resumed).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(SourceResult.Status.COMPLETE);
            assertThat(r.resumed()).isTrue();
        });

        Path cleanDir = tmp.resolve("clean");
        try (Case c = newCase(cleanDir)) {
            new IngestService(c, options()).ingest(List.of(evidence));
        }
        assertThat(keys(caseDir)).hasSize(20 + 1 + 5).isEqualTo(keys(cleanDir));
    }

    private static List<String> keys(Path caseDir) {
        try (Case c = Case.openForReading(caseDir)) {
            return items(c).stream().map(FullDiskTest::key).sorted().toList();
        }
    }

    private static String key(ItemSummary i) {
        return i.path() + " " + i.sha256() + " " + i.outcome() + " " + i.size();
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed (this test needs root, as CI has, to "
                        + "mount a small filesystem): " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
