package org.evidenceworkbench.ui.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

import org.evidenceworkbench.core.item.GeotaggedItems;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.session.ItemFilter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Geotagged items on an offline map (Natural Earth outlines shipped with the build; nothing is
 * fetched at run time). Dense points are clustered per zoom level. A box drawn with Shift+drag
 * (or in select mode) selects the points in it and sets the session's filter; the selected
 * points (or all) export as GeoJSON or KML.
 *
 * <p>Keys: F fits all places, + and - zoom, Esc clears the selection.
 */
public final class MapView implements CaseView {

    private static WorldOutlines sharedOutlines;

    private final CaseSession session;
    private final MapCanvas canvas;
    private final Label summary = new Label();
    private final BorderPane root = new BorderPane();
    private PlacePoints points = PlacePoints.NONE;
    private BitSet selection;

    public MapView(CaseSession session) {
        this(session, TileFolder.fromSettings());
    }

    /** @param tiles the user's offline tile set under the outlines, or null for none */
    MapView(CaseSession session, TileFolder tiles) {
        this.session = session;
        this.canvas = new MapCanvas(outlines(), tiles, this::selectBox);
        ToggleButton select = new ToggleButton("Select area", new FontIcon(MaterialDesignS.SELECTION_DRAG));
        select.setTooltip(new Tooltip("Drag a box to select the places in it (or Shift+drag at any time)"));
        select.selectedProperty().addListener((o, a, b) -> canvas.setSelectMode(b));
        Button fit = new Button("Fit", new FontIcon(MaterialDesignF.FIT_TO_SCREEN));
        fit.setOnAction(e -> canvas.fitToPoints());
        Button in = new Button(null, new FontIcon(MaterialDesignM.MAGNIFY_PLUS));
        in.setOnAction(e -> canvas.zoom(2));
        Button out = new Button(null, new FontIcon(MaterialDesignM.MAGNIFY_MINUS));
        out.setOnAction(e -> canvas.zoom(0.5));
        Button clear = new Button("Clear selection", new FontIcon(MaterialDesignF.FILTER_REMOVE));
        clear.setOnAction(e -> clearSelection());
        Button geoJson = new Button("GeoJSON…", new FontIcon(MaterialDesignE.EXPORT));
        geoJson.setTooltip(new Tooltip("Export the selected places (or all) as GeoJSON"));
        geoJson.setOnAction(e -> chooseAndExport("GeoJSON", "*.geojson", false));
        Button kml = new Button("KML…", new FontIcon(MaterialDesignE.EXPORT));
        kml.setTooltip(new Tooltip("Export the selected places (or all) as KML for Google Earth"));
        kml.setOnAction(e -> chooseAndExport("KML", "*.kml", true));
        Pane spring = new Pane();
        HBox.setHgrow(spring, Priority.ALWAYS);
        root.setTop(new ToolBar(select, fit, in, out, clear, geoJson, kml, spring, summary));
        root.setCenter(canvas);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clearSelection();
            } else if (e.getCode() == KeyCode.F) {
                canvas.fitToPoints();
            } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD) {
                canvas.zoom(2);
            } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                canvas.zoom(0.5);
            } else {
                return;
            }
            e.consume();
        });
        canvas.setOnMouseClicked(e -> canvas.requestFocus());
        canvas.setFocusTraversable(true);
        session.revision().addListener((o, a, b) -> reload(() -> { }));
    }

    private static synchronized WorldOutlines outlines() {
        if (sharedOutlines == null) {
            sharedOutlines = WorldOutlines.load();
        }
        return sharedOutlines;
    }

    /** Selects the places in the box (degrees) and filters the session to their items. */
    public void selectBox(MapCanvas.Box box) {
        BitSet chosen = new BitSet();
        boolean[] marks = new boolean[points.size()];
        for (int i = 0; i < points.size(); i++) {
            if (box.contains(points.lat()[i], points.lon()[i])) {
                chosen.set(Math.toIntExact(points.ids()[i]));
                marks[i] = true;
            }
        }
        selection = chosen;
        canvas.setSelection(box, marks);
        String label = String.format(Locale.ROOT, "Map: %d places in %s–%s, %s–%s", chosen.cardinality(),
                latitude(box.south()), latitude(box.north()), longitude(box.west()), longitude(box.east()));
        summary.setText(chosen.cardinality() + " of " + points.size() + " places selected");
        session.filter().set(new ItemFilter(label, chosen));
    }

    /** Selects the places in a box given in degrees (what a drag on the map does). */
    public void selectBox(double south, double west, double north, double east) {
        selectBox(new MapCanvas.Box(south, west, north, east));
    }

    public void clearSelection() {
        selection = null;
        canvas.setSelection(null, new boolean[points.size()]);
        summary.setText(points.size() + " geotagged items");
        ItemFilter current = session.filter().get();
        if (current != null && current.label().startsWith("Map: ")) {
            session.filter().set(null);
        }
    }

    private static String latitude(double v) {
        return String.format(Locale.ROOT, "%.2f°%s", Math.abs(v), v >= 0 ? "N" : "S");
    }

    private static String longitude(double v) {
        return String.format(Locale.ROOT, "%.2f°%s", Math.abs(v), v >= 0 ? "E" : "W");
    }

    private void chooseAndExport(String kind, String pattern, boolean kml) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export places as " + kind);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(session.theCase().info().name().replaceAll("[^A-Za-z0-9._-]", "_")
                + pattern.substring(1));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            export(file.toPath(), kml, () -> summary.setText("Exported to " + file));
        }
    }

    /**
     * Writes the selected places (all when nothing is selected) as KML or GeoJSON in the
     * background, then runs {@code whenDone} on the FX thread.
     */
    public void export(Path target, boolean kml, Runnable whenDone) {
        BitSet only = selection == null ? null : (BitSet) selection.clone();
        String name = session.theCase().info().name();
        session.background(() -> {
            List<GeotaggedItems.Place> places = new ArrayList<>();
            new GeotaggedItems(session.theCase()).forEach(p -> {
                if (only == null || only.get(Math.toIntExact(p.id()))) {
                    places.add(p);
                }
            });
            if (kml) {
                PlaceFiles.writeKml(places, target, name);
            } else {
                PlaceFiles.writeGeoJson(places, target);
            }
            return places.size();
        }, n -> whenDone.run());
    }

    /** The clusters drawn now. */
    public List<PointClusters.Cluster> clusters() {
        return canvas.clusters();
    }

    /** How many geotagged items the map holds. */
    public int places() {
        return points.size();
    }

    @Override
    public String name() {
        return "map";
    }

    @Override
    public String title() {
        return "Map";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload(Runnable whenLoaded) {
        session.background(() -> PlacePoints.load(session.theCase()), loaded -> {
            points = loaded;
            selection = null;
            canvas.setPoints(loaded.lon(), loaded.lat(), loaded.mercator());
            summary.setText(loaded.size() + " geotagged items");
            whenLoaded.run();
        });
    }
}
