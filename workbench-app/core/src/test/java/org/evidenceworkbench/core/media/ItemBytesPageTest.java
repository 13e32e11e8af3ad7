package org.evidenceworkbench.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemBytesPageTest {

    @TempDir
    Path tmp;

    @Test
    void readsOnePageOfAnItemAcrossReadBuffersAndAShortLastPage() throws Exception {
        byte[] content = EvidenceFactory.randomBytes(7, 200_000);
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        EvidenceFactory.file(evidence, "blob.bin", content);
        try (Case c = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(c, CaseTestSupport.options()).ingest(List.of(evidence));
            long id = CaseTestSupport.item(CaseTestSupport.itemsByPath(c), "blob.bin").id();
            ItemBytes bytes = new ItemBytes(c);

            // a page straddling the 64 KiB read buffer boundary
            ItemBytes.Page middle = bytes.page(id, 65_000, 4096);
            assertThat(middle.offset()).isEqualTo(65_000);
            assertThat(middle.total()).isEqualTo(200_000);
            assertThat(middle.bytes()).isEqualTo(Arrays.copyOfRange(content, 65_000, 65_000 + 4096));

            ItemBytes.Page last = bytes.page(id, 198_000, 4096);
            assertThat(last.bytes()).isEqualTo(Arrays.copyOfRange(content, 198_000, 200_000));

            assertThat(bytes.page(id, 300_000, 4096).bytes()).isEmpty();
        }
    }

    @Test
    void refusesAPageOfAFileThatChangedSinceTheIngest() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Path file = EvidenceFactory.textFile(evidence, "letter.txt", "the original words");
        try (Case c = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(c, CaseTestSupport.options()).ingest(List.of(evidence));
            Map<String, ItemSummary> byPath = CaseTestSupport.itemsByPath(c);
            long id = CaseTestSupport.item(byPath, "letter.txt").id();
            Files.writeString(file, "other words now");

            assertThatThrownBy(() -> new ItemBytes(c).page(id, 0, 16))
                    .isInstanceOf(WorkbenchException.class)
                    .hasMessageContaining("has changed since it was ingested");
        }
    }
}
