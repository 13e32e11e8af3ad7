package org.evidenceworkbench.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;

import org.evidenceworkbench.ui.testing.FxTimings;
import org.evidenceworkbench.ui.testing.FxViews;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The timeline chart with 1,000,000 item times over two years: how long each redraw (binning included) holds the FX thread. */
@Tag("benchmark")
class TimelineBenchmarkTest {

    private static final int ITEMS = 1_000_000;

    @Test
    void aMillionTimesRedrawWithoutHoldingTheFxThread() {
        long start = LocalDateTime.parse("2023-01-01T00:00").toEpochSecond(ZoneOffset.UTC);
        Random random = new Random(3);
        long[] times = new long[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            times[i] = start + (long) (random.nextDouble() * 730 * 86_400);
        }
        Arrays.sort(times);
        TimelineChart chart = FxViews.onFx(() -> {
            TimelineChart c = new TimelineChart((a, b) -> { });
            FxViews.stage().setScene(new Scene(c, 1200, 800));
            FxViews.stage().show();
            return c;
        });
        FxTimings load = new FxTimings("timeline of 1,000,000 items, first draw", 1);
        load.time(() -> chart.setTimes(times));
        FxTimings redraw = new FxTimings("timeline of 1,000,000 items, redraw after selecting or zooming", 200);
        for (int i = 0; i < 100; i++) {
            long from = times[random.nextInt(ITEMS)];
            redraw.time(() -> chart.setSelection(from, from + 3600));
        }
        for (int i = 0; i < 100; i++) {
            double x = 100 + random.nextInt(1000);
            double delta = i % 20 < 10 ? 40 : -40;
            redraw.time(() -> chart.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, x, 100, x, 100, false, false, false,
                    false, false, false, 0, delta, 0, delta, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        }
        System.out.println(load.report());
        System.out.println(redraw.report());
        FxViews.onFx(chart::showAll);
        TimeBins bins = FxViews.onFx(chart::bins);
        assertThat(LongStream.range(0, bins.size()).map(b -> bins.count((int) b)).sum()).isEqualTo(ITEMS);
    }
}
