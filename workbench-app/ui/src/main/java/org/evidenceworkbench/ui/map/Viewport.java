package org.evidenceworkbench.ui.map;

/**
 * Where the map looks, in the Web Mercator projection (EPSG:3857, as OpenStreetMap-style XYZ
 * tiles are drawn): x is longitude, y is the Mercator ordinate of latitude, both at one scale in
 * pixels per degree of longitude, so a user's offline tiles line up with the outlines and the
 * points. Latitudes beyond ±85.05° (where the projection ends) are clamped.
 */
public final class Viewport {

    static final double MAX_LATITUDE = 85.0511;
    private static final double MAX_PIXELS_PER_DEGREE = 200_000;

    private double centreLon;
    private double centreMerc;
    private double pixelsPerDegree = 2;
    private double width = 1;
    private double height = 1;

    /** The Mercator ordinate of a latitude, in degree-like units (equal to the latitude near the equator). */
    static double mercator(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        return Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + phi / 2)));
    }

    static double latitude(double mercator) {
        return Math.toDegrees(2 * Math.atan(Math.exp(Math.toRadians(mercator))) - Math.PI / 2);
    }

    public void resize(double w, double h) {
        width = Math.max(1, w);
        height = Math.max(1, h);
    }

    public double x(double lon) {
        return width / 2 + (lon - centreLon) * pixelsPerDegree;
    }

    public double y(double lat) {
        return yOfMercator(mercator(lat));
    }

    double yOfMercator(double merc) {
        return height / 2 - (merc - centreMerc) * pixelsPerDegree;
    }

    public double lon(double x) {
        return centreLon + (x - width / 2) / pixelsPerDegree;
    }

    public double lat(double y) {
        return latitude(centreMerc - (y - height / 2) / pixelsPerDegree);
    }

    double pixelsPerDegree() {
        return pixelsPerDegree;
    }

    /** Shows the box south..north, west..east with a margin. */
    public void fit(double south, double west, double north, double east) {
        double top = mercator(north);
        double bottom = mercator(south);
        centreMerc = (top + bottom) / 2;
        centreLon = (west + east) / 2;
        double spanY = Math.max(0.05, top - bottom) * 1.2;
        double spanX = Math.max(0.05, east - west) * 1.2;
        pixelsPerDegree = Math.min(MAX_PIXELS_PER_DEGREE, Math.max(0.5, Math.min(height / spanY, width / spanX)));
    }

    /** Zooms by {@code factor} keeping the point under (x, y) where it is. */
    public void zoom(double factor, double x, double y) {
        double lon = lon(x);
        double merc = centreMerc - (y - height / 2) / pixelsPerDegree;
        pixelsPerDegree = Math.min(MAX_PIXELS_PER_DEGREE, Math.max(0.5, pixelsPerDegree * factor));
        centreLon = lon - (x - width / 2) / pixelsPerDegree;
        centreMerc = merc + (y - height / 2) / pixelsPerDegree;
    }

    /** Moves the map by a drag of (dx, dy) pixels. */
    public void pan(double dx, double dy) {
        centreLon -= dx / pixelsPerDegree;
        double limit = mercator(MAX_LATITUDE);
        centreMerc = Math.max(-limit, Math.min(limit, centreMerc + dy / pixelsPerDegree));
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
