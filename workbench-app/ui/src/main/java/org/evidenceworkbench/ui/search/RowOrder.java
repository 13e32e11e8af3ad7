package org.evidenceworkbench.ui.search;

import javafx.collections.ObservableListBase;

/**
 * The table's item list: row indexes into a {@link ResultRows}, in display order, computed on
 * demand. A list of a million rows is one int array (or nothing at all, in load order); the table
 * asks only for the rows it shows. Read-only: a new order is a new list.
 */
final class RowOrder extends ObservableListBase<Integer> {

    private final ResultRows rows;
    private final int[] order;
    private final ResultColumn sortedBy;
    private final boolean descending;

    /** Rows in load (id) order. */
    RowOrder(ResultRows rows) {
        this(rows, null, null, false);
    }

    RowOrder(ResultRows rows, int[] order, ResultColumn sortedBy, boolean descending) {
        this.rows = rows;
        this.order = order;
        this.sortedBy = sortedBy;
        this.descending = descending;
    }

    ResultRows rows() {
        return rows;
    }

    /** The column this list is sorted by, or null for load order. */
    ResultColumn sortedBy() {
        return sortedBy;
    }

    boolean descending() {
        return descending;
    }

    @Override
    public Integer get(int index) {
        return order == null ? index : order[index];
    }

    @Override
    public int size() {
        return rows.size();
    }
}
