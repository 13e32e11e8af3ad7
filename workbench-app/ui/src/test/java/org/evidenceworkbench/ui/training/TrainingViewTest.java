package org.evidenceworkbench.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestOptions;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.review.ReviewService;
import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.samples.Scenarios;
import org.evidenceworkbench.samples.Size;
import org.evidenceworkbench.ui.testing.FxViews;
import org.evidenceworkbench.ui.testing.OpenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training view on a generated fraud sample case: a trainee tags one key item with its
 * expected tag, and loading the answer key shows the score the CLI would give.
 */
class TrainingViewTest {

    @TempDir
    Path tmp;

    @Test
    void loadingTheKeyShowsTheTraineesScore() throws Exception {
        Path sample = tmp.resolve("sample");
        Scenarios.named("fraud").orElseThrow().generate(sample, Size.SMALL, 7);
        AnswerKey key = AnswerKey.read(sample.resolve("answer-key.json"));
        AnswerKey.Item first = key.items().get(0);
        Path caseDir = tmp.resolve("trainee");
        try (Case c = Case.create(caseDir, "Fraud training", "Trainee", null, null)) {
            new IngestService(c, IngestOptions.defaults().withThreads(2)).ingest(List.of(sample.resolve("evidence")));
            long id = new CaseQueries(c).show(first.path()).item().id();
            new ReviewService(c).tag(id, first.tags().isEmpty() ? "relevant" : first.tags().get(0), "Trainee");
        }
        try (OpenSession open = new OpenSession(caseDir, "Trainer")) {
            TrainingView view = FxViews.show(() -> new TrainingView(open.session()), 900, 700);
            CountDownLatch scored = new CountDownLatch(1);
            FxViews.onFx(() -> view.loadKey(sample.resolve("answer-key.json"), scored::countDown));
            FxViews.await(scored);

            assertThat(view.score().correct()).isEqualTo(1);
            assertThat(view.score().keyItems()).isEqualTo(key.items().size());
            String[] figures = FxViews.onFx(view::figures);
            assertThat(figures[0]).startsWith("100%  (1 of 1 surfaced items are in the key)");
            assertThat(figures[1]).startsWith(TrainingView.percent(1.0 / key.items().size()) + "  (1 of "
                    + key.items().size() + " key items surfaced)");
            assertThat(figures[4]).doesNotStartWith("–");
            long highMissed = key.items().stream().skip(1).filter(i -> i.priority() == AnswerKey.Priority.HIGH).count();
            assertThat(view.score().missedHighPriority()).hasSize((int) highMissed);
            assertThat(FxViews.onFx(view::missedText)).startsWith(highMissed == 0 ? "No high-priority"
                    : "High-priority items missed: ");
            assertThat(FxViews.colours(FxViews.snapshot(view.node()))).isGreaterThan(5);
            assertThat(open.errors()).isEmpty();
        }
    }
}
