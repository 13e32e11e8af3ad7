package org.evidenceworkbench.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.evidenceworkbench.core.casefolder.CaseInfo;
import org.evidenceworkbench.ui.export.ExportDialog;
import org.evidenceworkbench.ui.gallery.GalleryView;
import org.evidenceworkbench.ui.ingest.AddEvidenceDialog;
import org.evidenceworkbench.ui.ingest.IngestPanel;
import org.evidenceworkbench.ui.item.ItemDetailView;
import org.evidenceworkbench.ui.search.SearchView;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.settings.SplitMemory;
import org.evidenceworkbench.ui.settings.UserSettings;
import org.evidenceworkbench.ui.views.CaseViews;
import org.evidenceworkbench.ui.wellbeing.Wellbeing;

/**
 * The window over one case: a tab per view, the item detail pane beside them, the ingest progress
 * panel at the foot, menus, and a keyboard shortcut for every frequent action (listed in Help).
 * Split pane positions and table columns are remembered in the user's settings.
 */
public final class MainWindow {

    private static final String SPLIT_KEY = "main";

    private final CaseSession session;
    private final UserSettings settings;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final SplitPane split;
    private final List<CaseView> views;
    private final ItemDetailView item;
    private final IngestPanel ingest;
    private final List<Shortcut> shortcuts = new ArrayList<>();

    public MainWindow(CaseSession session, UserSettings settings) {
        this.session = session;
        this.settings = settings;
        this.views = CaseViews.all(session, settings);
        this.item = (ItemDetailView) CaseViews.named(views, "item").orElseThrow();
        this.ingest = new IngestPanel(session);
        root.setId("main-window");
        tabs.setId("view-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (CaseView v : views) {
            if (v != item) {
                Tab t = new Tab(v.title(), v.node());
                t.setId("tab-" + v.name());
                tabs.getTabs().add(t);
            }
        }
        split = new SplitPane(tabs, item.node());
        split.setId("main-split");
        split.setDividerPositions(0.62);
        SplitMemory.remember(split, SPLIT_KEY, settings);

        defineShortcuts();
        root.setTop(new VBox(menus(), caseBanner(session.theCase().info())));
        root.setCenter(split);
        root.setBottom(ingest.node());
        for (CaseView v : views) {
            v.reload(() -> { });
        }
    }

    public Parent node() {
        return root;
    }

    public CaseSession session() {
        return session;
    }

    public List<CaseView> views() {
        return views;
    }

    public SearchView search() {
        return (SearchView) CaseViews.named(views, "search").orElseThrow();
    }

    public ItemDetailView item() {
        return item;
    }

    public IngestPanel ingest() {
        return ingest;
    }

    public List<Shortcut> shortcuts() {
        return shortcuts;
    }

    /** Starts ingesting {@code sources} (after the Add evidence dialog, or for a new training case). */
    public void addEvidence(List<Path> sources) {
        if (ingest.isRunning()) {
            session.showError(new org.evidenceworkbench.core.WorkbenchException(
                    "An ingest is already running; wait for it to finish or cancel it first."));
            return;
        }
        ingest.start(sources);
    }

    /** Asks for evidence with the Add evidence dialog and ingests it. */
    public void askForEvidence() {
        Optional<Path> chosen = new AddEvidenceDialog(window()).ask();
        chosen.ifPresent(p -> addEvidence(List.of(p)));
    }

    /** Shows the view called {@code name}. */
    public void showView(String name) {
        for (Tab t : tabs.getTabs()) {
            if (t.getId().equals("tab-" + name)) {
                tabs.getSelectionModel().select(t);
            }
        }
    }

    /** Stops what runs and releases the case; call when the window closes. */
    public void close() {
        settings.save();
        session.close();
    }

    private void defineShortcuts() {
        shortcuts.add(Shortcut.inMenu("Case", "Shortcut+I", "Add evidence…", this::askForEvidence));
        shortcuts.add(Shortcut.inMenu("Case", "F5", "Reload every view", session::changed));
        shortcuts.add(Shortcut.inMenu("Case", "Shortcut+Shift+E", "Export a bundle…",
                () -> new ExportDialog(session, window()).show()));
        Wellbeing wellbeing = ((GalleryView) CaseViews.named(views, "gallery").orElseThrow()).wellbeing();
        shortcuts.add(Shortcut.inMenu("View", "Shortcut+B", "Blur sensitive pictures on or off",
                () -> wellbeing.blur().set(!wellbeing.blur().get())));
        shortcuts.add(Shortcut.inMenu("View", "Shortcut+G", "Greyscale for sensitive pictures on or off",
                () -> wellbeing.greyscale().set(!wellbeing.greyscale().get())));
        int n = 1;
        for (Tab t : tabs.getTabs()) {
            String name = t.getId().substring("tab-".length());
            shortcuts.add(Shortcut.inMenu("View", "Shortcut+" + n, "Show " + t.getText(), () -> showView(name)));
            n++;
        }
        shortcuts.add(Shortcut.inMenu("View", "Shortcut+F", "Go to the search bar", () -> {
            showView("search");
            search().queryField().requestFocus();
        }));
        shortcuts.add(Shortcut.inMenu("View", "Shortcut+E", "Go to the item detail pane", () -> item.tabs().requestFocus()));
        shortcuts.add(Shortcut.inMenu("View", "Shortcut+Shift+T", "Light or dark theme", this::toggleTheme));
        shortcuts.add(Shortcut.inMenu("Help", "F1", "Keyboard shortcuts", this::showShortcuts));
        shortcuts.add(Shortcut.inView("Enter", "Search: run the query in the search bar"));
        shortcuts.add(Shortcut.inView("R", "Gallery: reveal the selected sensitive picture (audited)"));
        shortcuts.add(Shortcut.inView("Esc", "Gallery: hide the revealed picture again"));
        shortcuts.add(Shortcut.inView("J or ↓", "Triage: next item"));
        shortcuts.add(Shortcut.inView("K or ↑", "Triage: previous item"));
        shortcuts.add(Shortcut.inView("C", "Triage: confirm the selected finding"));
        shortcuts.add(Shortcut.inView("D", "Triage: dismiss the selected finding"));
        shortcuts.add(Shortcut.inView("1 … 9", "Triage: tag the item with quick tag 1 … 9 ("
                + String.join(", ", settings.quickTags()) + ")"));
    }

    /** The menus, made from the shortcuts: every menu action has its keys, and every key its menu item. */
    private MenuBar menus() {
        java.util.Map<String, Menu> menus = new java.util.LinkedHashMap<>();
        for (String name : List.of("Case", "View", "Help")) {
            menus.put(name, new Menu(name));
        }
        for (Shortcut s : shortcuts) {
            if (s.menu() != null) {
                MenuItem m = new MenuItem(s.does());
                m.setAccelerator(s.combination());
                m.setOnAction(e -> s.action().run());
                menus.get(s.menu()).getItems().add(m);
            }
        }
        MenuBar bar = new MenuBar(menus.values().toArray(Menu[]::new));
        bar.setId("menus");
        return bar;
    }

    /** The case, its reference and its handling marking, always in sight. */
    private static HBox caseBanner(CaseInfo info) {
        Label name = new Label(info.name() + (info.reference() == null ? "" : "  ·  " + info.reference()));
        name.getStyleClass().add("title-4");
        Label examiner = new Label("Examiner: " + info.examiner());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox banner = new HBox(12, name, examiner, gap);
        if (info.marking() != null) {
            Label marking = new Label(info.marking());
            marking.setId("marking");
            marking.setStyle("-fx-font-weight: bold; -fx-text-fill: -color-danger-fg;");
            banner.getChildren().add(marking);
        }
        banner.setPadding(new Insets(4, 8, 4, 8));
        return banner;
    }

    private void toggleTheme() {
        settings.setDarkTheme(!settings.darkTheme());
        applyTheme(settings);
    }

    /** Sets the AtlantaFX theme the settings ask for (Primer light, or its dark twin). */
    public static void applyTheme(UserSettings settings) {
        Application.setUserAgentStylesheet(settings.darkTheme() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void showShortcuts() {
        TableView<Shortcut> table = new TableView<>(javafx.collections.FXCollections.observableArrayList(shortcuts));
        javafx.scene.control.TableColumn<Shortcut, String> keys = new javafx.scene.control.TableColumn<>("Keys");
        keys.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(
                cd.getValue().shownKeys()));
        keys.setPrefWidth(140);
        javafx.scene.control.TableColumn<Shortcut, String> does = new javafx.scene.control.TableColumn<>("Does");
        does.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(cd.getValue().does()));
        does.setPrefWidth(420);
        table.getColumns().setAll(List.of(keys, does));
        table.setPrefSize(600, 420);
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(table);
        a.initOwner(window());
        a.show();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
