package org.evidenceworkbench.ui.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

import org.evidenceworkbench.core.item.EntityItems;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.session.ItemFilter;

/**
 * The identifiers detectors found (phones, e-mail addresses, crypto addresses, IBANs, ...), each
 * once, with how often and in how many items; the most widespread first. Choosing one lists the
 * items that mention it beside the table (choosing one of those shows it in the item pane) and
 * filters the item lists to them. Picture hashes are entities to the core (they
 * link copies) but not identifiers a person reads, so they are left out here.
 */
public final class EntitiesView implements CaseView {

    static final String ALL_TYPES = "All types";
    /** How many of an entity's items are listed beside it; the filter holds all of them. */
    static final int LISTED_ITEMS = 1_000;
    private static final Set<String> NOT_SHOWN = Set.of("pdq");

    private final CaseSession session;
    private final ObservableList<EntityItems.Entity> all = FXCollections.observableArrayList();
    private final FilteredList<EntityItems.Entity> shown = new FilteredList<>(all);
    private final TableView<EntityItems.Entity> table = new TableView<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final TextField text = new TextField();
    private final Label summary = new Label();
    private final ListView<EntityItems.Mention> mentions = new ListView<>();
    private final BorderPane root = new BorderPane();

    public EntitiesView(CaseSession session) {
        this.session = session;
        type.getItems().add(ALL_TYPES);
        type.setValue(ALL_TYPES);
        type.valueProperty().addListener((o, a, b) -> refilter());
        text.setPromptText("Find a value");
        text.textProperty().addListener((o, a, b) -> refilter());
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        root.setTop(new ToolBar(new Label("Type:"), type, text, spring, summary));
        table.getColumns().add(column("Type", e -> e.summary().type(), 110));
        table.getColumns().add(column("Value", e -> e.summary().value(), 360));
        TableColumn<EntityItems.Entity, Long> mentionCount = new TableColumn<>("Mentions");
        mentionCount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().summary().mentions()));
        TableColumn<EntityItems.Entity, Long> itemCount = new TableColumn<>("Items");
        itemCount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().summary().items()));
        table.getColumns().add(mentionCount);
        table.getColumns().add(itemCount);
        SortedList<EntityItems.Entity> sorted = new SortedList<>(shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No identifiers found in this case."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                filterTo(b);
            }
        });
        mentions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(EntityItems.Mention m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.path() + (m.times() > 1 ? "  (×" + m.times() + ")" : ""));
            }
        });
        mentions.setPlaceholder(new Label("Choose an identifier to see the items it is in."));
        mentions.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                session.selectedItem().set(b.itemId());
            }
        });
        SplitPane split = new SplitPane(table, mentions);
        split.setDividerPositions(0.62);
        root.setCenter(split);
        session.revision().addListener((o, a, b) -> reload(() -> { }));
    }

    private static TableColumn<EntityItems.Entity, String> column(String title,
            java.util.function.Function<EntityItems.Entity, String> value, double width) {
        TableColumn<EntityItems.Entity, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void refilter() {
        String chosen = type.getValue();
        String needle = text.getText() == null ? "" : text.getText().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(e -> (chosen == null || chosen.equals(ALL_TYPES) || e.summary().type().equals(chosen))
                && (needle.isEmpty() || e.summary().value().toLowerCase(Locale.ROOT).contains(needle)));
        summary.setText(shown.size() + " of " + all.size() + " identifiers");
    }

    /** Lists the items mentioning {@code entity} beside the table and filters the session to them. */
    public void filterTo(EntityItems.Entity entity) {
        String type = entity.summary().type();
        session.background(() -> {
            EntityItems query = new EntityItems(session.theCase());
            return new Chosen(query.items(type, entity.storedValue()),
                    query.mentions(type, entity.storedValue(), LISTED_ITEMS));
        }, chosen -> {
            mentions.getItems().setAll(chosen.mentions());
            session.filter().set(new ItemFilter("Entity " + type + " " + entity.summary().value() + " ("
                    + chosen.ids().cardinality() + " items)", chosen.ids()));
        });
    }

    /** The items listed beside the table for the chosen entity. */
    public List<EntityItems.Mention> mentions() {
        return List.copyOf(mentions.getItems());
    }

    private record Chosen(java.util.BitSet ids, List<EntityItems.Mention> mentions) {
    }

    /** The entities listed now (after the type and text filters), in table order. */
    public List<EntityItems.Entity> shown() {
        return List.copyOf(table.getItems());
    }

    public TableView<EntityItems.Entity> table() {
        return table;
    }

    public ComboBox<String> type() {
        return type;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String title() {
        return "Entities";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload(Runnable whenLoaded) {
        session.background(() -> {
            List<EntityItems.Entity> found = new ArrayList<>();
            new EntityItems(session.theCase()).forEach(e -> {
                if (!NOT_SHOWN.contains(e.summary().type())) {
                    found.add(e);
                }
            });
            return found;
        }, found -> {
            all.setAll(found);
            Set<String> types = new TreeSet<>();
            found.forEach(e -> types.add(e.summary().type()));
            String chosen = type.getValue();
            List<String> choices = new ArrayList<>();
            choices.add(ALL_TYPES);
            choices.addAll(types);
            type.getItems().setAll(choices);
            type.setValue(choices.contains(chosen) ? chosen : ALL_TYPES);
            refilter();
            whenLoaded.run();
        });
    }
}
