package org.evidenceworkbench.ui.start;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

import org.evidenceworkbench.samples.Scenario;
import org.evidenceworkbench.samples.Scenarios;
import org.evidenceworkbench.ui.settings.UserSettings;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Start: recent cases, a new case (name, reference, examiner, handling marking, folder), opening a
 * case folder, and a training case generated from a sample scenario. Opening or creating runs off
 * the FX thread; the result goes to the window, or a failure to the error dialog.
 */
public final class StartView {

    private final UserSettings settings;
    private final Consumer<CaseOpener.Opened> onOpened;
    private final Consumer<Throwable> onError;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "start-work");
        t.setDaemon(true);
        return t;
    });
    private final BorderPane root = new BorderPane();
    private final Label busy = new Label();
    final TextField name = field("case-name", "Operation Kestrel");
    final TextField reference = field("case-reference", "crime number or operation, optional");
    final TextField examiner = field("case-examiner", "your name");
    final ComboBox<String> marking = new ComboBox<>(FXCollections.observableArrayList(CaseOpener.MARKINGS));
    final TextField folder = field("case-folder", "a new or empty folder for the case");
    final TextField openFolder = field("open-folder", "an existing case folder");
    final ComboBox<Scenario> scenario = new ComboBox<>(FXCollections.observableArrayList(Scenarios.all()));
    final TextField trainingFolder = field("training-folder", "default: under your data folder");

    public StartView(UserSettings settings, Consumer<CaseOpener.Opened> onOpened, Consumer<Throwable> onError) {
        this.settings = settings;
        this.onOpened = onOpened;
        this.onError = onError;
        root.setId("start-view");
        Label title = new Label("Evidence Workbench");
        title.getStyleClass().add("title-1");
        Label subtitle = new Label("Open a case to work on, or create one.");
        VBox head = new VBox(4, title, subtitle, busy);
        head.setPadding(new Insets(16, 16, 8, 16));
        root.setTop(head);
        HBox columns = new HBox(24, recentPane(), newCasePane(), trainingPane());
        columns.setPadding(new Insets(8, 16, 16, 16));
        root.setCenter(columns);
        examiner.setText(settings.examiner());
        marking.setEditable(true);
        marking.setId("case-marking");
        marking.setValue("OFFICIAL-SENSITIVE");
    }

    public Node node() {
        return root;
    }

    private VBox recentPane() {
        ListView<Path> recent = new ListView<>(FXCollections.observableArrayList(settings.recentCases()));
        recent.setId("recent-cases");
        recent.setPlaceholder(new Label("No recent cases."));
        recent.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                open(recent.getSelectionModel().getSelectedItem().toString());
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                open(recent.getSelectionModel().getSelectedItem().toString());
            }
        });
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> chooseFolder(openFolder, "Case folder"));
        Button open = new Button("Open", new FontIcon("mdi2f-folder-open-outline"));
        open.setId("open-case");
        open.setOnAction(e -> open(openFolder.getText().strip()));
        open.disableProperty().bind(openFolder.textProperty().isEmpty());
        HBox openRow = new HBox(6, openFolder, browse, open);
        HBox.setHgrow(openFolder, Priority.ALWAYS);
        VBox box = new VBox(8, heading("Recent cases"), recent, heading("Open a case folder"), openRow);
        box.setPrefWidth(380);
        VBox.setVgrow(recent, Priority.ALWAYS);
        return box;
    }

    private VBox newCasePane() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Reference"), reference);
        form.addRow(2, new Label("Examiner"), examiner);
        form.addRow(3, new Label("Handling marking"), marking);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> chooseFolder(folder, "Folder for the new case"));
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        form.addRow(4, new Label("Folder"), folderRow);
        Button create = new Button("Create case", new FontIcon("mdi2b-briefcase-plus-outline"));
        create.setId("create-case");
        create.getStyleClass().add("accent");
        create.disableProperty().bind(name.textProperty().isEmpty().or(folder.textProperty().isEmpty())
                .or(examiner.textProperty().isEmpty()));
        create.setOnAction(e -> {
            String who = examiner.getText().strip();
            run(() -> CaseOpener.create(Path.of(folder.getText().strip()), name.getText(), reference.getText(), who,
                    marking.getValue()), who);
        });
        VBox box = new VBox(8, heading("New case"), form, create);
        box.setPrefWidth(420);
        return box;
    }

    private VBox trainingPane() {
        scenario.setId("training-scenario");
        scenario.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Scenario s) {
                return s == null ? "" : s.name() + " — " + s.description();
            }

            @Override
            public Scenario fromString(String s) {
                return null;
            }
        });
        scenario.getSelectionModel().selectFirst();
        scenario.setMaxWidth(360);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> chooseFolder(trainingFolder, "Folder for the training case"));
        HBox folderRow = new HBox(6, trainingFolder, browse);
        HBox.setHgrow(trainingFolder, Priority.ALWAYS);
        Button start = new Button("Open training case", new FontIcon("mdi2s-school-outline"));
        start.setId("open-training");
        start.setOnAction(e -> {
            Scenario s = scenario.getValue();
            String who = examiner.getText().strip();
            Path where = trainingFolder.getText().isBlank() ? CaseOpener.defaultTrainingFolder(s)
                    : Path.of(trainingFolder.getText().strip());
            run(() -> CaseOpener.training(s, where, who), who);
        });
        Label about = new Label("Generates a sample case with known answers, creates a case for it and adds its"
                + " evidence. The examiner is the one given under New case.");
        about.setWrapText(true);
        VBox box = new VBox(8, heading("Training"), scenario, folderRow, about, start);
        box.setPrefWidth(380);
        return box;
    }

    private void open(String caseDir) {
        run(() -> CaseOpener.open(Path.of(caseDir)), examiner.getText().strip());
    }

    /** Opens off the FX thread; remembers the case and examiner, then hands the case to the window. */
    private void run(Callable<CaseOpener.Opened> work, String who) {
        root.setDisable(true);
        busy.setText("Opening…");
        worker.execute(() -> {
            try {
                CaseOpener.Opened opened = work.call();
                Platform.runLater(() -> {
                    settings.rememberCase(opened.theCase().layout().root());
                    if (who != null && !who.isBlank()) {
                        settings.setExaminer(who);
                    }
                    settings.save();
                    root.setDisable(false);
                    busy.setText("");
                    worker.shutdown();
                    onOpened.accept(opened);
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    root.setDisable(false);
                    busy.setText("");
                    onError.accept(e);
                });
            }
        });
    }

    private void chooseFolder(TextField target, String title) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        File f = c.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            target.setText(f.getPath());
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }
}
