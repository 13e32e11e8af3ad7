package org.evidenceworkbench.ui.map;

/**
 * Where the map looks: an equirectangular projection (longitude and latitude straight onto x and
 * y), which keeps the arithmetic simple and exact for selections; at UK latitudes it stretches
 * east-west a little, so the map squeezes x by cos(latitude of the centre) to keep shapes right.
 */
public final class Viewport {

    private static final double MAX_PIXELS_PER_DEGREE = 200_000;

    private double centreLon;
    private double centreLat;
    private double pixelsPerDegree = 2;
    private double width = 1;
    private double height = 1;

    public void resize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
    }

    private double xScale() {
        return pixelsPerDegree * Math.cos(Math.toRadians(Math.max(-70, Math.min(70, centreLat))));
    }

    public double x(double lon) {
        return width / 2 + (lon - centreLon) * xScale();
    }

    public double y(double lat) {
        return height / 2 - (lat - centreLat) * pixelsPerDegree;
    }

    public double lon(double x) {
        return centreLon + (x - width / 2) / xScale();
    }

    public double lat(double y) {
        return centreLat - (y - height / 2) / pixelsPerDegree;
    }

    /** Shows the box south..north, west..east with a margin. */
    public void fit(double south, double west, double north, double east) {
        centreLat = (south + north) / 2;
        centreLon = (west + east) / 2;
        double spanLat = Math.max(0.05, north - south) * 1.2;
        double spanLon = Math.max(0.05, east - west) * 1.2;
        double cos = Math.cos(Math.toRadians(Math.max(-70, Math.min(70, centreLat))));
        pixelsPerDegree = Math.min(height / spanLat, width / (spanLon * cos));
        pixelsPerDegree = Math.min(MAX_PIXELS_PER_DEGREE, Math.max(0.5, pixelsPerDegree));
    }

    /** Zooms by {@code factor} keeping the point under (x, y) where it is. */
    public void zoom(double factor, double x, double y) {
        double lon = lon(x);
        double lat = lat(y);
        pixelsPerDegree = Math.min(MAX_PIXELS_PER_DEGREE, Math.max(0.5, pixelsPerDegree * factor));
        centreLon += lon - lon(x);
        centreLat += lat - lat(y);
    }

    /** Moves the map by a drag of (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        centreLon -= dx / xScale();
        centreLat += dy / pixelsPerDegree;
        centreLat = Math.max(-90, Math.min(90, centreLat));
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
