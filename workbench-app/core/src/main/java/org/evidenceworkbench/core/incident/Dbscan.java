package org.evidenceworkbench.core.incident;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * DBSCAN (Ester et al., 1996) over time and place: two media are neighbours when they are within
 * {@code epsMillis} of each other in time and {@code epsMetres} in space. Points are sorted by time
 * so each neighbourhood query scans only the time window, not every point.
 */
final class Dbscan {

    static final int NOISE = -1;
    private static final int UNSEEN = 0;

    private final long epsMillis;
    private final double epsMetres;
    private final int minPoints;

    Dbscan(long epsMillis, double epsMetres, int minPoints) {
        this.epsMillis = epsMillis;
        this.epsMetres = epsMetres;
        this.minPoints = minPoints;
    }

    /** The cluster label of each point (1, 2, ... or {@link #NOISE}), in the order given. */
    int[] cluster(List<MediaPoint> points) {
        Integer[] order = new Integer[points.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> points.get(i).time()));
        long[] times = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            times[k] = points.get(order[k]).time().toEpochMilli();
        }
        int[] labels = new int[order.length]; // by sorted position
        int cluster = 0;
        for (int k = 0; k < order.length; k++) {
            if (labels[k] != UNSEEN) {
                continue;
            }
            List<Integer> neighbours = neighbours(k, points, order, times);
            if (neighbours.size() < minPoints) {
                labels[k] = NOISE; // may still become a border point of a later cluster
                continue;
            }
            cluster++;
            labels[k] = cluster;
            Deque<Integer> queue = new ArrayDeque<>(neighbours);
            while (!queue.isEmpty()) {
                int n = queue.poll();
                if (labels[n] == NOISE) {
                    labels[n] = cluster;
                }
                if (labels[n] != UNSEEN) {
                    continue;
                }
                labels[n] = cluster;
                List<Integer> further = neighbours(n, points, order, times);
                if (further.size() >= minPoints) {
                    queue.addAll(further);
                }
            }
        }
        int[] out = new int[points.size()];
        for (int k = 0; k < order.length; k++) {
            out[order[k]] = labels[k];
        }
        return out;
    }

    /** Sorted positions of the points within eps of the point at sorted position {@code k}, itself included. */
    private List<Integer> neighbours(int k, List<MediaPoint> points, Integer[] order, long[] times) {
        MediaPoint p = points.get(order[k]);
        int from = k;
        while (from > 0 && times[k] - times[from - 1] <= epsMillis) {
            from--;
        }
        List<Integer> out = new ArrayList<>();
        for (int j = from; j < times.length && times[j] - times[k] <= epsMillis; j++) {
            MediaPoint q = points.get(order[j]);
            if (GeoDistance.metres(p.latitude(), p.longitude(), q.latitude(), q.longitude()) <= epsMetres) {
                out.add(j);
            }
        }
        return out;
    }
}
