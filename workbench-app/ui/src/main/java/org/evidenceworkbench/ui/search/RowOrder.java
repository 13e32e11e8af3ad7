package org.evidenceworkbench.ui.search;

import java.util.AbstractList;
import java.util.List;

import javafx.collections.ObservableListBase;

/**
 * The table's item list: row indexes into a {@link ResultRows}, in display order, computed on
 * demand. A million rows cost one int array (or nothing at all, in load order); the table asks
 * only for the rows it shows. The table keeps this one list for its life and its content is
 * replaced, because a {@code TableView} given a new list forgets the user's sort order.
 */
final class RowOrder extends ObservableListBase<Integer> {

    private ResultRows rows = new ResultRows(0);
    private int[] order;
    private ResultColumn sortedBy;
    private boolean descending;

    ResultRows rows() {
        return rows;
    }

    /** The column the rows are ordered by, or null for load (id) order. */
    ResultColumn sortedBy() {
        return sortedBy;
    }

    boolean descending() {
        return descending;
    }

    /** Shows {@code newRows} in {@code newOrder} (null: load order), telling the table all rows changed. */
    void replace(ResultRows newRows, int[] newOrder, ResultColumn by, boolean desc) {
        List<Integer> removed = view(rows, order);
        rows = newRows;
        order = newOrder;
        sortedBy = by;
        descending = desc;
        beginChange();
        if (!removed.isEmpty()) {
            nextRemove(0, removed);
        }
        if (newRows.size() > 0) {
            nextAdd(0, newRows.size());
        }
        endChange();
    }

    @Override
    public Integer get(int index) {
        return order == null ? index : order[index];
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** The old content as a list of its own, computed on demand, for the change event. */
    private static List<Integer> view(ResultRows rows, int[] order) {
        int n = rows.size();
        return new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return order == null ? index : order[index];
            }

            @Override
            public int size() {
                return n;
            }
        };
    }
}
