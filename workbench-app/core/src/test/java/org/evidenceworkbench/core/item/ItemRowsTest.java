package org.evidenceworkbench.core.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemRowsTest {

    @TempDir
    Path tmp;

    @Test
    void streamsTheRowsOfTheChosenItemsInIdOrderWithTheirTimesAndTypes() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Path note = EvidenceFactory.textFile(evidence, "notes/todo.txt", "call back tomorrow");
        EvidenceFactory.modifiedAt(note, Instant.parse("2024-03-05T12:00:00Z"));
        EvidenceFactory.zip(evidence, "bag.zip", Map.of("inner.txt", EvidenceFactory.utf8("inside")));
        try (Case c = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(c, CaseTestSupport.options()).ingest(List.of(evidence));
            Map<String, ItemSummary> byPath = CaseTestSupport.itemsByPath(c);

            List<ItemRows.ItemRow> all = new ArrayList<>();
            new ItemRows(c).forEach(null, all::add);
            assertThat(all).extracting(ItemRows.ItemRow::id)
                    .containsExactlyElementsOf(byPath.values().stream().map(ItemSummary::id).sorted().toList());
            ItemRows.ItemRow todo = all.stream().filter(r -> r.path().equals("notes/todo.txt")).findFirst().orElseThrow();
            assertThat(todo.name()).isEqualTo("todo.txt");
            assertThat(todo.size()).isEqualTo(18);
            assertThat(todo.modifiedMillis()).isEqualTo(Instant.parse("2024-03-05T12:00:00Z").toEpochMilli());
            assertThat(todo.category()).isEqualTo(byPath.get("notes/todo.txt").category());
            assertThat(todo.sha256()).isEqualTo(byPath.get("notes/todo.txt").sha256());

            BitSet chosen = new BitSet();
            long inner = CaseTestSupport.item(byPath, "bag.zip!/inner.txt").id();
            chosen.set((int) inner);
            List<ItemRows.ItemRow> some = new ArrayList<>();
            new ItemRows(c).forEach(chosen, some::add);
            assertThat(some).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(inner);
                assertThat(r.name()).isEqualTo("inner.txt");
            });

            List<ItemRows.ItemRow> none = new ArrayList<>();
            new ItemRows(c).forEach(new BitSet(), none::add);
            assertThat(none).isEmpty();
        }
    }
}
