package org.evidenceworkbench.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import javafx.scene.Scene;

import org.evidenceworkbench.ui.testing.FxTimings;
import org.evidenceworkbench.ui.testing.FxViews;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The map with 1,000,000 geotagged items around twenty UK towns: how long each redraw (base map,
 * clustering, discs) holds the FX thread, from the whole of Britain down to street level.
 */
@Tag("benchmark")
class MapBenchmarkTest {

    private static final int PLACES = 1_000_000;

    @Test
    void aMillionPlacesRedrawClusteredWithoutHoldingTheFxThread() {
        Random random = new Random(5);
        double[][] towns = new double[20][];
        for (int t = 0; t < towns.length; t++) {
            towns[t] = new double[] {50.5 + random.nextDouble() * 5, -4.5 + random.nextDouble() * 5};
        }
        double[] lat = new double[PLACES];
        double[] lon = new double[PLACES];
        for (int i = 0; i < PLACES; i++) {
            double[] town = towns[random.nextInt(towns.length)];
            lat[i] = town[0] + random.nextGaussian() * 0.05;
            lon[i] = town[1] + random.nextGaussian() * 0.08;
        }
        double[] mercator = PlacePoints.mercator(lat); // as the view's loader does, in the background
        WorldOutlines world = WorldOutlines.load();
        MapCanvas canvas = FxViews.onFx(() -> {
            MapCanvas c = new MapCanvas(world, null, box -> { });
            FxViews.stage().setScene(new Scene(c, 1200, 800));
            FxViews.stage().show();
            return c;
        });
        FxTimings first = new FxTimings("map of 1,000,000 places, first draw", 1);
        first.time(() -> canvas.setPoints(lon, lat, mercator));
        FxTimings redraw = new FxTimings("map of 1,000,000 places, redraw while zooming and panning", 120);
        for (int round = 0; round < 10; round++) {
            for (int z = 0; z < 6; z++) {
                redraw.time(() -> canvas.zoom(2));
            }
            for (int p = 0; p < 5; p++) {
                redraw.time(() -> {
                    canvas.viewport().pan(37, -21);
                    canvas.draw();
                });
            }
            redraw.time(canvas::fitToPoints);
        }
        FxTimings clustering = new FxTimings("map of 1,000,000 places, clustering alone (part of each redraw)", 20);
        for (int i = 0; i < 20; i++) {
            clustering.time(() -> PointClusters.of(lon, mercator, canvas.viewport(), 44));
        }
        System.out.println(first.report());
        System.out.println(clustering.report());
        System.out.println(redraw.report());
        int clustered = FxViews.onFx(() -> canvas.clusters().stream().mapToInt(PointClusters.Cluster::count).sum());
        assertThat(clustered).isEqualTo(PLACES);
    }
}
