package org.evidenceworkbench.ui.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javax.imageio.ImageIO;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.ui.item.ItemDetailView;
import org.evidenceworkbench.ui.search.SearchView;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.testing.Pixels;
import org.evidenceworkbench.ui.testing.SampleEvidence;
import org.evidenceworkbench.ui.triage.TriageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each view of ui-a rendered off-screen, as {@code workbench screenshot} does: not blank, and showing the case. */
class ViewSnapshotTest {

    @TempDir
    static Path tmp;
    static Path caseDir;

    private CaseSession session;

    @BeforeAll
    static void makeCase() throws Exception {
        caseDir = SampleEvidence.ingestedCase(tmp);
        // the toolkit started TestFX's way, so the robot tests that share this JVM can type and click
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeCase() {
        if (session != null) {
            session.close();
        }
    }

    private CaseSession open() {
        session = new CaseSession(Case.openForWriting(caseDir), "DC Test", e -> { });
        return session;
    }

    private static List<ItemSummary> items(Case c) {
        List<ItemSummary> all = new ArrayList<>();
        new CaseQueries(c).forEachItem(all::add);
        return all;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(read.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void theSearchViewListsEveryItemWithFacetCounts() throws Exception {
        CaseSession s = open();
        int itemCount = items(s.theCase()).size();
        ViewSnapshot.Rendered r = ViewSnapshot.render(s, "search", 1200, 700, -1);

        assertThat(Pixels.distinctColours(r.image())).isGreaterThan(64);
        SearchView search = (SearchView) r.view();
        assertThat(onFx(() -> search.table().node().getItems().size())).isEqualTo(itemCount);
        assertThat(onFx(() -> search.node().lookup("#facet-type-picture"))).isNotNull();
    }

    @Test
    void theTriageViewRanksTheItemsWithFindingsAndSaysWhy() throws Exception {
        ViewSnapshot.Rendered r = ViewSnapshot.render(open(), "triage", 1200, 700, -1);

        assertThat(Pixels.distinctColours(r.image())).isGreaterThan(64);
        TriageView triage = (TriageView) r.view();
        assertThat(onFx(() -> triage.queue().getItems().stream().map(e -> e.path()).toList()))
                .contains("notes.txt");
        assertThat(onFx(() -> triage.findings().getItems().isEmpty())).isFalse();
    }

    @Test
    void theItemViewShowsThePictureAndItsFacts() throws Exception {
        CaseSession s = open();
        long picture = items(s.theCase()).stream().filter(i -> i.path().equals("DCIM/IMG_0001.jpg")).findFirst()
                .orElseThrow().id();
        ViewSnapshot.Rendered r = ViewSnapshot.render(s, "item", 1000, 700, picture);

        assertThat(Pixels.distinctColours(r.image())).isGreaterThan(64);
        ItemDetailView item = (ItemDetailView) r.view();
        assertThat(onFx(() -> item.shown().name())).isEqualTo("IMG_0001.jpg");
        assertThat(onFx(() -> item.tabs().getTabs().stream().map(t -> t.getText()).toList())).contains("Picture");
    }

    @Test
    void writesAPngOfANamedViewAndRefusesAnUnknownName() throws Exception {
        Path png = tmp.resolve("out/search.png");
        ViewSnapshot.write(caseDir, "search", png, 900, 600);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(Pixels.distinctColours(image)).isGreaterThan(64);
        assertThatThrownBy(() -> ViewSnapshot.write(caseDir, "nonsense", tmp.resolve("x.png"), 100, 100))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("search, triage, gallery, timeline, map");
        assertThat(Files.exists(tmp.resolve("x.png"))).isFalse();
    }

    @Test
    void aPictureOfTheGalleryWaitsForItsThumbnails() throws Exception {
        Path png = tmp.resolve("out/gallery.png");
        ViewSnapshot.write(caseDir, "gallery", png, 700, 400);

        // the tiles' thumbnails load in the background; empty tiles would leave a few greys
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(Pixels.distinctColours(image)).isGreaterThan(200);
    }

    @Test
    void theSearchViewShowsOnlyTheItemsAnotherViewChose() throws Exception {
        CaseSession s = open();
        ItemSummary note = items(s.theCase()).stream().filter(i -> i.path().equals("notes.txt")).findFirst()
                .orElseThrow();
        java.util.BitSet chosen = new java.util.BitSet();
        chosen.set((int) note.id());
        onFx(() -> {
            s.filter().set(new org.evidenceworkbench.ui.session.ItemFilter("Taken 05/03/2024", chosen));
            return null;
        });
        ViewSnapshot.Rendered r = ViewSnapshot.render(s, "search", 1000, 600, -1);

        SearchView search = (SearchView) r.view();
        assertThat(onFx(() -> search.table().node().getItems().size())).isEqualTo(1);
        assertThat(onFx(() -> search.table().rows().name(0))).isEqualTo("notes.txt");
        assertThat(onFx(() -> ((javafx.scene.control.Label) search.node().lookup("#filter-label")).getText()))
                .isEqualTo("Only items in: Taken 05/03/2024");
    }
}
