package org.evidenceworkbench.ui.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.ui.testing.FxViews.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javafx.scene.effect.ColorAdjust;
import javafx.scene.effect.Effect;
import javafx.scene.effect.GaussianBlur;

import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.item.GalleryItems;
import org.evidenceworkbench.ui.testing.FxViews;
import org.evidenceworkbench.ui.testing.GeneratedCase;
import org.evidenceworkbench.ui.testing.OpenSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.testfx.api.FxRobot;

/**
 * The gallery on a real case: every picture is a tile, near-duplicates sit together, the
 * known-bad picture is blurred and greyscale by default, the global toggles and a reveal change
 * that, and the reveal is in the audit log with the examiner.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GalleryViewTest {

    private GeneratedCase generated;
    private OpenSession open;
    private GalleryView view;

    @BeforeAll
    void showGallery() {
        generated = GeneratedCase.shared();
        open = new OpenSession(generated.caseDir(), "DC Gallery");
        view = FxViews.show(() -> new GalleryView(open.session()), 900, 700);
    }

    @AfterAll
    void close() {
        open.close();
    }

    @Test
    void everyPictureIsATileWithNearDuplicatesTogether() {
        List<GalleryItems.Tile> tiles = view.tiles();
        assertThat(tiles).filteredOn(t -> !t.keyframe()).extracting(GalleryItems.Tile::path)
                .containsExactlyInAnyOrder("london-1.jpg", "london-2.jpg", "manchester.jpg", "paris.jpg", "scene.jpg",
                        "scene-small.jpg", GeneratedCase.KNOWN_BAD, "clips/clip.mp4");
        // the video's two scenes are keyframe items below it, each a tile of its own
        assertThat(tiles).filteredOn(GalleryItems.Tile::keyframe).hasSize(2)
                .allSatisfy(t -> assertThat(t.path()).startsWith("clips/clip.mp4!/keyframe-"));
        String keyframe = tiles.stream().filter(GalleryItems.Tile::keyframe).findFirst().orElseThrow().path();
        assertThat(((javafx.scene.control.Label) cellFor(keyframe).getGraphic().lookup(".gallery-badge")).getText())
                .startsWith("keyframe");
        int scene = indexOf(tiles, "scene.jpg");
        int small = indexOf(tiles, "scene-small.jpg");
        assertThat(Math.abs(scene - small)).isEqualTo(1);
        assertThat(tiles.get(scene).group()).as(tiles.toString()).isEqualTo(tiles.get(small).group()).isNotEqualTo(-1);
        assertThat(cellFor("scene.jpg").getGraphic().lookupAll(".gallery-badge")).singleElement()
                .satisfies(b -> assertThat(((javafx.scene.control.Label) b).getText()).isEqualTo("≈2"));
        assertThat(FxViews.colours(FxViews.snapshot(view.node()))).isGreaterThan(200);
        assertThat(open.errors()).isEmpty();
    }

    @Test
    void theKnownBadPictureIsHiddenByDefaultAndTheTogglesAndARevealShowIt() throws Exception {
        GalleryItems.Tile bad = view.tiles().get(indexOf(view.tiles(), GeneratedCase.KNOWN_BAD));
        assertThat(bad.sensitiveWhy()).containsExactly("known-bad");
        assertThat(effects(GeneratedCase.KNOWN_BAD)).hasOnlyElementsOfTypes(GaussianBlur.class, ColorAdjust.class)
                .hasSize(2);
        assertThat(effects("london-1.jpg")).isEmpty();

        FxRobot robot = new FxRobot();
        onFx(() -> view.node().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.B)
                .release(javafx.scene.input.KeyCode.B, javafx.scene.input.KeyCode.CONTROL);
        assertThat(view.wellbeing().blur().get()).isFalse();
        assertThat(effects(GeneratedCase.KNOWN_BAD)).singleElement().isInstanceOf(ColorAdjust.class);
        onFx(() -> view.wellbeing().blur().set(true));

        // selecting a tile by clicking it, then R: revealed once the audit entry is written
        robot.clickOn(FxViews.centreOnScreen(cellFor(GeneratedCase.KNOWN_BAD)));
        assertThat(open.session().selectedItem().get()).isEqualTo(bad.id());
        CountDownLatch reloaded = new CountDownLatch(1);
        onFx(() -> open.session().revision().addListener((o, a, b) -> reloaded.countDown()));
        robot.type(javafx.scene.input.KeyCode.R);
        FxViews.await(reloaded);
        assertThat(view.wellbeing().revealed().get()).isEqualTo(bad.id());
        assertThat(effects(GeneratedCase.KNOWN_BAD)).isEmpty();

        List<AuditEntry> log = new ArrayList<>();
        open.session().theCase().audit().forEach(log::add);
        AuditEntry last = log.get(log.size() - 1);
        assertThat(last.action()).isEqualTo("item.revealed");
        assertThat(last.details()).contains("\"item\":" + bad.id()).contains("\"by\":\"DC Gallery\"");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(effects(GeneratedCase.KNOWN_BAD)).hasSize(2);
        assertThat(open.errors()).isEmpty();
    }

    /** The effects on a tile's picture, outermost first. */
    private List<Effect> effects(String path) {
        return onFx(() -> {
            List<Effect> chain = new ArrayList<>();
            Effect e = cellFor(path).picture().getEffect();
            while (e != null) {
                chain.add(e);
                e = e instanceof GaussianBlur g ? g.getInput() : null;
            }
            return chain;
        });
    }

    private GalleryTileCell cellFor(String path) {
        return onFx(() -> view.node().lookupAll("." + GalleryTileCell.STYLE_CLASS).stream()
                .map(n -> (GalleryTileCell) n)
                .filter(c -> c.getItem() != null && c.getItem().path().equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no tile for " + path)));
    }

    private static int indexOf(List<GalleryItems.Tile> tiles, String path) {
        for (int i = 0; i < tiles.size(); i++) {
            if (tiles.get(i).path().equals(path)) {
                return i;
            }
        }
        throw new AssertionError("no tile " + path);
    }
}
