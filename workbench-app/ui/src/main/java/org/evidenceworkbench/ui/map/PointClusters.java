package org.evidenceworkbench.ui.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Dense points drawn as clusters: points falling in the same square of the screen grid (for the
 * current zoom) become one disc with their count, placed at their mean position. One pass over
 * the points into flat arrays (one slot per grid square, no hashing or boxing), so a million
 * points cluster in a few milliseconds; zooming in splits clusters apart.
 */
public final class PointClusters {

    /** A disc to draw: its centre on screen, how many points, and the index of one of them. */
    public record Cluster(double x, double y, int count, int firstIndex) {
    }

    private PointClusters() {
    }

    /**
     * @param lon      longitudes
     * @param mercator the points' Mercator ordinates ({@link Viewport#mercator}), worked out once
     *                 when the points are loaded rather than on every redraw
     */
    public static List<Cluster> of(double[] lon, double[] mercator, Viewport view, double cellPixels) {
        // one extra square on every side, so a point just off screen still pulls its disc to the edge
        int columns = (int) Math.ceil(view.width() / cellPixels) + 2;
        int rows = (int) Math.ceil(view.height() / cellPixels) + 2;
        int cells = columns * rows;
        double[] sumX = new double[cells];
        double[] sumY = new double[cells];
        int[] count = new int[cells];
        int[] first = new int[cells];
        for (int i = 0; i < lon.length; i++) {
            double x = view.x(lon[i]);
            double y = view.yOfMercator(mercator[i]);
            int column = (int) Math.floor(x / cellPixels) + 1;
            int row = (int) Math.floor(y / cellPixels) + 1;
            if (column < 0 || row < 0 || column >= columns || row >= rows) {
                continue;
            }
            int cell = row * columns + column;
            if (count[cell]++ == 0) {
                first[cell] = i;
            }
            sumX[cell] += x;
            sumY[cell] += y;
        }
        List<Cluster> out = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            if (count[cell] > 0) {
                out.add(new Cluster(sumX[cell] / count[cell], sumY[cell] / count[cell], count[cell], first[cell]));
            }
        }
        return out;
    }
}
