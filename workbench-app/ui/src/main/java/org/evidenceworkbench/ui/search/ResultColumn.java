package org.evidenceworkbench.ui.search;

import java.time.Instant;
import java.util.Comparator;

import org.evidenceworkbench.ui.views.Formats;

/** The columns a results table can show: what each is called, how its cell reads and how it sorts. */
public enum ResultColumn {
    ID("Id", 70, (r, i) -> Long.toString(r.id(i)), longs(ResultRows::id)),
    NAME("Name", 220, ResultRows::name, strings(ResultRows::name)),
    TYPE("Type", 90, (r, i) -> blank(r.category(i)), strings(ResultRows::category)),
    SIZE("Size", 80, (r, i) -> Formats.bytes(r.size(i)), longs(ResultRows::size)),
    MODIFIED("Modified", 130, (r, i) -> r.modified(i) == Long.MIN_VALUE ? ""
            : Formats.london(Instant.ofEpochMilli(r.modified(i))), longs(ResultRows::modified)),
    TAKEN("Taken", 130, (r, i) -> Formats.cameraTime(r.taken(i)), strings(ResultRows::taken)),
    PATH("Path", 360, ResultRows::path, strings(ResultRows::path)),
    MIME("MIME type", 140, (r, i) -> blank(r.mimeType(i)), strings(ResultRows::mimeType)),
    OUTCOME("Outcome", 90, (r, i) -> blank(r.outcome(i)), strings(ResultRows::outcome)),
    SHA256("SHA-256", 200, (r, i) -> blank(r.sha256(i)), strings(ResultRows::sha256));

    /** Shown when the user has not chosen: the columns an investigator reads first. */
    public static final ResultColumn[] DEFAULTS = {NAME, TYPE, SIZE, MODIFIED, TAKEN, PATH};

    /** Reads one cell of a row. */
    @FunctionalInterface
    interface Cell<T> {
        T read(ResultRows rows, int row);
    }

    /** Compares two rows. */
    @FunctionalInterface
    interface RowComparator {
        int compare(ResultRows rows, int a, int b);
    }

    private final String title;
    private final double width;
    private final Cell<String> text;
    private final RowComparator order;

    ResultColumn(String title, double width, Cell<String> text, RowComparator order) {
        this.title = title;
        this.width = width;
        this.text = text;
        this.order = order;
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

    /** Orders row indexes of {@code rows} by this column; the id breaks ties so the order is stable. */
    public Comparator<Integer> comparator(ResultRows rows) {
        Comparator<Integer> c = (a, b) -> order.compare(rows, a, b);
        return c.thenComparingLong(rows::id);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static RowComparator longs(LongCell value) {
        return (rows, a, b) -> Long.compare(value.read(rows, a), value.read(rows, b));
    }

    /** Reads a number from a row without boxing it. */
    @FunctionalInterface
    interface LongCell {
        long read(ResultRows rows, int row);
    }

    private static RowComparator strings(Cell<String> value) {
        // case-insensitive, empty values last, as a user expects of a name list
        return (rows, a, b) -> {
            String x = value.read(rows, a);
            String y = value.read(rows, b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return String.CASE_INSENSITIVE_ORDER.compare(x, y);
        };
    }
}
