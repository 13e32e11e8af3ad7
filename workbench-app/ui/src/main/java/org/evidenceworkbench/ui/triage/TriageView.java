package org.evidenceworkbench.ui.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.item.ItemDetail.FindingInfo;
import org.evidenceworkbench.core.review.ReviewService;
import org.evidenceworkbench.core.triage.TriageEntry;
import org.evidenceworkbench.core.triage.TriageQueue;
import org.evidenceworkbench.core.triage.TriageRules;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.settings.SplitMemory;
import org.evidenceworkbench.ui.settings.UserSettings;

/**
 * The triage queue: items by priority, the "why" of the selected one line by line, and its
 * findings. Review is driven from the keyboard: J / K (or the arrows) move, C confirms and D
 * dismisses the selected finding, 1–9 tag the item with the user's quick tags.
 */
public final class TriageView implements CaseView {

    /** The queue holds this many items; the core keeps only the top in memory while it ranks. */
    static final int QUEUE_LENGTH = 1000;

    private final CaseSession session;
    private final List<String> quickTags;
    private final BorderPane root = new BorderPane();
    private final TableView<TriageEntry> queue = new TableView<>();
    private final ListView<String> why = new ListView<>();
    private final ListView<FindingInfo> findings = new ListView<>();
    private final Label summary = new Label();
    private long detailGeneration;

    public TriageView(CaseSession session) {
        this(session, null);
    }

    /** @param settings the user's quick tags and layout, or null for the defaults */
    public TriageView(CaseSession session, UserSettings settings) {
        this.session = session;
        this.quickTags = settings == null ? UserSettings.DEFAULT_TAGS : settings.quickTags();
        root.setId("triage-view");
        queue.setId("triage-queue");
        queue.setPlaceholder(new Label("Nothing to triage: no item has a finding that counts."));
        queue.getColumns().add(column("Rank", 60, e -> Integer.toString(queue.getItems().indexOf(e) + 1)));
        queue.getColumns().add(column("Priority", 90, e -> String.format(Locale.UK, "%.2f", e.priority())));
        queue.getColumns().add(column("Item", 60, e -> Long.toString(e.itemId())));
        queue.getColumns().add(column("Type", 90, e -> e.category() == null ? "" : e.category()));
        queue.getColumns().add(column("Path", 380, TriageEntry::path));
        queue.getSelectionModel().selectedItemProperty().addListener((o, was, e) -> select(e));

        why.setId("triage-why");
        why.setPrefHeight(140);
        why.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }
        });
        findings.setId("triage-findings");
        findings.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FindingInfo f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : "[" + f.reviewState() + "] " + f.type() + ": " + f.label()
                        + " — " + f.explanation());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label keys = new Label(keyHelp());
        keys.setWrapText(true);
        keys.setStyle("-fx-text-fill: -color-fg-muted;");
        VBox side = new VBox(6, new Label("Why this priority"), why, new Label("Findings"), findings, keys);
        VBox.setVgrow(findings, Priority.ALWAYS);
        side.setPadding(new Insets(8));

        SplitPane split = new SplitPane(queue, side);
        split.setId("triage-split");
        split.setDividerPositions(0.55);
        SplitMemory.remember(split, "triage", settings);
        summary.setPadding(new Insets(8));
        summary.setId("triage-summary");
        root.setTop(summary);
        root.setCenter(split);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        session.revision().addListener((o, was, is) -> reload(() -> { }));
    }

    private String keyHelp() {
        StringBuilder b = new StringBuilder("Keys: J / ↓ next · K / ↑ previous · C confirm · D dismiss");
        for (int i = 0; i < quickTags.size(); i++) {
            b.append(i == 0 ? " · " : ", ").append(i + 1).append(" ").append(quickTags.get(i));
        }
        return b.toString();
    }

    private static TableColumn<TriageEntry, String> column(String title, double width,
                                                           java.util.function.Function<TriageEntry, String> text) {
        TableColumn<TriageEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        return c;
    }

    @Override
    public String name() {
        return "triage";
    }

    @Override
    public String title() {
        return "Triage";
    }

    @Override
    public Node node() {
        return root;
    }

    public TableView<TriageEntry> queue() {
        return queue;
    }

    public ListView<FindingInfo> findings() {
        return findings;
    }

    @Override
    public void reload(Runnable whenLoaded) {
        long keep = selectedItemId();
        session.background(() -> new TriageQueue(session.theCase(), TriageRules.defaults()).top(QUEUE_LENGTH),
                entries -> {
                    summary.setText(entries.isEmpty() ? "No item has a finding that counts."
                            : String.format(Locale.UK, "%,d item%s to review, highest priority first.",
                            entries.size(), entries.size() == 1 ? "" : "s"));
                    List<TriageEntry> shown = new ArrayList<>(entries);
                    int row = indexOf(shown, keep);
                    int was = indexOf(queue.getItems(), keep);
                    if (row < 0 && was >= 0) {
                        // the item under the cursor left the queue (its last finding dismissed):
                        // it stays where it was until the reviewer moves on, so the next key
                        // (a tag, a note) still lands on the item they are looking at
                        row = Math.min(was, shown.size());
                        shown.add(row, queue.getItems().get(was));
                    }
                    row = Math.max(row, 0);
                    queue.setItems(FXCollections.observableArrayList(shown));
                    if (!shown.isEmpty()) {
                        queue.getSelectionModel().select(row);
                        queue.scrollTo(Math.max(0, row - 3));
                        loadFindings(shown.get(row), whenLoaded);
                    } else {
                        why.getItems().clear();
                        findings.getItems().clear();
                        whenLoaded.run();
                    }
                });
    }

    private static int indexOf(List<TriageEntry> entries, long itemId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).itemId() == itemId) {
                return i;
            }
        }
        return -1;
    }

    private long selectedItemId() {
        TriageEntry e = queue.getSelectionModel().getSelectedItem();
        return e == null ? -1 : e.itemId();
    }

    private void select(TriageEntry e) {
        if (e == null) {
            return;
        }
        session.selectedItem().set(e.itemId());
        loadFindings(e, () -> { });
    }

    private void loadFindings(TriageEntry e, Runnable whenLoaded) {
        why.setItems(FXCollections.observableArrayList(e.why()));
        long mine = ++detailGeneration;
        session.background(() -> new CaseQueries(session.theCase()).show(Long.toString(e.itemId())), (ItemDetail d) -> {
            if (mine == detailGeneration) {
                findings.setItems(FXCollections.observableArrayList(d.findings()));
                int first = 0;
                for (int i = 0; i < d.findings().size(); i++) {
                    if ("unreviewed".equals(d.findings().get(i).reviewState())) {
                        first = i;
                        break;
                    }
                }
                findings.getSelectionModel().select(first);
            }
            whenLoaded.run();
        });
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.J || k == KeyCode.DOWN) {
            move(1);
        } else if (k == KeyCode.K || k == KeyCode.UP) {
            move(-1);
        } else if (k == KeyCode.C) {
            decide(ReviewService.Decision.CONFIRMED);
        } else if (k == KeyCode.D) {
            decide(ReviewService.Decision.DISMISSED);
        } else if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            int n = Integer.parseInt(k.getName().replaceAll("\\D", "")) - 1; // "1" or "Numpad 1"
            if (n >= 0 && n < quickTags.size()) {
                tag(quickTags.get(n));
            }
        } else {
            return;
        }
        e.consume();
    }

    /** Selects the next (+1) or previous (-1) item in the queue. */
    public void move(int step) {
        int size = queue.getItems().size();
        if (size == 0) {
            return;
        }
        int at = queue.getSelectionModel().getSelectedIndex();
        int to = Math.max(0, Math.min(size - 1, at + step));
        queue.getSelectionModel().select(to);
        queue.scrollTo(Math.max(0, to - 3));
    }

    private void decide(ReviewService.Decision decision) {
        FindingInfo f = findings.getSelectionModel().getSelectedItem();
        if (f == null) {
            return;
        }
        session.background(() -> new ReviewService(session.theCase()).review(f.id(), decision, session.examiner(), null),
                item -> session.changed());
    }

    private void tag(String tag) {
        long id = selectedItemId();
        if (id < 0) {
            return;
        }
        session.background(() -> new ReviewService(session.theCase()).tag(id, tag, session.examiner()),
                added -> session.changed());
    }
}
