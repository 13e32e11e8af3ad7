package org.evidenceworkbench.ui.map;

import java.util.Arrays;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.GeotaggedItems;

/**
 * The geotagged items as primitive arrays, index by index: what the map draws and selects from,
 * with each point's Mercator ordinate worked out once here, off the FX thread. A million places
 * cost 32 MB this way; paths and times are read again only to export.
 */
record PlacePoints(long[] ids, double[] lon, double[] lat, double[] mercator) {

    static final PlacePoints NONE = new PlacePoints(new long[0], new double[0], new double[0], new double[0]);

    /** The Mercator ordinates of {@code lat}, for {@link PointClusters}. */
    static double[] mercator(double[] lat) {
        double[] out = new double[lat.length];
        for (int i = 0; i < lat.length; i++) {
            out[i] = Viewport.mercator(lat[i]);
        }
        return out;
    }

    int size() {
        return ids.length;
    }

    static PlacePoints load(Case theCase) {
        Builder b = new Builder();
        new GeotaggedItems(theCase).forEach(b::add);
        return b.build();
    }

    private static final class Builder {
        private long[] ids = new long[256];
        private double[] lon = new double[256];
        private double[] lat = new double[256];
        private int n;

        void add(GeotaggedItems.Place p) {
            if (n == ids.length) {
                ids = Arrays.copyOf(ids, n * 2);
                lon = Arrays.copyOf(lon, n * 2);
                lat = Arrays.copyOf(lat, n * 2);
            }
            ids[n] = p.id();
            lon[n] = p.longitude();
            lat[n] = p.latitude();
            n++;
        }

        PlacePoints build() {
            double[] latitudes = Arrays.copyOf(lat, n);
            return new PlacePoints(Arrays.copyOf(ids, n), Arrays.copyOf(lon, n), latitudes, mercator(latitudes));
        }
    }
}
