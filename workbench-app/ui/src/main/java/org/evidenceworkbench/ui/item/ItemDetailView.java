package org.evidenceworkbench.ui.item;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.settings.UserSettings;
import org.evidenceworkbench.ui.wellbeing.Wellbeing;

/**
 * Look: the item the user selected, in tabs: its facts, its findings (confirm / dismiss), its text
 * with the search words marked, a hex view, the picture with zoom or the video's keyframes and
 * playback, and its tags. Follows {@link CaseSession#selectedItem()}; reloads when the case changes.
 */
public final class ItemDetailView implements CaseView {

    private final CaseSession session;
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label("Select an item to see it here.");
    private final Label subheading = new Label();
    private final TabPane tabs = new TabPane();
    private final OverviewPane overview;
    private final FindingsPane findings;
    private final ScrollPane textPane = new ScrollPane();
    private final HexPane hex;
    private final PicturePane picture;
    private final VideoPane video;
    private final TagsPane tags;
    private final Tab overviewTab = new Tab("Overview");
    private final Tab findingsTab = new Tab("Findings");
    private final Tab textTab = new Tab("Text");
    private final Tab hexTab = new Tab("Hex");
    private final Tab pictureTab = new Tab("Picture");
    private final Tab videoTab = new Tab("Video");
    private final Tab tagsTab = new Tab("Tags");
    private final StringProperty highlight = new SimpleStringProperty(this, "highlight", "");
    private ItemDetail shown;
    private String shownText = "";
    private long generation;

    public ItemDetailView(CaseSession session) {
        this(session, UserSettings.DEFAULT_TAGS, Wellbeing.fromSettings());
    }

    /**
     * @param wellbeing the window's one wellbeing state (shared with the gallery): sensitive
     *                  pictures are blurred here too until revealed
     */
    public ItemDetailView(CaseSession session, List<String> quickTags, Wellbeing wellbeing) {
        this.session = session;
        root.setId("item-view");
        overview = new OverviewPane(this::open);
        findings = new FindingsPane(session);
        hex = new HexPane(session);
        picture = new PicturePane(session, wellbeing);
        video = new VideoPane(session, this::open);
        tags = new TagsPane(session, quickTags);
        heading.getStyleClass().add("title-3");
        heading.setId("item-heading");
        subheading.setStyle("-fx-text-fill: -color-fg-muted;");
        VBox top = new VBox(2, heading, subheading);
        top.setPadding(new Insets(8));
        root.setTop(top);
        overviewTab.setContent(overview.node());
        findingsTab.setContent(findings.node());
        findingsTab.setId("findings-tab");
        textPane.setFitToWidth(true);
        textPane.setPadding(new Insets(8));
        textTab.setContent(textPane);
        hexTab.setContent(hex.node());
        hexTab.setOnSelectionChanged(e -> {
            if (hexTab.isSelected()) {
                hex.ensureLoaded();
            }
        });
        pictureTab.setContent(picture.node());
        videoTab.setContent(video.node());
        tagsTab.setContent(tags.node());
        tagsTab.setId("tags-tab");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("item-tabs");
        root.setCenter(tabs);
        session.selectedItem().addListener((o, was, is) -> reload(() -> { }));
        session.revision().addListener((o, was, is) -> reload(() -> { }));
        highlight.addListener((o, was, is) -> showText());
    }

    @Override
    public String name() {
        return "item";
    }

    @Override
    public String title() {
        return "Item";
    }

    @Override
    public Node node() {
        return root;
    }

    /** Marks the words of this query in the item's text (the search view's query). */
    public void followQuery(ObservableValue<String> query) {
        highlight.bind(query);
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The item shown, or null. */
    public ItemDetail shown() {
        return shown;
    }

    private void open(long id) {
        session.selectedItem().set(id);
    }

    @Override
    public void reload(Runnable whenLoaded) {
        long id = session.selectedItem().get();
        long mine = ++generation;
        if (id < 0) {
            showNothing();
            whenLoaded.run();
            return;
        }
        session.background(() -> {
            CaseQueries q = new CaseQueries(session.theCase());
            ItemDetail d = q.show(Long.toString(id));
            return new Loaded(d, q.text(id));
        }, loaded -> {
            if (mine == generation) {
                show(loaded.detail(), loaded.text());
            }
            whenLoaded.run();
        });
    }

    private record Loaded(ItemDetail detail, String text) {
    }

    private void showNothing() {
        shown = null;
        heading.setText("Select an item to see it here.");
        subheading.setText("");
        tabs.getTabs().clear();
    }

    private void show(ItemDetail d, String text) {
        boolean sameItem = shown != null && shown.item().id() == d.item().id();
        shown = d;
        shownText = text;
        heading.setText(d.name());
        subheading.setText(d.item().path());
        overview.show(d);
        findings.show(d.findings(), d.detectorErrors());
        findingsTab.setText("Findings (" + d.findings().size() + ")");
        showText();
        tags.show(d.item().id(), d.tags());
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        List<Tab> wanted = new java.util.ArrayList<>(List.of(overviewTab, findingsTab, textTab, hexTab));
        if (!sameItem) {
            hex.showItem(d.item().id());
            if ("picture".equals(d.item().category())) {
                picture.showItem(d);
            }
            if ("video".equals(d.item().category())) {
                video.showItem(d);
            } else {
                video.stop();
            }
        }
        if ("picture".equals(d.item().category())) {
            wanted.add(pictureTab);
        }
        if ("video".equals(d.item().category())) {
            wanted.add(videoTab);
        }
        wanted.add(tagsTab);
        if (!tabs.getTabs().equals(wanted)) {
            tabs.getTabs().setAll(wanted);
        }
        if (selected != null && tabs.getTabs().contains(selected)) {
            tabs.getSelectionModel().select(selected);
        } else if (!d.findings().isEmpty()) {
            tabs.getSelectionModel().select(findingsTab);
        }
        if (hexTab.isSelected()) {
            hex.ensureLoaded();
        }
    }

    private void showText() {
        if (shown == null) {
            return;
        }
        if (shownText.isEmpty()) {
            textPane.setContent(new Label("No text was extracted from this item."));
            return;
        }
        TextFlow flow = HighlightedText.flow(shownText, SearchTerms.of(highlight.get()));
        textPane.setContent(flow);
    }

    /** How many search words are marked in the text tab (what a user sees highlighted). */
    public long highlightedWords() {
        return textPane.getContent() instanceof TextFlow flow ? HighlightedText.marks(flow) : 0;
    }
}
