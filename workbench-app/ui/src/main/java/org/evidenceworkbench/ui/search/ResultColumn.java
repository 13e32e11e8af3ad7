package org.evidenceworkbench.ui.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.evidenceworkbench.ui.views.Formats;

/** The columns a results table can show: what each is called, how its cell reads and how it sorts. */
public enum ResultColumn {
    ID("Id", 70, (r, i) -> Long.toString(r.id(i)), ResultRows::id, null),
    NAME("Name", 220, ResultRows::name, null, ResultRows::name),
    TYPE("Type", 100, (r, i) -> blank(r.category(i)), null, ResultRows::category),
    SIZE("Size", 80, (r, i) -> Formats.bytes(r.size(i)), ResultRows::size, null),
    MODIFIED("Modified", 140, (r, i) -> r.modified(i) == Long.MIN_VALUE ? ""
            : Formats.london(Instant.ofEpochMilli(r.modified(i))), ResultRows::modified, null),
    TAKEN("Taken", 140, (r, i) -> Formats.cameraTime(r.taken(i)), null, ResultRows::taken),
    PATH("Path", 360, ResultRows::path, null, ResultRows::path),
    MIME("MIME type", 140, (r, i) -> blank(r.mimeType(i)), null, ResultRows::mimeType),
    OUTCOME("Outcome", 90, (r, i) -> blank(r.outcome(i)), null, ResultRows::outcome),
    SHA256("SHA-256", 200, (r, i) -> blank(r.sha256(i)), null, ResultRows::sha256);

    /** Shown when the user has not chosen: the columns an investigator reads first. */
    public static final ResultColumn[] DEFAULTS = {NAME, TYPE, SIZE, MODIFIED, TAKEN, PATH};

    /** Reads one cell of a row. */
    @FunctionalInterface
    interface Cell<T> {
        T read(ResultRows rows, int row);
    }

    /** Reads a number from a row without boxing it. */
    @FunctionalInterface
    interface LongCell {
        long read(ResultRows rows, int row);
    }

    private final String title;
    private final double width;
    private final Cell<String> text;
    private final LongCell numberKey;
    private final Cell<String> textKey;

    /** A column sorts by a number ({@code numberKey}) or, case-insensitively, by text ({@code textKey}). */
    ResultColumn(String title, double width, Cell<String> text, LongCell numberKey, Cell<String> textKey) {
        this.title = title;
        this.width = width;
        this.text = text;
        this.numberKey = numberKey;
        this.textKey = textKey;
    }

    public String title() {
        return title;
    }

    public double width() {
        return width;
    }

    /** The cell's text for row {@code row}. */
    public String text(ResultRows rows, int row) {
        return text.read(rows, row);
    }

    /**
     * Row indexes of {@code rows} in this column's order; the id breaks ties so the order is stable.
     * Each row's sort key is computed once (a lower-cased copy for text), not at every comparison,
     * so a million rows sort in seconds; call it off the FX thread.
     */
    int[] order(ResultRows rows, boolean descending) {
        int n = rows.size();
        Comparator<Integer> byKey;
        if (numberKey != null) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = numberKey.read(rows, i);
            }
            byKey = (a, b) -> Long.compare(keys[a], keys[b]);
        } else {
            String[] keys = new String[n];
            for (int i = 0; i < n; i++) {
                String v = textKey.read(rows, i);
                keys[i] = v == null || v.isEmpty() ? null : v.toLowerCase(Locale.ROOT);
            }
            // empty values come last, whichever the direction
            int last = descending ? -1 : 1;
            byKey = (a, b) -> keys[a] == null || keys[b] == null
                    ? (keys[a] == null ? (keys[b] == null ? 0 : last) : -last)
                    : keys[a].compareTo(keys[b]);
        }
        Comparator<Integer> order = byKey.thenComparingLong(rows::id);
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, descending ? order.reversed() : order);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
