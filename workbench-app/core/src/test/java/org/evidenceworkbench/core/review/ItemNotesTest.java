package org.evidenceworkbench.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidenceworkbench.testing.EvidenceFactory.textFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemNotesTest {

    @TempDir
    Path tmp;

    @Test
    void notesAreKeptInOrderWithTheirAuthorAndEachIsAudited() throws IOException {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        textFile(evidence, "chat.txt", "meet at the usual place");
        try (Case theCase = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(theCase, CaseTestSupport.options()).ingest(List.of(evidence));
            long chat = CaseTestSupport.itemsByPath(theCase).get("chat.txt").id();
            ItemNotes notes = new ItemNotes(theCase);

            notes.add(chat, "  'The usual place' is the car park, per witness 2.  ", "DC Jones");
            notes.add(chat, "Correction: witness 3, not 2.", "DS Patel");

            assertThat(notes.of(chat)).extracting(ItemNote::note, ItemNote::writtenBy).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("'The usual place' is the car park, per witness 2.", "DC Jones"),
                    org.assertj.core.groups.Tuple.tuple("Correction: witness 3, not 2.", "DS Patel"));
            List<AuditEntry> log = new ArrayList<>();
            theCase.audit().forEach(log::add);
            assertThat(log).filteredOn(e -> e.action().equals("item.noted")).hasSize(2)
                    .last().satisfies(e -> assertThat(e.details()).contains("Correction: witness 3").contains("DS Patel"));
            assertThat(theCase.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void anEmptyNoteANamelessOneAndOneOnAMissingItemAreRefusedInPlainWords() throws IOException {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        textFile(evidence, "a.txt", "a");
        try (Case theCase = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(theCase, CaseTestSupport.options()).ingest(List.of(evidence));
            long a = CaseTestSupport.itemsByPath(theCase).get("a.txt").id();
            ItemNotes notes = new ItemNotes(theCase);

            assertThatThrownBy(() -> notes.add(a, "   ", "DC Jones")).isInstanceOf(WorkbenchException.class)
                    .hasMessageContaining("1 to 4000 characters");
            assertThatThrownBy(() -> notes.add(a, "x".repeat(4001), "DC Jones")).isInstanceOf(WorkbenchException.class);
            assertThatThrownBy(() -> notes.add(a, "seen", " ")).isInstanceOf(WorkbenchException.class)
                    .hasMessageContaining("who writes");
            assertThatThrownBy(() -> notes.add(9999, "seen", "DC Jones")).isInstanceOf(WorkbenchException.class)
                    .hasMessageContaining("no item 9999");
            assertThat(notes.of(a)).isEmpty();
        }
    }
}
