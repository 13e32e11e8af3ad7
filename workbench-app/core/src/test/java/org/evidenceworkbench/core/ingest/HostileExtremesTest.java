package org.evidenceworkbench.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.core.CaseTestSupport.item;
import static org.evidenceworkbench.core.CaseTestSupport.itemsByPath;
import static org.evidenceworkbench.core.CaseTestSupport.listing;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;
import static org.evidenceworkbench.testing.EvidenceFactory.deepFolders;
import static org.evidenceworkbench.testing.EvidenceFactory.docx;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4;
import static org.evidenceworkbench.testing.EvidenceFactory.pngDeclaring;
import static org.evidenceworkbench.testing.EvidenceFactory.scenes;
import static org.evidenceworkbench.testing.EvidenceFactory.sparseFile;
import static org.evidenceworkbench.testing.EvidenceFactory.truncated;
import static org.evidenceworkbench.testing.EvidenceFactory.truncatedPng;
import static org.evidenceworkbench.testing.EvidenceFactory.unreadableFile;
import static org.evidenceworkbench.testing.EvidenceFactory.utf8;
import static org.evidenceworkbench.testing.EvidenceFactory.zipOfMany;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.testing.Digests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sizes and shapes of hostile evidence, beside {@link HostileInputTest}'s broken files:
 * 2,000 nested folders, a zip of very many members, a picture declaring 100,000 × 100,000 pixels,
 * a 2 GB sparse file, a file whose read fails, and a PNG, a DOCX and an MP4 cut off part way. One ingest takes them all;
 * each ends with its outcome and reason, and the case's scratch space is empty afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileExtremesTest {

    private static final int DEPTH = 2_000;
    /**
     * Members of the big zip. 100,000 (the figure, {@code -Dhostile.zipMembers=100000}) take
     * minutes at the ingest's few hundred items a second per core, too long for every build; the
     * default proves the same path and the benchmark profile runs the full count (docs/performance.md).
     */
    private static final int MEMBERS = Integer.getInteger("hostile.zipMembers", 10_000);
    private static final long SPARSE_BYTES = 2L << 30;

    @TempDir
    static Path tmp;

    private Path source;
    private Case theCase;
    private CaseQueries queries;
    private Map<String, ItemSummary> items;
    private List<SourceResult> results;
    private String deepPath;
    private AutoCloseable unreadable;

    @BeforeAll
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void ingestTheExtremes() throws IOException {
        source = Files.createDirectories(tmp.resolve("e"));
        deepPath = source.relativize(deepFolders(source, DEPTH, "leaf.txt", utf8("at the bottom"))).toString();
        zipOfMany(source, "many.zip", MEMBERS);
        pngDeclaring(source, "pictures/bomb.png", 100_000, 100_000);
        truncatedPng(source, "pictures/cut.png");
        truncated(docx(source, "documents/cut.docx", "Cut", "Sam", List.of("half a memo")), 0.5);
        truncated(mp4(source, "videos/cut.mp4", 10, scenes(160, 120, 1.0, 1.0)), 0.5);
        sparseFile(source, "images/disk.img", SPARSE_BYTES);
        unreadable = unreadableFile(source, "locked/unreadable.txt");

        Path caseDir = tmp.resolve("case");
        try (Case c = newCase(caseDir)) {
            results = new IngestService(c, options()).ingest(List.of(source));
        }
        theCase = Case.openForReading(caseDir);
        queries = new CaseQueries(theCase);
        items = itemsByPath(theCase);
    }

    @AfterAll
    void close() throws Exception {
        if (theCase != null) {
            theCase.close();
        }
        if (unreadable != null) {
            unreadable.close();
        }
        // JUnit's clean-up resolves every folder's real path, which costs the square of the depth
        // (minutes for 2,000 levels); rm works relative to each folder and takes a moment
        Process rm = new ProcessBuilder("rm", "-rf", source.resolve("d").toString()).inheritIO().start();
        assertThat(rm.waitFor(5, TimeUnit.MINUTES)).isTrue();
    }

    @Test
    void theIngestCompletesWithEveryItemAndItsReason() throws IOException {
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(SourceResult.Status.COMPLETE);
            assertThat(r.items()).isEqualTo(items.size());
        });
        assertThat(items).hasSize(1 + 1 + MEMBERS + 5 + 1);
        assertThat(items.values()).filteredOn(i -> !i.outcome().equals("ok"))
                .allSatisfy(i -> assertThat(i.reason()).as(i.path()).isNotBlank());
        assertThat(listing(theCase.layout().tmpDir())).isEmpty();
    }

    @Test
    void aFileTwoThousandFoldersDownIsAnOrdinaryItem() {
        assertThat(deepPath.split("/")).hasSize(DEPTH + 1);
        ItemSummary leaf = item(items, deepPath);
        assertThat(leaf.outcome()).isEqualTo("ok");
        assertThat(leaf.sha256()).isEqualTo(Digests.sha256(utf8("at the bottom")));
        assertThat(queries.text(leaf.id())).isEqualTo("at the bottom");
    }

    @Test
    void everyMemberOfAVeryLargeZipIsKept() {
        ItemSummary zip = item(items, "many.zip");
        assertThat(zip.outcome()).isEqualTo("ok");
        List<ItemSummary> members = items.values().stream().filter(i -> i.path().startsWith("many.zip!/")).toList();
        assertThat(members).hasSize(MEMBERS).allSatisfy(m -> {
            assertThat(m.parentId()).isEqualTo(zip.id());
            assertThat(m.outcome()).isEqualTo("ok");
        });
        int n = MEMBERS - 1;
        ItemSummary last = item(items, "many.zip!/store/" + n / 1000 + "/m" + n + ".txt");
        assertThat(last.sha256()).isEqualTo(Digests.sha256(utf8("message " + n + "\n")));
    }

    @Test
    void aPictureDeclaringTenBillionPixelsIsNeverDecoded() throws IOException {
        ItemSummary bomb = item(items, "pictures/bomb.png");
        assertThat(bomb.mimeType()).isEqualTo("image/png");
        assertThat(bomb.flags()).contains("picture_too_large");
        assertThat(bomb.sha256()).isEqualTo(Digests.sha256(source.resolve("pictures/bomb.png")));
        ItemDetail detail = queries.show("pictures/bomb.png");
        assertThat(detail.metadata()).extractingByKey("workbench").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("pictureTooLarge",
                "100000x100000 pixels declared; not decoded");
    }

    @Test
    void cutOffPicturesDocumentsAndVideosAreCorruptButHashed() throws IOException {
        for (String path : List.of("pictures/cut.png", "documents/cut.docx", "videos/cut.mp4")) {
            ItemSummary i = item(items, path);
            assertThat(i.outcome()).as(path).isEqualTo("corrupt");
            assertThat(i.reason()).as(path).isNotBlank();
            assertThat(i.sha256()).as(path).isEqualTo(Digests.sha256(source.resolve(path)));
        }
    }

    @Test
    void aFileThatCannotBeReadIsUnreadableWithTheSystemsWords() {
        ItemSummary locked = item(items, "locked/unreadable.txt");
        assertThat(locked.outcome()).isEqualTo("unreadable");
        assertThat(locked.reason()).startsWith("could not be read").contains("check the source");
        assertThat(locked.sha256()).as("no hash of bytes never read").isNull();
    }

    @Test
    void aTwoGigabyteSparseFileIsReadWholeAndHashed() throws IOException, NoSuchAlgorithmException {
        ItemSummary image = item(items, "images/disk.img");
        assertThat(image.outcome()).as(image.reason()).isIn("ok", "empty");
        assertThat(image.size()).isEqualTo(SPARSE_BYTES);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream zeros = new DigestInputStream(InputStream.nullInputStream(), sha256)) {
            byte[] block = new byte[1 << 20];
            for (long done = 0; done < SPARSE_BYTES; done += block.length) {
                sha256.update(block);
            }
        }
        assertThat(image.sha256()).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }
}
