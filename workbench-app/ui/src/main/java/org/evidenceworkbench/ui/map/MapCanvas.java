package org.evidenceworkbench.ui.map;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The map drawn on a canvas: sea, the countries with the UK outlined more strongly, the item
 * clusters, and the selection box. Drag pans; Shift+drag (or drag in select mode) draws a box
 * that selects the points in it; the wheel zooms about the pointer.
 */
final class MapCanvas extends Region {

    /** A chosen box in degrees. */
    record Box(double south, double west, double north, double east) {
        boolean contains(double lat, double lon) {
            return lat >= south && lat <= north && lon >= west && lon <= east;
        }
    }

    private static final double CLUSTER_CELL = 44;
    private static final Color SEA = Color.web("#dbe9f6");
    private static final Color LAND = Color.web("#f6f4ef");
    private static final Color BORDER = Color.web("#9a9a9a");
    private static final Color UK = Color.web("#24292f");
    private static final Color POINT = Color.web("#cf222e");
    private static final Color SELECTED = Color.web("#0969da");

    private final Canvas canvas = new Canvas();
    private final WorldOutlines outlines;
    private final TileFolder tiles;
    private boolean redrawQueued;
    private final Viewport view = new Viewport();
    private final Consumer<Box> onSelect;
    private double[] lon = new double[0];
    private double[] lat = new double[0];
    private double[] mercator = new double[0];
    private boolean[] selected = new boolean[0];
    private Box box;
    private boolean selectMode;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean selecting;
    private List<PointClusters.Cluster> clusters = List.of();

    /** @param tiles the user's offline tiles under the outlines, or null for the outlines alone */
    MapCanvas(WorldOutlines outlines, TileFolder tiles, Consumer<Box> onSelect) {
        this.outlines = outlines;
        this.tiles = tiles;
        this.onSelect = onSelect;
        getChildren().add(canvas);
        setMinSize(200, 150);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                view.zoom(e.getDeltaY() > 0 ? 1.5 : 1 / 1.5, e.getX(), e.getY());
                draw();
            }
            e.consume();
        });
    }

    /** @param mercator the points' Mercator ordinates ({@link PlacePoints#mercator}) */
    void setPoints(double[] lon, double[] lat, double[] mercator) {
        this.lon = lon;
        this.lat = lat;
        this.mercator = mercator;
        this.selected = new boolean[lon.length];
        this.box = null;
        fitToPoints();
    }

    void setSelection(Box chosen, boolean[] which) {
        box = chosen;
        selected = which;
        draw();
    }

    void setSelectMode(boolean on) {
        selectMode = on;
    }

    Viewport viewport() {
        return view;
    }

    List<PointClusters.Cluster> clusters() {
        return clusters;
    }

    /** Shows all points, or the world when there are none. */
    void fitToPoints() {
        view.resize(getWidth(), getHeight());
        if (lon.length == 0) {
            view.fit(-60, -170, 80, 170);
        } else {
            double s = 90;
            double n = -90;
            double w = 180;
            double e = -180;
            for (int i = 0; i < lon.length; i++) {
                s = Math.min(s, lat[i]);
                n = Math.max(n, lat[i]);
                w = Math.min(w, lon[i]);
                e = Math.max(e, lon[i]);
            }
            view.fit(s, w, n, e);
        }
        draw();
    }

    void zoom(double factor) {
        view.zoom(factor, view.width() / 2, view.height() / 2);
        draw();
    }

    @Override
    protected void layoutChildren() {
        boolean first = canvas.getWidth() == 0;
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        view.resize(getWidth(), getHeight());
        if (first) {
            fitToPoints();
        } else {
            draw();
        }
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(SEA);
        g.fillRect(0, 0, w, h);
        if (tiles != null) {
            drawTiles(g, w, h);
        }
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (WorldOutlines.Country c : outlines.countries()) {
            boolean uk = WorldOutlines.UNITED_KINGDOM.equals(c.id());
            for (double[] ring : c.rings()) {
                if (!onScreen(ring, w, h)) {
                    continue;
                }
                path(g, ring);
                if (tiles == null) {
                    g.setFill(LAND);
                    g.fill();
                }
                g.setStroke(uk ? UK : BORDER);
                g.setLineWidth(uk ? 1.6 : 0.6);
                g.stroke();
            }
        }
        drawClusters(g);
        if (box != null) {
            double x0 = view.x(box.west());
            double x1 = view.x(box.east());
            double y0 = view.y(box.north());
            double y1 = view.y(box.south());
            g.setFill(Color.web("#0969da", 0.12));
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
            g.setStroke(SELECTED);
            g.setLineWidth(1.5);
            g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        }
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("Natural Earth (public domain)" + (tiles == null ? "" : "; tiles: your offline set"), w - 4, h - 2);
    }

    /**
     * Draws the XYZ tiles covering the view at the zoom level nearest the view's scale (a tile
     * is 256 pixels at its own zoom), stretched to fit; tiles still loading are drawn when they
     * arrive.
     */
    private void drawTiles(GraphicsContext g, double w, double h) {
        double ideal = Math.log(view.pixelsPerDegree() * 360 / 256) / Math.log(2);
        int z = (int) Math.max(0, Math.min(tiles.maxZoom(), Math.round(ideal)));
        int n = 1 << z;
        double tileDegrees = 360.0 / n;
        double size = tileDegrees * view.pixelsPerDegree();
        int firstX = (int) Math.floor((view.lon(0) + 180) / tileDegrees);
        int lastX = (int) Math.floor((view.lon(w) + 180) / tileDegrees);
        double topMerc = Viewport.mercator(Viewport.MAX_LATITUDE);
        int firstY = (int) Math.floor((topMerc - Viewport.mercator(view.lat(0))) / tileDegrees);
        int lastY = (int) Math.floor((topMerc - Viewport.mercator(view.lat(h))) / tileDegrees);
        for (int tx = Math.max(0, firstX); tx <= Math.min(n - 1, lastX); tx++) {
            for (int ty = Math.max(0, firstY); ty <= Math.min(n - 1, lastY); ty++) {
                javafx.scene.image.Image image = tiles.tile(z, tx, ty, this::redrawSoon);
                if (image != null && image.getProgress() >= 1 && !image.isError()) {
                    g.drawImage(image, view.x(tx * tileDegrees - 180), view.yOfMercator(topMerc - ty * tileDegrees),
                            size, size);
                }
            }
        }
    }

    /** One redraw for however many tiles arrive together. */
    private void redrawSoon() {
        if (!redrawQueued) {
            redrawQueued = true;
            javafx.application.Platform.runLater(() -> {
                redrawQueued = false;
                draw();
            });
        }
    }

    /** Whether a ring's bounding box (its first four numbers, see {@link WorldOutlines}) touches the screen. */
    private boolean onScreen(double[] ring, double w, double h) {
        return view.x(ring[2]) >= 0 && view.x(ring[0]) <= w && view.y(ring[1]) >= 0 && view.y(ring[3]) <= h;
    }

    /**
     * Traces a ring, skipping points less than a pixel from the last one drawn: zoomed out, the
     * 50m outlines have many points per pixel, and drawing them all is what would make panning slow.
     */
    private void path(GraphicsContext g, double[] ring) {
        g.beginPath();
        double lastX = view.x(ring[WorldOutlines.BOX]);
        double lastY = view.y(ring[WorldOutlines.BOX + 1]);
        g.moveTo(lastX, lastY);
        for (int i = WorldOutlines.BOX + 2; i < ring.length; i += 2) {
            double x = view.x(ring[i]);
            double y = view.y(ring[i + 1]);
            if (Math.abs(x - lastX) >= 1 || Math.abs(y - lastY) >= 1 || i == ring.length - 2) {
                g.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        g.closePath();
    }

    private void drawClusters(GraphicsContext g) {
        clusters = PointClusters.of(lon, mercator, view, CLUSTER_CELL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(Font.font("System", FontWeight.BOLD, 11));
        for (PointClusters.Cluster c : clusters) {
            double r = c.count() == 1 ? 6 : Math.min(22, 9 + 3 * Math.log10(c.count()) * 2);
            boolean isSelected = selected.length > c.firstIndex() && selected[c.firstIndex()];
            g.setFill(isSelected ? SELECTED : POINT);
            g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            if (c.count() > 1) {
                g.setFill(Color.WHITE);
                g.fillText(Integer.toString(c.count()), c.x(), c.y());
            }
        }
    }

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        selecting = e.getButton() == MouseButton.PRIMARY && (selectMode || e.isShiftDown());
    }

    private void dragged(MouseEvent e) {
        if (selecting) {
            box = boxBetween(pressX, pressY, e.getX(), e.getY());
        } else {
            view.pan(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        draw();
    }

    private void released(MouseEvent e) {
        if (selecting && Math.abs(e.getX() - pressX) > 3 && Math.abs(e.getY() - pressY) > 3) {
            onSelect.accept(boxBetween(pressX, pressY, e.getX(), e.getY()));
        }
        selecting = false;
    }

    /** The box in degrees between two screen points. */
    Box boxBetween(double xa, double ya, double xb, double yb) {
        return new Box(view.lat(Math.max(ya, yb)), view.lon(Math.min(xa, xb)), view.lat(Math.min(ya, yb)),
                view.lon(Math.max(xa, xb)));
    }
}
