package org.evidenceworkbench.ui.gallery;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

import org.controlsfx.control.GridView;
import org.evidenceworkbench.core.item.GalleryItems;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.wellbeing.Wellbeing;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The gallery: every picture, video keyframe and video contact sheet of the case as a virtualised
 * grid of thumbnails (ControlsFX GridView: only the visible rows have cells), near-duplicate
 * copies next to each other with a "≈N" badge. Sensitive pictures are blurred and greyscale
 * unless revealed, one at a time; each reveal is audited.
 *
 * <p>Keys: R reveals the selected picture, Esc hides it again, Ctrl+B and Ctrl+G switch blur and
 * greyscale for the whole gallery, Left/Right move the selection.
 */
public final class GalleryView implements CaseView {

    public static final KeyCombination REVEAL = new KeyCodeCombination(KeyCode.R);
    public static final KeyCombination HIDE_AGAIN = new KeyCodeCombination(KeyCode.ESCAPE);
    public static final KeyCombination TOGGLE_BLUR = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination TOGGLE_GREYSCALE = new KeyCodeCombination(KeyCode.G,
            KeyCombination.SHORTCUT_DOWN);

    private static final double TILE = 128;
    private static final int CACHED_THUMBNAILS = 600;

    private final CaseSession session;
    private final Wellbeing wellbeing;
    private final ThumbnailCache thumbnails;
    private final ObservableList<GalleryItems.Tile> tiles = FXCollections.observableArrayList();
    private final Map<Long, Integer> groupSizes = new HashMap<>();
    private final ObjectProperty<GalleryItems.Tile> selected = new SimpleObjectProperty<>(this, "selected");
    // the grid makes and drops cells as it lays out rows; held weakly so dropped ones can go
    private final Set<GalleryTileCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private final Label summary = new Label();
    private final BorderPane root = new BorderPane();

    public GalleryView(CaseSession session) {
        this(session, Wellbeing.fromSettings());
    }

    public GalleryView(CaseSession session, Wellbeing wellbeing) {
        this.session = session;
        this.wellbeing = wellbeing;
        this.thumbnails = new ThumbnailCache(session.theCase().layout().thumbsDir(), TILE, CACHED_THUMBNAILS);
        GridView<GalleryItems.Tile> grid = new GridView<>(tiles);
        grid.setCellWidth(TILE + 12);
        grid.setCellHeight(TILE + 30);
        grid.setCellFactory(g -> {
            GalleryTileCell cell = new GalleryTileCell(thumbnails, wellbeing, groupSizes, selected, this::select, TILE);
            cells.add(cell);
            return cell;
        });
        root.setCenter(grid);
        root.setTop(toolbar());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        wellbeing.blur().addListener((o, a, b) -> refreshCells());
        wellbeing.greyscale().addListener((o, a, b) -> refreshCells());
        wellbeing.revealed().addListener((o, a, b) -> refreshCells());
        selected.addListener((o, a, b) -> refreshCells());
        session.revision().addListener((o, a, b) -> reload(() -> { }));
    }

    private ToolBar toolbar() {
        ToggleButton blur = new ToggleButton("Blur", new FontIcon(MaterialDesignB.BLUR));
        blur.selectedProperty().bindBidirectional(wellbeing.blur());
        blur.setTooltip(new Tooltip("Blur sensitive pictures (Ctrl+B)"));
        ToggleButton grey = new ToggleButton("Greyscale", new FontIcon(MaterialDesignI.INVERT_COLORS));
        grey.selectedProperty().bindBidirectional(wellbeing.greyscale());
        grey.setTooltip(new Tooltip("Show sensitive pictures in greyscale (Ctrl+G)"));
        ToggleButton mute = new ToggleButton("Mute video", new FontIcon(MaterialDesignV.VOLUME_OFF));
        mute.selectedProperty().bindBidirectional(wellbeing.muteVideo());
        mute.setTooltip(new Tooltip("Videos start without sound"));
        Button reveal = new Button("Reveal", new FontIcon(MaterialDesignE.EYE));
        reveal.setTooltip(new Tooltip("Show the selected sensitive picture as it is (R); audited. Esc hides it again."));
        reveal.setOnAction(e -> revealSelected());
        Pane spring = new Pane();
        javafx.scene.layout.HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(blur, grey, mute, reveal, spring, summary);
    }

    private void onKey(KeyEvent e) {
        if (TOGGLE_BLUR.match(e)) {
            wellbeing.blur().set(!wellbeing.blur().get());
        } else if (TOGGLE_GREYSCALE.match(e)) {
            wellbeing.greyscale().set(!wellbeing.greyscale().get());
        } else if (REVEAL.match(e)) {
            revealSelected();
        } else if (HIDE_AGAIN.match(e)) {
            wellbeing.revealed().set(-1);
        } else if (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT) {
            moveSelection(e.getCode() == KeyCode.RIGHT ? 1 : -1);
        } else {
            return;
        }
        e.consume();
    }

    private void moveSelection(int step) {
        if (tiles.isEmpty()) {
            return;
        }
        int at = selected.get() == null ? -1 : tiles.indexOf(selected.get());
        select(tiles.get(Math.floorMod(at + step, tiles.size())));
    }

    /** Selects a tile; the detail pane follows through {@link CaseSession#selectedItem()}. */
    public void select(GalleryItems.Tile tile) {
        selected.set(tile);
        session.selectedItem().set(tile == null ? -1 : tile.id());
        root.requestFocus();
    }

    /** Reveals the selected picture if it is hidden (audited; see {@link Wellbeing#reveal}). */
    public void revealSelected() {
        GalleryItems.Tile tile = selected.get();
        if (tile != null && tile.sensitive()) {
            wellbeing.reveal(session, tile.id());
        }
    }

    private void refreshCells() {
        List.copyOf(cells).forEach(GalleryTileCell::refreshLook);
    }

    /** How many thumbnails are decoded in memory now (bounded). */
    int cachedThumbnails() {
        return thumbnails.size();
    }

    public Wellbeing wellbeing() {
        return wellbeing;
    }

    /** The tiles shown, in display order. */
    public List<GalleryItems.Tile> tiles() {
        return List.copyOf(tiles);
    }

    public ReadOnlyObjectProperty<GalleryItems.Tile> selected() {
        return selected;
    }

    @Override
    public String name() {
        return "gallery";
    }

    @Override
    public String title() {
        return "Gallery";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload(Runnable whenLoaded) {
        session.background(() -> new GalleryItems(session.theCase()).list(wellbeing.sensitiveTypes()), loaded -> {
            show(loaded);
            whenLoaded.run();
        });
    }

    /** Shows these tiles (on the FX thread), keeping the selection if its item is still there. */
    void show(List<GalleryItems.Tile> loaded) {
        groupSizes.clear();
        for (GalleryItems.Tile t : loaded) {
            if (t.group() >= 0) {
                groupSizes.merge(t.group(), 1, Integer::sum);
            }
        }
        tiles.setAll(loaded);
        if (selected.get() != null) {
            long id = selected.get().id();
            selected.set(loaded.stream().filter(t -> t.id() == id).findFirst().orElse(null));
        }
        long hidden = loaded.stream().filter(GalleryItems.Tile::sensitive).count();
        summary.setText(loaded.size() + " pictures" + (hidden > 0 ? ", " + hidden + " hidden for wellbeing" : ""));
    }
}
