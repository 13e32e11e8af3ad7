package org.evidenceworkbench.ui.search;

import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.textfield.TextFields;
import org.evidenceworkbench.core.item.ItemRows;
import org.evidenceworkbench.core.search.CaseSearch;
import org.evidenceworkbench.index.QuerySyntaxException;
import org.evidenceworkbench.index.SearchRequest;
import org.evidenceworkbench.index.SearchResult;
import org.evidenceworkbench.index.SortOrder;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.session.ItemFilter;
import org.evidenceworkbench.ui.settings.SplitMemory;
import org.evidenceworkbench.ui.settings.UserSettings;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find: the query bar (with field completion and syntax help), the facet sidebar and the results
 * table. Every search runs in the background: the matching ids come from the index, the facet
 * counts from a facet search, and the rows from the case database. A filter another view set
 * (timeline range, map selection) narrows the rows and is shown above them with a way to clear it.
 */
public final class SearchView implements CaseView {

    /** More rows than this are not loaded; the status line says so and the user refines the query. */
    static final int MAX_ROWS = 1_000_000;
    private static final String ALL_ITEMS = "*:*";

    private final CaseSession session;
    private final BorderPane root = new BorderPane();
    private final TextField queryField = new TextField();
    private final Label status = new Label();
    private final Label syntaxError = new Label();
    private final Label filterLabel = new Label();
    private final HBox filterBar;
    private final FacetSidebar facets = new FacetSidebar(this::narrow);
    private final ResultTable table;
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private long generation;

    public SearchView(CaseSession session) {
        this(session, null);
    }

    /** @param settings where the table's columns are remembered, or null */
    public SearchView(CaseSession session, UserSettings settings) {
        this.session = session;
        this.table = new ResultTable(runnable -> session.background(() -> {
            runnable.run();
            return null;
        }, ignored -> { }), settings);
        root.setId("search-view");

        queryField.setId("query");
        queryField.setPromptText("Search the case: words, \"a phrase\", type:picture, taken:2024-03 ... (blank: every item)");
        queryField.setOnAction(e -> search());
        HBox.setHgrow(queryField, Priority.ALWAYS);
        FieldCompletion completion = new FieldCompletion();
        TextFields.bindAutoCompletion(queryField, request -> completion.suggest(request.getUserText()));
        Button go = new Button("Search", new FontIcon("mdi2m-magnify"));
        go.setId("search-button");
        go.setDefaultButton(false);
        go.setOnAction(e -> search());
        Button help = new Button(null, new FontIcon("mdi2h-help-circle-outline"));
        help.setTooltip(new Tooltip("Query syntax (F1 lists every shortcut)"));
        help.setOnAction(e -> SyntaxHelp.show(root.getScene() == null ? null : root.getScene().getWindow()));
        HBox bar = new HBox(6, queryField, go, help);
        bar.setAlignment(Pos.CENTER_LEFT);

        syntaxError.setId("syntax-error");
        syntaxError.setStyle("-fx-text-fill: -color-danger-fg;");
        syntaxError.setWrapText(true);
        syntaxError.managedProperty().bind(syntaxError.textProperty().isNotEmpty());
        syntaxError.visibleProperty().bind(syntaxError.textProperty().isNotEmpty());

        Button clearFilter = new Button("Clear", new FontIcon("mdi2c-close"));
        clearFilter.setOnAction(e -> session.filter().set(null));
        filterLabel.setId("filter-label");
        filterBar = new HBox(6, new FontIcon("mdi2f-filter-outline"), filterLabel, clearFilter);
        filterBar.setAlignment(Pos.CENTER_LEFT);
        filterBar.managedProperty().bind(filterBar.visibleProperty());
        filterBar.setVisible(false);

        status.setId("search-status");
        VBox top = new VBox(4, bar, syntaxError, filterBar, status);
        top.setPadding(new Insets(8));
        root.setTop(top);

        SplitPane split = new SplitPane(facets.node(), table.node());
        split.setId("search-split");
        split.setDividerPositions(0.2);
        SplitMemory.remember(split, "search", settings);
        SplitPane.setResizableWithParent(facets.node(), false);
        root.setCenter(split);

        table.onSelect(id -> session.selectedItem().set(id));
        session.revision().addListener((o, was, is) -> reload(() -> { }));
        session.filter().addListener((o, was, is) -> reload(() -> { }));
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String title() {
        return "Search";
    }

    @Override
    public Node node() {
        return root;
    }

    /** The query whose results are shown (the detail pane highlights its words). */
    public ReadOnlyStringProperty query() {
        return query.getReadOnlyProperty();
    }

    public TextField queryField() {
        return queryField;
    }

    public ResultTable table() {
        return table;
    }

    /** Runs the query in the bar. */
    public void search() {
        query.set(queryField.getText() == null ? "" : queryField.getText().strip());
        reload(() -> { });
    }

    /** Adds a clause (from a facet) to the query and runs it. */
    void narrow(String clause) {
        String q = queryField.getText() == null ? "" : queryField.getText().strip();
        queryField.setText(q.isEmpty() ? clause : q + " " + clause);
        search();
    }

    @Override
    public void reload(Runnable whenLoaded) {
        long mine = ++generation;
        String q = query.get().isBlank() ? ALL_ITEMS : query.get();
        ItemFilter filter = session.filter().get();
        session.background(() -> load(q, filter), loaded -> {
            if (mine != generation) {
                whenLoaded.run(); // a newer search is on its way; this one is out of date
                return;
            }
            show(loaded, filter);
            whenLoaded.run();
        });
    }

    /** What one search brought back: rows, facet counts, and the total before the row cap. */
    private record Loaded(ResultRows rows, Map<String, Map<String, Long>> facets, long total, String syntaxError) {
    }

    private Loaded load(String q, ItemFilter filter) {
        BitSet ids;
        SearchResult counted;
        try {
            ids = CaseSearch.matchingIds(session.theCase(), q);
            counted = CaseSearch.search(session.theCase().layout().root(),
                    new SearchRequest(q, 0, SortOrder.RELEVANCE, false, true)).result();
        } catch (QuerySyntaxException e) {
            return new Loaded(new ResultRows(0), Map.of(), 0, e.getMessage());
        }
        if (filter != null) {
            ids.and(filter.itemIds());
        }
        long total = ids.cardinality();
        // keep the first MAX_ROWS ids (in id order): a bound on memory, whatever the case holds
        if (total > MAX_ROWS) {
            int n = 0;
            for (int i = ids.nextSetBit(0); i >= 0; i = ids.nextSetBit(i + 1)) {
                if (++n > MAX_ROWS) {
                    ids.clear(i, ids.length());
                    break;
                }
            }
        }
        ResultRows rows = new ResultRows((int) Math.min(total, MAX_ROWS));
        new ItemRows(session.theCase()).forEach(ids, rows::add);
        return new Loaded(rows, counted.facets(), total, null);
    }

    private void show(Loaded loaded, ItemFilter filter) {
        syntaxError.setText(loaded.syntaxError() == null ? "" : loaded.syntaxError());
        table.show(loaded.rows());
        facets.show(loaded.facets());
        filterBar.setVisible(filter != null);
        filterLabel.setText(filter == null ? "" : "Only items in: " + filter.label());
        long shown = loaded.rows().size();
        status.setText(loaded.syntaxError() != null ? "" : String.format(Locale.UK, "%,d %s%s", loaded.total(),
                loaded.total() == 1 ? "item matches" : "items match", shown < loaded.total()
                        ? String.format(Locale.UK, "; the first %,d are listed, refine the query to see the rest", shown)
                        : ""));
    }
}
