package org.evidenceworkbench.ui.timeline;

import java.util.Arrays;

/**
 * Counts of times in equal bins over a range, for the timeline's bars. The bin width is the
 * smallest "round" width (a minute, five minutes, a quarter hour, ... a year) that keeps the
 * number of bins within what the chart can draw, and bins start at multiples of the width, so
 * an hour bin starts on the hour. Counting uses binary search over the sorted times: the cost
 * follows the number of bins, not the number of items, so a million items redraw at once.
 */
public final class TimeBins {

    /** Bin widths in seconds, smallest first. */
    static final long[] WIDTHS = {60, 5 * 60, 15 * 60, 30 * 60, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86_400,
            7 * 86_400, 30 * 86_400, 365 * 86_400};

    private final long start;
    private final long width;
    private final long[] counts;

    private TimeBins(long start, long width, long[] counts) {
        this.start = start;
        this.width = width;
        this.counts = counts;
    }

    /**
     * Bins the {@code sorted} times that fall in {@code [from, to)} into at most {@code maxBins}
     * bins (or the fewest the widest width allows).
     */
    public static TimeBins of(long[] sorted, long from, long to, int maxBins) {
        long span = Math.max(1, to - from);
        long width = WIDTHS[WIDTHS.length - 1];
        for (long w : WIDTHS) {
            if (span / w + 2 <= maxBins) {
                width = w;
                break;
            }
        }
        long first = Math.floorDiv(from, width) * width;
        int n = (int) Math.max(1, Math.floorDiv(to - 1 - first, width) + 1);
        long[] counts = new long[n];
        int lower = lowerBound(sorted, first);
        for (int b = 0; b < n; b++) {
            int upper = lowerBound(sorted, first + (b + 1) * width);
            counts[b] = upper - lower;
            lower = upper;
        }
        return new TimeBins(first, width, counts);
    }

    /** The index of the first time not before {@code t}. */
    public static int lowerBound(long[] sorted, long t) {
        int i = Arrays.binarySearch(sorted, t);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == t) {
            i--;
        }
        return i;
    }

    public long start() {
        return start;
    }

    /** Seconds per bin. */
    public long width() {
        return width;
    }

    public int size() {
        return counts.length;
    }

    public long count(int bin) {
        return counts[bin];
    }

    public long end() {
        return start + width * counts.length;
    }

    public long max() {
        return Arrays.stream(counts).max().orElse(0);
    }
}
