package org.evidenceworkbench.ui.testing;

import java.util.Arrays;
import java.util.Locale;

/** Durations of repeated steps on the FX thread, summarised for a benchmark's report line. */
public final class FxTimings {

    private final String what;
    private final double[] millis;
    private int n;

    public FxTimings(String what, int capacity) {
        this.what = what;
        this.millis = new double[capacity];
    }

    /** Runs {@code step} on the FX thread and records how long it held the thread. */
    public void time(Runnable step) {
        millis[n++] = FxViews.onFx(() -> {
            long t0 = System.nanoTime();
            step.run();
            return (System.nanoTime() - t0) / 1e6;
        });
    }

    public double max() {
        return Arrays.stream(millis, 0, n).max().orElse(0);
    }

    public String report() {
        double[] sorted = Arrays.copyOf(millis, n);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "BENCHMARK %s: %d steps, FX thread busy per step median %.1f ms, p99 %.1f ms,"
                + " max %.1f ms", what, n, sorted[n / 2], sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)],
                sorted[n - 1]);
    }
}
