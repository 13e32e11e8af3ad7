package org.evidenceworkbench.ui.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.evidenceworkbench.core.item.ItemRows.ItemRow;

/**
 * The rows of a results table held column by column in flat arrays, so a million rows cost a
 * million strings for the paths and a few arrays of numbers, never a million row objects. The
 * table asks for row {@code i} by index and reads each cell from here. Repeated words (type, MIME
 * type, outcome) are shared. Filled off the FX thread, then handed to the table whole.
 */
public final class ResultRows {

    private long[] ids;
    private String[] paths;
    private String[] categories;
    private String[] mimeTypes;
    private long[] sizes;
    private long[] modified;
    private String[] taken;
    private String[] outcomes;
    private String[] sha256s;
    private int count;
    private final Map<String, String> shared = new HashMap<>();

    public ResultRows(int expected) {
        int n = Math.max(16, expected);
        ids = new long[n];
        paths = new String[n];
        categories = new String[n];
        mimeTypes = new String[n];
        sizes = new long[n];
        modified = new long[n];
        taken = new String[n];
        outcomes = new String[n];
        sha256s = new String[n];
    }

    public void add(ItemRow r) {
        if (count == ids.length) {
            grow();
        }
        ids[count] = r.id();
        paths[count] = r.path();
        categories[count] = share(r.category());
        mimeTypes[count] = share(r.mimeType());
        sizes[count] = r.size();
        modified[count] = r.modifiedMillis();
        taken[count] = r.takenAt();
        outcomes[count] = share(r.outcome());
        sha256s[count] = r.sha256();
        count++;
    }

    private String share(String s) {
        return s == null ? null : shared.computeIfAbsent(s, k -> k);
    }

    private void grow() {
        int n = ids.length * 2;
        ids = Arrays.copyOf(ids, n);
        paths = Arrays.copyOf(paths, n);
        categories = Arrays.copyOf(categories, n);
        mimeTypes = Arrays.copyOf(mimeTypes, n);
        sizes = Arrays.copyOf(sizes, n);
        modified = Arrays.copyOf(modified, n);
        taken = Arrays.copyOf(taken, n);
        outcomes = Arrays.copyOf(outcomes, n);
        sha256s = Arrays.copyOf(sha256s, n);
    }

    public int size() {
        return count;
    }

    public long id(int row) {
        return ids[row];
    }

    public String path(int row) {
        return paths[row];
    }

    public String name(int row) {
        String p = paths[row];
        int cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
        return cut < 0 ? p : p.substring(cut + 1);
    }

    public String category(int row) {
        return categories[row];
    }

    public String mimeType(int row) {
        return mimeTypes[row];
    }

    /** Bytes, or -1 if unknown. */
    public long size(int row) {
        return sizes[row];
    }

    /** Epoch milliseconds, or {@link Long#MIN_VALUE} if unknown. */
    public long modified(int row) {
        return modified[row];
    }

    public String taken(int row) {
        return taken[row];
    }

    public String outcome(int row) {
        return outcomes[row];
    }

    public String sha256(int row) {
        return sha256s[row];
    }

    /** The row holding item {@code id}, or -1; rows are in id order as loaded, so this is a binary search. */
    public int rowOf(long id) {
        int r = Arrays.binarySearch(ids, 0, count, id);
        return r < 0 ? -1 : r;
    }

    /** Row indexes in the order {@code column} sorts them; call off the FX thread (a million rows take a moment). */
    public int[] order(ResultColumn column, boolean descending) {
        return column.order(this, descending);
    }
}
