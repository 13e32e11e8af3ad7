package org.evidenceworkbench.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.evidenceworkbench.core.training.AnswerKey.ExpectedFinding;
import org.evidenceworkbench.core.training.AnswerKey.Item;
import org.evidenceworkbench.core.training.AnswerKey.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key's JSON: a copy names its original, other items carry no such field, and older keys still read. */
class AnswerKeyTest {

    @TempDir
    Path tmp;

    @Test
    void aCopyNamesItsOriginalAndOtherItemsLeaveTheFieldOut() throws Exception {
        AnswerKey key = new AnswerKey(AnswerKey.FORMAT, "crowd-incident", "small", 3, List.of(
                new Item("media/S-0002/IMG-20250614-WA0011.jpg", Priority.LOW, "a copy", List.of(),
                        List.of("relevant", "duplicate"), "media/S-0001/IMG_20250614_141803.jpg"),
                new Item("media/S-0003/IMG_20250614_141900.jpg", Priority.MEDIUM, "a false claim",
                        List.of(new ExpectedFinding("claim-mismatch", null)), List.of("relevant"))));
        Path file = tmp.resolve("answer-key.json");
        key.write(file);

        assertThat(AnswerKey.read(file)).isEqualTo(key);
        String json = Files.readString(file);
        assertThat(json).containsOnlyOnce("\"duplicateOf\" : \"media/S-0001/IMG_20250614_141803.jpg\"");
        assertThat(json).contains("\"entity\" : null");
    }

    @Test
    void aKeyWrittenBeforeCopiesWereNamedReadsWithoutOriginals() throws Exception {
        Path file = Files.writeString(tmp.resolve("old.json"), """
                {"format": 1, "scenario": "fraud", "size": "small", "seed": 1, "items": [
                  {"path": "notes/todo.txt", "priority": "medium", "why": "a list",
                   "findings": [{"type": "phone", "entity": "+442079460461"}], "tags": ["relevant"]}]}
                """);
        AnswerKey key = AnswerKey.read(file);
        assertThat(key.items()).singleElement().satisfies(i -> {
            assertThat(i.duplicateOf()).isNull();
            assertThat(i.findings()).containsExactly(new ExpectedFinding("phone", "+442079460461"));
        });
    }
}
