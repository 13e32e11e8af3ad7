package org.evidenceworkbench.ui.map;

import java.util.Arrays;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.GeotaggedItems;

/**
 * The geotagged items as three primitive arrays, index by index: what the map draws and selects
 * from. A million places cost 24 MB this way; paths and times are read again only to export.
 */
record PlacePoints(long[] ids, double[] lon, double[] lat) {

    static final PlacePoints NONE = new PlacePoints(new long[0], new double[0], new double[0]);

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
            return new PlacePoints(Arrays.copyOf(ids, n), Arrays.copyOf(lon, n), Arrays.copyOf(lat, n));
        }
    }
}
