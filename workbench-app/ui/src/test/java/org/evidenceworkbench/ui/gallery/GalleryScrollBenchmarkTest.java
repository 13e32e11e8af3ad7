package org.evidenceworkbench.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.testing.EvidenceFactory.jpegBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.scene;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javafx.scene.Parent;
import javafx.scene.control.skin.VirtualFlow;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.GalleryItems;
import org.evidenceworkbench.ui.testing.FxTimings;
import org.evidenceworkbench.ui.testing.FxViews;
import org.evidenceworkbench.ui.testing.OpenSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery with 100,000 pictures (1,000 distinct real JPEG thumbnails, so the bounded cache
 * keeps evicting and decoding): how long each scroll step and each jump holds the FX thread.
 * {@code ./mvnw -Pbench -pl workbench-app/ui -am verify -Dtest='*ScrollBenchmarkTest,Timeline*Benchmark*,Map*Benchmark*'
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class GalleryScrollBenchmarkTest {

    private static final int PICTURES = 100_000;
    private static final int DISTINCT = 1_000;

    @TempDir
    Path tmp;

    @Test
    void scrollingAHundredThousandPicturesKeepsTheFxThreadFree() throws Exception {
        Path caseDir = tmp.resolve("case");
        Case.create(caseDir, "Gallery bench", "Bench", null, null).close();
        try (OpenSession open = new OpenSession(caseDir, "Bench")) {
            Path thumbs = open.session().theCase().layout().thumbsDir();
            Files.createDirectories(thumbs.resolve("b"));
            for (int i = 0; i < DISTINCT; i++) {
                Files.write(thumbs.resolve("b/" + i + ".jpg"), jpegBytes(scene(i, 256, 192, 4), 0.8f));
            }
            List<GalleryItems.Tile> tiles = new ArrayList<>(PICTURES);
            for (int i = 0; i < PICTURES; i++) {
                tiles.add(new GalleryItems.Tile(i + 1, "DCIM/IMG_" + i + ".jpg", "picture", "b/" + (i % DISTINCT) + ".jpg",
                        false, i % 10 < 3 ? i / 10 : -1, i % 50 == 0 ? Set.of("known-bad") : Set.of()));
            }
            GalleryView view = FxViews.show(() -> new GalleryView(open.session()), 1200, 800);
            FxViews.onFx(() -> view.show(tiles));
            VirtualFlow<?> flow = FxViews.onFx(() -> (VirtualFlow<?>) view.node().lookup(".virtual-flow"));
            Parent root = (Parent) view.node();

            FxTimings scroll = new FxTimings("gallery of 100,000 pictures, scroll by 600 px", 400);
            for (int i = 0; i < 400; i++) {
                scroll.time(() -> {
                    flow.scrollPixels(600);
                    root.applyCss();
                    root.layout();
                });
            }
            FxTimings jump = new FxTimings("gallery of 100,000 pictures, jump to a random row", 100);
            Random random = new Random(1);
            for (int i = 0; i < 100; i++) {
                int row = random.nextInt(PICTURES / 8);
                jump.time(() -> {
                    flow.scrollTo(row);
                    root.applyCss();
                    root.layout();
                });
            }
            System.out.println(scroll.report());
            System.out.println(jump.report());
            int cached = FxViews.onFx(view::cachedThumbnails);
            System.out.println("BENCHMARK gallery thumbnails held in memory after scrolling: " + cached);
            assertThat(cached).isLessThanOrEqualTo(600);
            assertThat(view.tiles()).hasSize(PICTURES);
            assertThat(open.errors()).isEmpty();
        }
    }
}
