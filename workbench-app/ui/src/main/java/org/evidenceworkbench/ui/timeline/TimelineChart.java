package org.evidenceworkbench.ui.timeline;

import java.time.LocalDateTime;
import java.util.function.BiConsumer;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import org.evidenceworkbench.core.item.ItemTimes;
import org.evidenceworkbench.ui.views.Formats;

/**
 * The timeline's bar chart, drawn on a canvas (a chart with a node per bar would not cope with
 * thousands of bins): bars of item counts per bin, an axis of UK times, and the selected range
 * shaded. Dragging selects a range (snapped to whole bins) and reports it; the wheel zooms about
 * the pointer; a double click shows everything again.
 */
final class TimelineChart extends Region {

    private static final double AXIS = 36;
    private static final double PAD = 8;
    /** room above the bars for the scale note */
    private static final double TOP = 22;
    /** the width an axis label needs, so labels never overlap */
    private static final double LABEL_WIDTH = 130;
    private static final double MIN_BAR_PX = 4;
    private static final Color BAR = Color.web("#0969da");
    private static final Color SELECTION = Color.web("#0969da", 0.18);

    private final Canvas canvas = new Canvas();
    private final BiConsumer<Long, Long> onSelect;
    private long[] times = new long[0];
    private long viewFrom;
    private long viewTo = 1;
    private TimeBins bins;
    private long selectedFrom = -1;
    private long selectedTo = -1;
    private double dragStartX = -1;

    /** @param onSelect receives a chosen range [from, to) in UK wall-clock seconds */
    TimelineChart(BiConsumer<Long, Long> onSelect) {
        this.onSelect = onSelect;
        getChildren().add(canvas);
        setMinSize(200, 120);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** Shows these sorted times, all of them. */
    void setTimes(long[] sortedTimes) {
        this.times = sortedTimes;
        showAll();
    }

    void showAll() {
        if (times.length == 0) {
            viewFrom = 0;
            viewTo = 1;
        } else {
            long span = Math.max(3600, times[times.length - 1] - times[0]);
            viewFrom = times[0] - span / 20;
            viewTo = times[times.length - 1] + span / 20 + 1;
        }
        draw();
    }

    void setSelection(long from, long to) {
        selectedFrom = from;
        selectedTo = to;
        draw();
    }

    TimeBins bins() {
        return bins;
    }

    /** The x of a time on the canvas, for tests and the drag. */
    double xOf(long seconds) {
        double w = plotWidth();
        return PAD + (seconds - bins.start()) * w / (double) (bins.end() - bins.start());
    }

    long secondsAt(double x) {
        double w = plotWidth();
        return bins.start() + Math.round((x - PAD) / w * (bins.end() - bins.start()));
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - 2 * PAD);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        int maxBins = (int) Math.max(1, plotWidth() / MIN_BAR_PX);
        bins = TimeBins.of(times, viewFrom, viewTo, maxBins);
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        double plotH = Math.max(1, h - AXIS - TOP);
        double binW = plotWidth() / bins.size();
        if (selectedFrom >= 0) {
            double x0 = Math.max(PAD, xOf(selectedFrom));
            double x1 = Math.min(w - PAD, xOf(selectedTo));
            g.setFill(SELECTION);
            g.fillRect(x0, TOP, Math.max(1, x1 - x0), plotH);
        }
        long max = Math.max(1, bins.max());
        g.setFill(BAR);
        for (int b = 0; b < bins.size(); b++) {
            long c = bins.count(b);
            if (c > 0) {
                double barH = Math.max(2, plotH * c / max);
                g.fillRect(PAD + b * binW + 0.5, TOP + plotH - barH, Math.max(1, binW - 1), barH);
            }
        }
        g.setStroke(Color.GRAY);
        g.strokeLine(PAD, TOP + plotH, w - PAD, TOP + plotH);
        drawAxisLabels(g, plotH, binW);
    }

    private void drawAxisLabels(GraphicsContext g, double plotH, double binW) {
        g.setFill(Color.web("#24292f"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        int every = (int) Math.max(1, Math.ceil(LABEL_WIDTH / binW));
        for (int b = 0; b < bins.size(); b += every) {
            double x = PAD + b * binW;
            LocalDateTime t = ItemTimes.Points.toLocal(bins.start() + b * bins.width());
            g.strokeLine(x, TOP + plotH, x, TOP + plotH + 4);
            String label = bins.width() >= 86_400 ? t.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    : t.format(Formats.DATE_TIME);
            g.fillText(label, x + 2, TOP + plotH + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("tallest bar: " + bins.max() + (bins.max() == 1 ? " item" : " items") + " in "
                + widthWords(bins.width()), canvas.getWidth() - PAD, 4);
    }

    static String widthWords(long seconds) {
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        if (seconds < 86_400) {
            return seconds / 3600 + " h";
        }
        return seconds / 86_400 + " days";
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            showAll();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            dragStartX = e.getX();
        }
    }

    private void dragged(MouseEvent e) {
        if (dragStartX >= 0) {
            long[] range = snapped(dragStartX, e.getX());
            setSelection(range[0], range[1]);
        }
    }

    private void released(MouseEvent e) {
        if (dragStartX >= 0 && Math.abs(e.getX() - dragStartX) >= 3) {
            long[] range = snapped(dragStartX, e.getX());
            setSelection(range[0], range[1]);
            onSelect.accept(range[0], range[1]);
        }
        dragStartX = -1;
    }

    /** The range between two x positions, widened to whole bins. */
    private long[] snapped(double xa, double xb) {
        long a = secondsAt(Math.min(xa, xb));
        long b = secondsAt(Math.max(xa, xb));
        long w = bins.width();
        long from = Math.floorDiv(a, w) * w;
        long to = Math.max(from + w, Math.floorDiv(b + w - 1, w) * w);
        return new long[] {from, to};
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = e.getDeltaY() > 0 ? 0.5 : 2.0;
        long at = secondsAt(e.getX());
        long span = Math.max(600, (long) ((viewTo - viewFrom) * factor));
        double share = (double) (at - viewFrom) / Math.max(1, viewTo - viewFrom);
        viewFrom = at - (long) (span * share);
        viewTo = viewFrom + span;
        draw();
        e.consume();
    }
}
