package org.evidenceworkbench.core.incident;

/** Great-circle distances on a spherical Earth: good to about 0.5 %, plenty for clustering. */
final class GeoDistance {

    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private GeoDistance() {
    }

    /** The haversine distance in metres between two positions in decimal degrees. */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
