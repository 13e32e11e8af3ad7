package org.evidenceworkbench.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evidenceworkbench.ui.testing.FxViews.onFx;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.ui.session.ItemFilter;
import org.evidenceworkbench.ui.testing.FxViews;
import org.evidenceworkbench.ui.testing.GeneratedCase;
import org.evidenceworkbench.ui.testing.OpenSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.NodeList;

/**
 * The map on a real case: the shipped outlines hold the UK, the four geotagged pictures are
 * drawn (the two London ones as one cluster when zoomed out), a box over Great Britain selects
 * the three British pictures and not the Paris one, and the selection exports as GeoJSON and KML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapViewTest {

    @TempDir
    Path tmp;

    private GeneratedCase generated;
    private OpenSession open;
    private MapView view;

    @BeforeAll
    void showMap() {
        generated = GeneratedCase.shared();
        open = new OpenSession(generated.caseDir(), "DC Map");
        view = FxViews.show(() -> new MapView(open.session()), 900, 700);
    }

    @AfterAll
    void close() {
        open.close();
    }

    @Test
    void theBaseMapHasTheUkAndThePlacesAreDrawnClustered() {
        WorldOutlines world = WorldOutlines.load();
        assertThat(world.countries()).hasSizeGreaterThan(200);
        WorldOutlines.Country uk = world.countries().stream()
                .filter(c -> c.id().equals(WorldOutlines.UNITED_KINGDOM)).findFirst().orElseThrow();
        assertThat(uk.name()).isEqualTo("United Kingdom");
        // Great Britain's outline reaches from Cornwall (~5.7°W) to East Anglia (~1.7°E)
        double west = 180;
        double east = -180;
        for (double[] ring : uk.rings()) {
            for (int i = 0; i < ring.length; i += 2) {
                west = Math.min(west, ring[i]);
                east = Math.max(east, ring[i]);
            }
        }
        assertThat(west).isBetween(-9.0, -7.5);
        assertThat(east).isBetween(1.5, 2.0);

        assertThat(view.places()).isEqualTo(4);
        assertThat(onFx(view::clusters)).extracting(PointClusters.Cluster::count).contains(2)
                .satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(4));
        assertThat(FxViews.colours(FxViews.snapshot(view.node()))).isGreaterThan(20);
        assertThat(open.errors()).isEmpty();
    }

    @Test
    void aBoxOverBritainSelectsTheBritishPlacesAndTheyExport() throws Exception {
        onFx(() -> FxViews.stage().setScene(view.node().getScene())); // the tile test may have shown another map
        onFx(() -> view.selectBox(49.9, -8.0, 58.7, 1.8));
        ItemFilter filter = open.session().filter().get();
        assertThat(filter.label()).startsWith("Map: 3 places in 49.90°N–58.70°N, 8.00°W–1.80°E");
        assertThat(filter.itemIds().stream().boxed().toList()).containsExactlyInAnyOrder(
                (int) generated.id("london-1.jpg"), (int) generated.id("london-2.jpg"),
                (int) generated.id("manchester.jpg"));

        Path geoJson = tmp.resolve("places.geojson");
        Path kml = tmp.resolve("places.kml");
        CountDownLatch written = new CountDownLatch(2);
        onFx(() -> {
            view.export(geoJson, false, written::countDown);
            view.export(kml, true, written::countDown);
        });
        FxViews.await(written);

        JsonNode features = new ObjectMapper().readTree(geoJson.toFile()).get("features");
        assertThat(features).hasSize(3);
        JsonNode manchester = null;
        for (JsonNode f : features) {
            if (f.get("properties").get("path").asText().equals("manchester.jpg")) {
                manchester = f;
            }
        }
        assertThat(manchester).isNotNull();
        assertThat(manchester.get("properties").get("item_id").asLong()).isEqualTo(generated.id("manchester.jpg"));
        assertThat(manchester.get("geometry").get("coordinates").get(0).asDouble()).isCloseTo(-2.2426, within(1e-4));
        assertThat(manchester.get("geometry").get("coordinates").get(1).asDouble()).isCloseTo(53.4808, within(1e-4));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(kml.toFile());
        NodeList marks = doc.getElementsByTagNameNS("http://www.opengis.net/kml/2.2", "Placemark");
        List<String> names = new ArrayList<>();
        String manchesterCoordinates = null;
        for (int i = 0; i < marks.getLength(); i++) {
            Element mark = (Element) marks.item(i);
            String name = mark.getElementsByTagNameNS("*", "name").item(0).getTextContent();
            names.add(name);
            if (name.equals("manchester.jpg")) {
                manchesterCoordinates = mark.getElementsByTagNameNS("*", "coordinates").item(0).getTextContent();
            }
        }
        assertThat(names).containsExactlyInAnyOrder("london-1.jpg", "london-2.jpg", "manchester.jpg");
        assertThat(manchesterCoordinates).startsWith("-2.2426").contains(",53.4808");
        assertThat(Files.list(tmp).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder("places.geojson", "places.kml");

        new org.testfx.api.FxRobot().clickOn(view.node()).type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(open.session().filter().get()).isNull();
        assertThat(open.errors()).isEmpty();
    }

    @Test
    void aUsersOfflineTileSetIsDrawnUnderThePlaces() throws Exception {
        Path tiles = tmp.resolve("tiles");
        BufferedImage magenta = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = magenta.createGraphics();
        g.setColor(new Color(255, 0, 255));
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        for (int z = 0; z <= 2; z++) {
            for (int x = 0; x < (1 << z); x++) {
                for (int y = 0; y < (1 << z); y++) {
                    Path tile = tiles.resolve(z + "/" + x + "/" + y + ".png");
                    Files.createDirectories(tile.getParent());
                    ImageIO.write(magenta, "png", tile.toFile());
                }
            }
        }
        TileFolder folder = TileFolder.open(tiles);
        assertThat(folder.maxZoom()).isEqualTo(2);
        MapView tiled = FxViews.show(() -> new MapView(open.session(), folder), 900, 700);
        // tiles load in the background; the map redraws as they arrive
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> magentaShare(FxViews.snapshot(tiled.node())) > 0.5);
        assertThat(TileFolder.open(tmp.resolve("no-such-folder"))).isNull();
    }

    private static double magentaShare(BufferedImage image) {
        int magenta = 0;
        int all = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                all++;
                if ((image.getRGB(x, y) & 0xffffff) == 0xff00ff) {
                    magenta++;
                }
            }
        }
        return (double) magenta / all;
    }
}
