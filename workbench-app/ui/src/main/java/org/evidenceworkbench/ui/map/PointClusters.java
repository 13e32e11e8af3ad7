package org.evidenceworkbench.ui.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense points drawn as clusters: points falling in the same square of the screen grid (for the
 * current zoom) become one disc with their count, placed at their mean position. One pass over
 * the points, so a million redraw without delay; zooming in splits clusters apart.
 */
public final class PointClusters {

    /** A disc to draw: its centre on screen, how many points, and the index of one of them. */
    public record Cluster(double x, double y, int count, int firstIndex) {
    }

    private PointClusters() {
    }

    public static List<Cluster> of(double[] lon, double[] lat, Viewport view, double cellPixels) {
        Map<Long, double[]> cells = new HashMap<>();
        for (int i = 0; i < lon.length; i++) {
            double x = view.x(lon[i]);
            double y = view.y(lat[i]);
            if (x < -cellPixels || y < -cellPixels || x > view.width() + cellPixels
                    || y > view.height() + cellPixels) {
                continue;
            }
            long key = (((long) Math.floor(x / cellPixels)) << 32) ^ ((long) Math.floor(y / cellPixels) & 0xffffffffL);
            double[] acc = cells.computeIfAbsent(key, k -> new double[4]);
            if (acc[2] == 0) {
                acc[3] = i;
            }
            acc[0] += x;
            acc[1] += y;
            acc[2]++;
        }
        List<Cluster> out = new ArrayList<>(cells.size());
        for (double[] acc : cells.values()) {
            out.add(new Cluster(acc[0] / acc[2], acc[1] / acc[2], (int) acc[2], (int) acc[3]));
        }
        return out;
    }
}
