package org.evidenceworkbench.ui.export;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.Locale;
import java.util.StringJoiner;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.bundle.BundleExporter;
import org.evidenceworkbench.core.bundle.ExportProfile;
import org.evidenceworkbench.core.bundle.ExportRequest;
import org.evidenceworkbench.core.bundle.ExportResult;
import org.evidenceworkbench.core.bundle.Selection;
import org.evidenceworkbench.core.bundle.VicsCategories;
import org.evidenceworkbench.core.bundle.WorkstationConfig;
import org.evidenceworkbench.core.ingest.IngestProgress;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.ItemFilter;

/**
 * The fields of a bundle export, as {@code workbench export} offers them: which items (all, the
 * current filter, a tag, a search, or ids), the profile, marking, organisation, zip or folder, and
 * where. The export runs in the background with a progress bar and ends in one plain sentence.
 * Signing uses the workstation's own key, as the CLI does without {@code --sign}.
 */
public final class ExportForm {

    /** The largest filter exported as a list of ids; more should be a tag or a search. */
    static final int MAX_FILTER_ITEMS = 10_000;

    /** Which items, as the form offers them. */
    public enum Scope {
        ALL("All items"), FILTER("Items in the current filter"), TAG("Items with the tag"),
        QUERY("Items the search finds"), IDS("These item ids");

        private final String words;

        Scope(String words) {
            this.words = words;
        }
    }

    private final CaseSession session;
    private final ComboBox<Scope> scope = new ComboBox<>();
    private final TextField value = new TextField();
    private final ComboBox<ExportProfile> profile = new ComboBox<>();
    private final TextField marking = new TextField();
    private final TextField organisation = new TextField();
    private final CheckBox zip = new CheckBox("One .zip file");
    private final TextField destination = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label result = new Label();
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final GridPane grid = new GridPane();

    public ExportForm(CaseSession session) {
        this.session = session;
        scope.getItems().setAll(Scope.values());
        scope.setConverter(words(s -> s.words));
        scope.setValue(session.filter().get() != null ? Scope.FILTER : Scope.ALL);
        value.disableProperty().bind(Bindings.createBooleanBinding(
                () -> scope.getValue() == Scope.ALL || scope.getValue() == Scope.FILTER, scope.valueProperty()));
        value.setPromptText("tag, search or ids (3,7,12)");
        profile.getItems().setAll(ExportProfile.values());
        profile.setConverter(words(ExportProfile::label));
        profile.setValue(ExportProfile.FULL);
        String caseMarking = session.theCase().info().marking();
        marking.setPromptText(caseMarking == null ? "none" : caseMarking + " (the case's)");
        organisation.setPromptText("the signing certificate's organisation");
        destination.setText(session.theCase().layout().exportsDir().toString());
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Where to put the bundle");
            java.io.File dir = chooser.showDialog(grid.getScene() == null ? null : grid.getScene().getWindow());
            if (dir != null) {
                destination.setText(dir.toString());
            }
        });
        HBox where = new HBox(6, destination, choose);
        HBox.setHgrow(destination, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setVisible(false);
        result.setWrapText(true);
        result.setMaxWidth(520);
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, new Label("Items"), scope);
        grid.addRow(row++, new Label(""), value);
        grid.addRow(row++, new Label("Profile"), profile);
        grid.addRow(row++, new Label("Handling marking"), marking);
        grid.addRow(row++, new Label("Organisation"), organisation);
        grid.addRow(row++, new Label(""), zip);
        grid.addRow(row++, new Label("Save in"), where);
        grid.add(progress, 0, row++, 2, 1);
        grid.add(result, 0, row, 2, 1);
        grid.disableProperty().bind(running);
    }

    private static <T> StringConverter<T> words(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public GridPane node() {
        return grid;
    }

    public ComboBox<Scope> scope() {
        return scope;
    }

    public TextField value() {
        return value;
    }

    public ComboBox<ExportProfile> profile() {
        return profile;
    }

    public CheckBox zip() {
        return zip;
    }

    public TextField destination() {
        return destination;
    }

    /** The sentence saying how the last export went. */
    public String resultText() {
        return result.getText();
    }

    public BooleanProperty running() {
        return running;
    }

    /**
     * Starts the export in the background; {@code whenDone} runs on the FX thread with the result,
     * or with null when it failed (the error went to the session's error dialog).
     */
    public void start(java.util.function.Consumer<ExportResult> whenDone) {
        Selection selection;
        try {
            selection = selection();
        } catch (WorkbenchException e) {
            result.setText(e.getMessage());
            whenDone.accept(null);
            return;
        }
        ExportRequest request = new ExportRequest(selection, profile.getValue(), blankToNull(marking.getText()),
                blankToNull(organisation.getText()), null, zip.isSelected(),
                VicsCategories.load(WorkstationConfig.folder()));
        Path out = target(Path.of(destination.getText().strip()), zip.isSelected(),
                session.theCase().info().name(), java.time.LocalDateTime.now());
        running.set(true);
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        result.setText("Exporting " + selection.describe() + "…");
        // the exporter reports from its own thread; the bar is updated on the FX thread
        session.background(() -> {
            try {
                return new Outcome(new BundleExporter(session.theCase(), p -> Platform.runLater(() -> show(p)))
                        .export(out, request), null);
            } catch (RuntimeException e) {
                return new Outcome(null, e);
            }
        }, outcome -> {
            running.set(false);
            if (outcome.error() != null) {
                progress.setVisible(false);
                result.setText("The export did not finish: " + outcome.error().getMessage());
                session.showError(outcome.error());
                whenDone.accept(null);
                return;
            }
            progress.setProgress(1);
            result.setText(sentence(outcome.result()));
            session.changed();
            whenDone.accept(outcome.result());
        });
    }

    /** What the background export gave: a result, or the failure to show. */
    private record Outcome(ExportResult result, RuntimeException error) {
    }

    private void show(IngestProgress p) {
        progress.setProgress(p.fraction() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : p.fraction());
        result.setText("Exporting: " + p.items() + " items written…");
    }

    /**
     * Where the exporter writes: a folder gets {@code bundle-<uuid>/} inside it; a zip is a file, so
     * a folder given for a zip gets one named after the case and the time, e.g.
     * {@code Op_Lantern-20240312-1405.zip}.
     */
    static Path target(Path chosen, boolean zip, String caseName, java.time.LocalDateTime now) {
        if (!zip || chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return chosen;
        }
        String name = caseName.replaceAll("[^A-Za-z0-9._-]+", "_");
        return chosen.resolve(name + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(now) + ".zip");
    }

    static String sentence(ExportResult r) {
        return String.format(Locale.ROOT, "Exported %d items to %s (%d files, %d thumbnails%s); signed by %s.",
                r.items(), r.bundle(), r.payloadFiles(), r.thumbnails(),
                r.metadataOnly() > 0 ? ", " + r.metadataOnly() + " as metadata only" : "", r.signer());
    }

    private Selection selection() {
        String v = value.getText() == null ? "" : value.getText().strip();
        return switch (scope.getValue()) {
            case ALL -> Selection.all();
            case FILTER -> fromFilter(session.filter().get());
            case TAG -> Selection.tag(required(v, "a tag"));
            case QUERY -> Selection.query(required(v, "a search"));
            case IDS -> Selection.items(required(v, "item ids"));
        };
    }

    private static Selection fromFilter(ItemFilter filter) {
        if (filter == null) {
            throw new WorkbenchException("There is no filter to export; choose items on the timeline, map, entities"
                    + " or search first, or export all items.");
        }
        BitSet ids = filter.itemIds();
        if (ids.cardinality() > MAX_FILTER_ITEMS) {
            throw new WorkbenchException("The filter holds " + ids.cardinality() + " items, more than "
                    + MAX_FILTER_ITEMS + " exported by id; tag them or export by a search instead.");
        }
        StringJoiner list = new StringJoiner(",");
        ids.stream().forEach(i -> list.add(Integer.toString(i)));
        return Selection.items(list.toString());
    }

    private static String required(String v, String what) {
        if (v.isEmpty()) {
            throw new WorkbenchException("Give " + what + " to choose the items to export.");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
