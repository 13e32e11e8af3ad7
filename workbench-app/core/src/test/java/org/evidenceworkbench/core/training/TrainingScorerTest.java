package org.evidenceworkbench.core.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.evidenceworkbench.core.training.AnswerKey.ExpectedFinding;
import org.evidenceworkbench.core.training.AnswerKey.Item;
import org.evidenceworkbench.core.training.AnswerKey.Priority;
import org.evidenceworkbench.core.training.TraineeWork.Mark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring on constructed reviews: perfect, empty, half right, and marks inside or outside key items. */
class TrainingScorerTest {

    private static final ExpectedFinding CARD = new ExpectedFinding("card", "4111111111111111");
    private static final ExpectedFinding IBAN = new ExpectedFinding("iban", "GB82WEST12345698765432");
    private static final ExpectedFinding PHONE = new ExpectedFinding("phone", "+442079460018");
    private static final Instant START = Instant.parse("2025-03-14T09:00:00Z");

    private static final AnswerKey KEY = new AnswerKey(AnswerKey.FORMAT, "test", "small", 1, List.of(
            new Item("cards.xlsx", Priority.HIGH, "cards", List.of(CARD), List.of("relevant", "card-data")),
            new Item("mail/box.mbox", Priority.HIGH, "mail", List.of(IBAN), List.of("relevant")),
            new Item("notes/a.txt", Priority.MEDIUM, "note", List.of(PHONE), List.of("relevant")),
            new Item("notes/b.txt", Priority.LOW, "note", List.of(PHONE), List.of("relevant"))));

    @TempDir
    Path tmp;

    @Test
    void perfectTriageScoresFullMarks() {
        TrainingScore s = TrainingScorer.score(KEY, work(START.plusSeconds(3600),
                new Mark("cards.xlsx", Set.of("relevant", "card-data"), Set.of(CARD)),
                new Mark("mail/box.mbox!/message-2!/invoice.pdf", Set.of("relevant"), Set.of(IBAN)),
                new Mark("notes/a.txt", Set.of("relevant"), Set.of(PHONE)),
                new Mark("notes/b.txt", Set.of("relevant"), Set.of(PHONE))));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.missedHighPriority()).isEmpty();
        assertThat(s.notInKey()).isEmpty();
        assertThat(s.matchedTags()).isEqualTo(s.expectedTags()).isEqualTo(5);
        assertThat(s.confirmedFindings()).isEqualTo(s.expectedFindings()).isEqualTo(4);
        assertThat(s.timeTaken()).isEqualTo(Duration.ofHours(1));
        assertThat(s.people()).containsExactly("Trainee");
    }

    @Test
    void emptyTriageHasNoPrecisionNoRecallAndMissesEveryHighItem() {
        TrainingScore s = TrainingScorer.score(KEY, new TraineeWork(List.of(), Set.of(), START, null));
        assertThat(s.precision()).isNull();
        assertThat(s.recall()).isZero();
        assertThat(s.surfaced()).isZero();
        assertThat(s.missedHighPriority()).containsExactly("cards.xlsx", "mail/box.mbox");
        assertThat(s.matchedTags()).isZero();
        assertThat(s.timeTaken()).as("no decision, no time taken").isNull();
    }

    @Test
    void halfRightTriageScoresHalf() {
        // two of the four key items, one of them high; two unrelated files (three marks in one zip count once)
        TrainingScore s = TrainingScorer.score(KEY, work(START.plusSeconds(90),
                new Mark("cards.xlsx", Set.of("relevant"), Set.of()),
                new Mark("notes/a.txt", Set.of(), Set.of(PHONE)),
                new Mark("holiday.zip!/a.jpg", Set.of("relevant"), Set.of()),
                new Mark("holiday.zip!/b.jpg", Set.of("relevant"), Set.of()),
                new Mark("shopping.txt", Set.of("relevant"), Set.of())));
        assertThat(s.surfaced()).isEqualTo(4);
        assertThat(s.correct()).isEqualTo(2);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.missedHighPriority()).containsExactly("mail/box.mbox");
        assertThat(s.notInKey()).containsExactly("holiday.zip", "shopping.txt");
        assertThat(s.matchedTags()).isEqualTo(1);
        assertThat(s.confirmedFindings()).isEqualTo(1);
        assertThat(s.items()).filteredOn(TrainingScore.ItemResult::surfaced)
                .extracting(TrainingScore.ItemResult::path).containsExactly("cards.xlsx", "notes/a.txt");
    }

    @Test
    void keyRoundTripsThroughItsJsonForm() throws Exception {
        Path file = tmp.resolve("answer-key.json");
        KEY.write(file);
        assertThat(AnswerKey.read(file)).isEqualTo(KEY);
        assertThat(java.nio.file.Files.readString(file)).contains("\"priority\" : \"high\"");
    }

    private static TraineeWork work(Instant lastDecision, Mark... marks) {
        return new TraineeWork(List.of(marks), Set.of("Trainee"), START, lastDecision);
    }
}
