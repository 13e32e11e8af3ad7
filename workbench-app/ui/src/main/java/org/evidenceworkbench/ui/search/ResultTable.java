package org.evidenceworkbench.ui.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.evidenceworkbench.ui.settings.UserSettings;

/**
 * The results table: a virtualised {@link TableView} whose rows are indexes into a
 * {@link ResultRows}, so only the visible rows ever become cells. The user picks the columns
 * (the menu button at the table's top right) and their widths; both are remembered. Sorting a
 * column orders the row indexes on a background thread and then swaps the list in, so a click on
 * a header never freezes the window, whatever the number of rows.
 */
public final class ResultTable {

    private static final String LAYOUT_KEY = "search.table";
    static final double ROW_HEIGHT = 28;

    private final TableView<Integer> table = new TableView<>();
    private final Map<ResultColumn, TableColumn<Integer, String>> columns = new EnumMap<>(ResultColumn.class);
    private final Executor sorter;
    private final UserSettings settings;
    private final RowOrder shown = new RowOrder();

    /**
     * @param sorter   where sorting runs (never the FX thread)
     * @param settings where the chosen columns are remembered, or null to remember nothing
     */
    public ResultTable(Executor sorter, UserSettings settings) {
        this.sorter = sorter;
        this.settings = settings;
        table.setId("results");
        table.setTableMenuButtonVisible(true);
        // rows of one height: the table then places a row by arithmetic instead of measuring rows
        // to estimate where it is, which is what keeps a million rows smooth
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        // until the first result arrives the table is loading, not empty
        table.setPlaceholder(new javafx.scene.control.Label("Loading the case's items…"));
        for (ResultColumn c : ResultColumn.values()) {
            TableColumn<Integer, String> col = new TableColumn<>(c.title());
            col.setId("col-" + c.name().toLowerCase(java.util.Locale.ROOT));
            col.setPrefWidth(c.width());
            col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(c.text(shown.rows(), cd.getValue())));
            col.setComparator((a, b) -> 0); // the sort policy below orders rows; the column itself never sorts
            columns.put(c, col);
        }
        restoreLayout();
        table.setItems(shown);
        table.setSortPolicy(t -> {
            sortInBackground();
            return true;
        });
        table.getColumns().addListener((javafx.collections.ListChangeListener<TableColumn<Integer, ?>>) ch -> saveLayout());
        columns.values().forEach(col -> {
            col.visibleProperty().addListener((o, was, is) -> saveLayout());
            col.widthProperty().addListener((o, was, is) -> saveLayoutLater());
        });
    }

    public TableView<Integer> node() {
        return table;
    }

    /** Shows new rows (in id order, or in the order of the column sorted now). Call on the FX thread. */
    public void show(ResultRows rows) {
        table.setPlaceholder(new javafx.scene.control.Label("No items match."));
        shown.replace(rows, null, null, false);
        if (!table.getSortOrder().isEmpty()) {
            sortInBackground();
        }
    }

    public ResultRows rows() {
        return shown.rows();
    }

    /** The item id of the row shown at {@code index} (display order). */
    public long idAt(int index) {
        return shown.rows().id(shown.get(index));
    }

    /** Tells {@code onSelect} the id of each item the user selects. */
    public void onSelect(LongConsumer onSelect) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null && row < shown.rows().size()) {
                onSelect.accept(shown.rows().id(row));
            }
        });
    }

    public TableColumn<Integer, String> column(ResultColumn c) {
        return columns.get(c);
    }

    private void sortInBackground() {
        ResultColumn by = null;
        boolean descending = false;
        if (!table.getSortOrder().isEmpty()) {
            TableColumn<Integer, ?> first = table.getSortOrder().get(0);
            for (Map.Entry<ResultColumn, TableColumn<Integer, String>> e : columns.entrySet()) {
                if (e.getValue() == first) {
                    by = e.getKey();
                }
            }
            descending = first.getSortType() == TableColumn.SortType.DESCENDING;
        }
        if (shown.sortedBy() == by && shown.descending() == descending) {
            return; // already in that order
        }
        ResultRows rows = shown.rows();
        if (by == null) {
            shown.replace(rows, null, null, false);
            return;
        }
        ResultColumn column = by;
        boolean desc = descending;
        sorter.execute(() -> {
            int[] order = rows.order(column, desc);
            Platform.runLater(() -> {
                // only if the rows are still those shown, and the user still wants this order
                if (shown.rows() == rows && wanted(column, desc)) {
                    shown.replace(rows, order, column, desc);
                }
            });
        });
    }

    private boolean wanted(ResultColumn column, boolean descending) {
        if (table.getSortOrder().isEmpty()) {
            return false;
        }
        TableColumn<Integer, ?> first = table.getSortOrder().get(0);
        return first == columns.get(column) && (first.getSortType() == TableColumn.SortType.DESCENDING) == descending;
    }

    private void restoreLayout() {
        List<String> saved = settings == null ? List.of() : settings.columns(LAYOUT_KEY);
        List<TableColumn<Integer, ?>> ordered = new ArrayList<>();
        List<ResultColumn> visible = new ArrayList<>();
        for (String entry : saved) {
            String[] parts = entry.split(":");
            try {
                ResultColumn c = ResultColumn.valueOf(parts[0]);
                if (!visible.contains(c)) {
                    visible.add(c);
                    if (parts.length > 1) {
                        columns.get(c).setPrefWidth(Double.parseDouble(parts[1]));
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a column of an older or newer version; left out
            }
        }
        if (visible.isEmpty()) {
            visible.addAll(List.of(ResultColumn.DEFAULTS));
        }
        for (ResultColumn c : visible) {
            ordered.add(columns.get(c));
        }
        for (ResultColumn c : ResultColumn.values()) {
            if (!visible.contains(c)) {
                columns.get(c).setVisible(false);
                ordered.add(columns.get(c));
            }
        }
        table.getColumns().setAll(ordered);
    }

    private boolean saveScheduled;

    private void saveLayoutLater() {
        if (!saveScheduled) {
            saveScheduled = true;
            Platform.runLater(() -> {
                saveScheduled = false;
                saveLayout();
            });
        }
    }

    private void saveLayout() {
        if (settings == null) {
            return;
        }
        List<String> entries = new ArrayList<>();
        for (TableColumn<Integer, ?> col : table.getColumns()) {
            if (col.isVisible()) {
                for (Map.Entry<ResultColumn, TableColumn<Integer, String>> e : columns.entrySet()) {
                    if (e.getValue() == col) {
                        entries.add(e.getKey().name() + ":" + Math.round(col.getWidth()));
                    }
                }
            }
        }
        settings.setColumns(LAYOUT_KEY, entries);
    }
}
