package org.evidenceworkbench.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.ui.testing.FxViews.onFx;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.LongStream;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;

import org.evidenceworkbench.core.item.ItemTimes;
import org.evidenceworkbench.ui.session.ItemFilter;
import org.evidenceworkbench.ui.testing.FxViews;
import org.evidenceworkbench.ui.testing.GeneratedCase;
import org.evidenceworkbench.ui.testing.OpenSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;

/** The timeline on a real case: the bars count the items, and dragging over an hour filters to that hour's items. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineViewTest {

    private GeneratedCase generated;
    private OpenSession open;
    private TimelineView view;

    @BeforeAll
    void showTimeline() {
        generated = GeneratedCase.shared();
        open = new OpenSession(generated.caseDir(), "DC Timeline");
        view = FxViews.show(() -> new TimelineView(open.session()), 900, 700);
    }

    @AfterAll
    void close() {
        open.close();
    }

    @Test
    void draggingOverAnHourFiltersToThePicturesTakenThen() {
        TimeBins bins = onFx(view::bins);
        assertThat(LongStream.range(0, bins.size()).map(b -> bins.count((int) b)).sum()).isEqualTo(4);
        assertThat(FxViews.colours(FxViews.snapshot(view.node()))).isGreaterThan(20);

        long from = seconds("2024-03-12T14:00");
        long to = seconds("2024-03-12T15:00");
        long inside = bins.width() / 4;
        Point2D start = onFx(() -> view.chart().localToScreen(view.xOf(from + inside), 100));
        Point2D end = onFx(() -> view.chart().localToScreen(view.xOf(to - inside), 100));
        new FxRobot().moveTo(start).press(MouseButton.PRIMARY).moveTo(end).release(MouseButton.PRIMARY);

        ItemFilter filter = open.session().filter().get();
        assertThat(filter).isNotNull();
        assertThat(filter.label()).isEqualTo("Taken 12/03/2024 14:00 – 15:00");
        assertThat(filter.itemIds().stream().boxed().toList()).containsExactlyInAnyOrder(
                (int) generated.id("london-1.jpg"), (int) generated.id("london-2.jpg"));

        new FxRobot().type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(open.session().filter().get()).isNull();
        assertThat(open.errors()).isEmpty();
    }

    @Test
    void choosingModifiedTimesShowsEveryFile() {
        FxViews.onFx(() -> view.kind().setValue(ItemTimes.Kind.MODIFIED));
        FxViews.reload(view);
        TimeBins bins = onFx(view::bins);
        assertThat(LongStream.range(0, bins.size()).map(b -> bins.count((int) b)).sum()).isEqualTo(10);
        FxViews.onFx(() -> view.kind().setValue(ItemTimes.Kind.TAKEN));
        FxViews.reload(view);
    }

    private static long seconds(String local) {
        return LocalDateTime.parse(local).toEpochSecond(ZoneOffset.UTC);
    }
}
