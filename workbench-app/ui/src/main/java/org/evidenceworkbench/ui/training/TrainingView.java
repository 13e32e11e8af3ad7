package org.evidenceworkbench.ui.training;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.core.training.TraineeWorkReader;
import org.evidenceworkbench.core.training.TrainingScore;
import org.evidenceworkbench.core.training.TrainingScorer;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * For training cases: the trainer (or trainee) loads the sample case's answer key and sees the
 * score as {@code workbench train score} gives it: precision, recall, expected tags and findings,
 * the high-priority items missed, and the time from the first ingest to the last decision. The
 * score follows the trainee's work: it is worked out again whenever the case changes.
 */
public final class TrainingView implements CaseView {

    private final CaseSession session;
    private final Label keyLabel = new Label("No answer key loaded.");
    private final Label precision = figure();
    private final Label recall = figure();
    private final Label tags = figure();
    private final Label findings = figure();
    private final Label time = figure();
    private final Label missed = new Label();
    private final TableView<TrainingScore.ItemResult> items = new TableView<>();
    private final BorderPane root = new BorderPane();
    private Path keyFile;
    private TrainingScore score;

    public TrainingView(CaseSession session) {
        this.session = session;
        Button load = new Button("Load answer key…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
        load.setOnAction(e -> choose());
        root.setTop(new ToolBar(load, keyLabel));
        GridPane figures = new GridPane();
        figures.setHgap(16);
        figures.setVgap(6);
        figures.setPadding(new Insets(12));
        figures.addRow(0, new Label("Precision"), precision);
        figures.addRow(1, new Label("Recall"), recall);
        figures.addRow(2, new Label("Tags"), tags);
        figures.addRow(3, new Label("Findings"), findings);
        figures.addRow(4, new Label("Time taken"), time);
        missed.setWrapText(true);
        missed.setPadding(new Insets(0, 12, 8, 12));
        items.getColumns().add(column("Key item", r -> r.path(), 360));
        items.getColumns().add(column("Priority", r -> r.priority().label(), 80));
        items.getColumns().add(column("Surfaced", r -> r.surfaced() ? "yes" : "no", 80));
        items.getColumns().add(column("Tags given / expected", r -> String.join(", ", r.givenTags()) + " / "
                + String.join(", ", r.expectedTags()), 220));
        items.getColumns().add(column("Findings confirmed", r -> r.confirmedFindings() + " of "
                + r.expectedFindings(), 130));
        items.setPlaceholder(new Label("Load the answer-key.json the sample case was generated with."));
        root.setCenter(new VBox(figures, missed, items));
        VBox.setVgrow(items, javafx.scene.layout.Priority.ALWAYS);
        session.revision().addListener((o, a, b) -> reload(() -> { }));
    }

    private static Label figure() {
        Label l = new Label("–");
        l.setStyle("-fx-font-size: 15px; -fx-font-weight: bold;");
        return l;
    }

    private static TableColumn<TrainingScore.ItemResult, String> column(String title,
            java.util.function.Function<TrainingScore.ItemResult, String> value, double width) {
        TableColumn<TrainingScore.ItemResult, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("The sample case's answer key");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Answer key", "*.json"));
        java.io.File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            loadKey(file.toPath(), () -> { });
        }
    }

    /** Scores the case against the key in {@code file}; {@code whenScored} runs on the FX thread after. */
    public void loadKey(Path file, Runnable whenScored) {
        keyFile = file;
        keyLabel.setText(file.toString());
        reload(whenScored);
    }

    public TrainingScore score() {
        return score;
    }

    /** The figures as shown: precision, recall, tags, findings, time taken. */
    public String[] figures() {
        return new String[] {precision.getText(), recall.getText(), tags.getText(), findings.getText(), time.getText()};
    }

    public String missedText() {
        return missed.getText();
    }

    private void show(TrainingScore s) {
        score = s;
        precision.setText(s.precision() == null ? "– (nothing surfaced yet)" : percent(s.precision()) + "  ("
                + s.correct() + " of " + s.surfaced() + " surfaced items are in the key)");
        recall.setText(percent(s.recall()) + "  (" + s.correct() + " of " + s.keyItems() + " key items surfaced)");
        tags.setText(s.matchedTags() + " of " + s.expectedTags() + " expected tags given");
        findings.setText(s.confirmedFindings() + " of " + s.expectedFindings() + " expected findings confirmed");
        time.setText(s.timeTaken() == null ? "– (no tag or review in the audit log yet)" : duration(s.timeTaken()));
        missed.setText(s.missedHighPriority().isEmpty() ? "No high-priority item missed."
                : "High-priority items missed: " + String.join(", ", s.missedHighPriority()));
        items.getItems().setAll(s.items());
    }

    static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    static String duration(Duration d) {
        long minutes = d.toMinutes();
        return minutes < 60 ? minutes + " min " + d.toSecondsPart() + " s" : d.toHours() + " h " + d.toMinutesPart()
                + " min";
    }

    @Override
    public String name() {
        return "training";
    }

    @Override
    public String title() {
        return "Training";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload(Runnable whenLoaded) {
        Path key = keyFile;
        if (key == null) {
            whenLoaded.run();
            return;
        }
        session.background(() -> TrainingScorer.score(AnswerKey.read(key), TraineeWorkReader.read(session.theCase())),
                s -> {
                    show(s);
                    whenLoaded.run();
                });
    }
}
