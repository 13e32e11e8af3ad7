package org.evidenceworkbench.ui.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Durations of repeated steps on the FX thread, summarised for a benchmark's report line: the
 * wall-clock time each step held the thread, and the CPU time the thread itself used for it.
 * On a machine shared with other builds the two differ: wall time then includes waiting for a
 * core, CPU time is what the step costs.
 */
public final class FxTimings {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String what;
    private final double[] wallMillis;
    private final double[] cpuMillis;
    private int n;

    public FxTimings(String what, int capacity) {
        this.what = what;
        this.wallMillis = new double[capacity];
        this.cpuMillis = new double[capacity];
    }

    /** Runs {@code step} on the FX thread and records how long it held the thread. */
    public void time(Runnable step) {
        double[] both = FxViews.onFx(() -> {
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            step.run();
            return new double[] {(System.nanoTime() - t0) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6};
        });
        wallMillis[n] = both[0];
        cpuMillis[n] = both[1];
        n++;
    }

    public String report() {
        return String.format(Locale.ROOT, "BENCHMARK %s: %d steps; FX thread wall time per step %s; its CPU time %s",
                what, n, summary(wallMillis), summary(cpuMillis));
    }

    private String summary(double[] values) {
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.1f ms, p99 %.1f ms, max %.1f ms", sorted[n / 2],
                sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], sorted[n - 1]);
    }
}
