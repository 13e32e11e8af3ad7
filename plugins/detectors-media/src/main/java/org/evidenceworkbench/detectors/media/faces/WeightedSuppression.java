package org.evidenceworkbench.detectors.media.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Weighted non-maximum suppression, as MediaPipe applies it to BlazeFace: overlapping boxes of one
 * face (neighbouring anchors, and the same face seen in the whole picture and in a tile) become
 * one box, the score-weighted mean of the cluster, which is steadier than the single best box.
 */
final class WeightedSuppression {

    private WeightedSuppression() {
    }

    /** A box in picture pixels, with fractional coordinates until it is reported. */
    record Box(double x, double y, double width, double height, double score) {

        double area() {
            return width * height;
        }

        double iou(Box other) {
            double ix = Math.min(x + width, other.x + other.width) - Math.max(x, other.x);
            double iy = Math.min(y + height, other.y + other.height) - Math.max(y, other.y);
            if (ix <= 0 || iy <= 0) {
                return 0;
            }
            double intersection = ix * iy;
            return intersection / (area() + other.area() - intersection);
        }
    }

    /**
     * @param boxes        candidate boxes, in any order
     * @param minOverlap   boxes overlapping the best remaining box by more than this IoU join its cluster
     * @return one box per cluster, best score first
     */
    static List<Box> apply(List<Box> boxes, double minOverlap) {
        List<Box> remaining = new ArrayList<>(boxes);
        remaining.sort(Comparator.comparingDouble(Box::score).reversed());
        List<Box> kept = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Box best = remaining.get(0);
            double weight = 0;
            double x = 0;
            double y = 0;
            double right = 0;
            double bottom = 0;
            List<Box> rest = new ArrayList<>();
            for (Box b : remaining) {
                if (b == best || best.iou(b) > minOverlap) {
                    weight += b.score();
                    x += b.x() * b.score();
                    y += b.y() * b.score();
                    right += (b.x() + b.width()) * b.score();
                    bottom += (b.y() + b.height()) * b.score();
                } else {
                    rest.add(b);
                }
            }
            kept.add(new Box(x / weight, y / weight, (right - x) / weight, (bottom - y) / weight, best.score()));
            remaining = rest;
        }
        return kept;
    }
}
