package org.evidenceworkbench.ui.timeline;

import java.util.BitSet;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import org.evidenceworkbench.core.item.ItemTimes;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.session.ItemFilter;
import org.evidenceworkbench.ui.views.Formats;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Items on a time axis by the time the user chooses (taken, modified or sent), as counts per bin.
 * Dragging over the chart selects a range, which becomes the session's filter
 * ("Taken 12/03/2024 14:00 – 15:00"). Times are UK wall-clock times (see {@link ItemTimes}).
 */
public final class TimelineView implements CaseView {

    private final CaseSession session;
    private final ComboBox<ItemTimes.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(
            ItemTimes.Kind.values()));
    private final TimelineChart chart = new TimelineChart(this::selectRange);
    private final Label summary = new Label();
    private final BorderPane root = new BorderPane();
    private ItemTimes.Points points = new ItemTimes.Points(new long[0], new long[0]);

    public TimelineView(CaseSession session) {
        this.session = session;
        kind.setValue(ItemTimes.Kind.TAKEN);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemTimes.Kind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public ItemTimes.Kind fromString(String s) {
                return ItemTimes.Kind.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            }
        });
        kind.setTooltip(new Tooltip("Which time of each item to place on the axis"));
        kind.valueProperty().addListener((o, a, b) -> reload(() -> { }));
        Button clear = new Button("Clear selection", new FontIcon(MaterialDesignF.FILTER_REMOVE));
        clear.setOnAction(e -> clearSelection());
        Pane spring = new Pane();
        javafx.scene.layout.HBox.setHgrow(spring, Priority.ALWAYS);
        root.setTop(new ToolBar(new Label("Time:"), kind, clear, spring, summary));
        root.setCenter(chart);
        // Esc clears the range; the chart takes focus when clicked so the key reaches it
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clearSelection();
                e.consume();
            }
        });
        chart.setFocusTraversable(true);
        chart.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> chart.requestFocus());
        root.setBottom(new Label("  Drag to select a range (Esc clears it); the wheel zooms; double-click shows all."
                + " UK time."));
        session.revision().addListener((o, a, b) -> reload(() -> { }));
    }

    /**
     * Filters to the items whose chosen time lies in {@code [from, to)} (UK wall-clock seconds, as
     * {@link ItemTimes.Points}), labelled like "Taken 12/03/2024 14:00 – 15:00".
     */
    public void selectRange(long from, long to) {
        long[] secs = points.seconds();
        int a = TimeBins.lowerBound(secs, from);
        int b = TimeBins.lowerBound(secs, to);
        BitSet ids = new BitSet();
        for (int i = a; i < b; i++) {
            ids.set(Math.toIntExact(points.ids()[i]));
        }
        String label = kind.getValue().label() + " " + Formats.range(ItemTimes.Points.toLocal(from),
                ItemTimes.Points.toLocal(to));
        chart.setSelection(from, to);
        summary.setText((b - a) + " of " + points.size() + " items selected");
        session.filter().set(new ItemFilter(label, ids));
    }

    public void clearSelection() {
        chart.setSelection(-1, -1);
        summary.setText(points.size() + " items with a " + kind.getValue().label().toLowerCase(java.util.Locale.ROOT)
                + " time");
        ItemFilter current = session.filter().get();
        if (current != null && current.label().startsWith(kind.getValue().label() + " ")) {
            session.filter().set(null);
        }
    }

    /** Which time is on the axis. */
    public ComboBox<ItemTimes.Kind> kind() {
        return kind;
    }

    /** The bins drawn now. */
    public TimeBins bins() {
        return chart.bins();
    }

    /** The canvas x of a time, to drive the chart with the mouse in tests. */
    public double xOf(long seconds) {
        return chart.xOf(seconds);
    }

    Node chart() {
        return chart;
    }

    @Override
    public String name() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload(Runnable whenLoaded) {
        ItemTimes.Kind chosen = kind.getValue();
        session.background(() -> new ItemTimes(session.theCase()).load(chosen), loaded -> {
            points = loaded;
            chart.setTimes(loaded.seconds());
            chart.setSelection(-1, -1);
            summary.setText(loaded.size() + " items with a " + chosen.label().toLowerCase(java.util.Locale.ROOT)
                    + " time");
            whenLoaded.run();
        });
    }
}
