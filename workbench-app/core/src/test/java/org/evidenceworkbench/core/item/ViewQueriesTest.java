package org.evidenceworkbench.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.evidenceworkbench.testing.EvidenceFactory.jpegBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.jpegWithExif;
import static org.evidenceworkbench.testing.EvidenceFactory.scene;
import static org.evidenceworkbench.testing.EvidenceFactory.textFile;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.review.WellbeingReveals;
import org.evidenceworkbench.testing.EvidenceFactory.Exif;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries behind the window's gallery, timeline, map and entity views, and the audited
 * reveal of a hidden picture, on a real ingested case: camera pictures with times and GPS, an
 * exact copy, and a picture with a resized near-duplicate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewQueriesTest {

    @TempDir
    static Path tmp;

    private Case theCase;
    private Map<String, ItemSummary> byPath;

    @BeforeAll
    void ingest() throws IOException {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        jpegWithExif(evidence, "london.jpg", Exif.of("Canon", "EOS", LocalDateTime.parse("2024-03-12T14:10:00"),
                51.5072, -0.1276));
        jpegWithExif(evidence, "manchester.jpg", Exif.of("Canon", "EOS", LocalDateTime.parse("2024-03-12T16:30:00"),
                53.4808, -2.2426));
        BufferedImage big = scene(7, 640, 480, 4);
        Files.write(evidence.resolve("scene.jpg"), jpegBytes(big, 0.9f));
        Files.write(evidence.resolve("scene-small.jpg"), jpegBytes(half(big), 0.7f));
        Files.copy(evidence.resolve("scene.jpg"), evidence.resolve("scene-copy.jpg"));
        textFile(evidence, "notes.txt", "nothing to see");
        theCase = CaseTestSupport.newCase(tmp.resolve("case"));
        new org.evidenceworkbench.core.ingest.IngestService(theCase, CaseTestSupport.options())
                .ingest(List.of(evidence));
        byPath = CaseTestSupport.itemsByPath(theCase);
    }

    @AfterAll
    void close() {
        theCase.close();
    }

    @Test
    void theGalleryHasEveryPictureWithNearDuplicatesTogetherAndTheSensitiveOnesMarked() {
        List<GalleryItems.Tile> plain = new GalleryItems(theCase).list(GalleryItems.DEFAULT_SENSITIVE_TYPES);
        assertThat(plain).extracting(GalleryItems.Tile::path).containsExactlyInAnyOrder("london.jpg",
                "manchester.jpg", "scene.jpg", "scene-small.jpg", "scene-copy.jpg");
        assertThat(plain).noneMatch(GalleryItems.Tile::sensitive);
        assertThat(plain).allMatch(t -> Files.isRegularFile(theCase.layout().thumbsDir().resolve(t.thumbnail())));
        GalleryItems.Tile scene = tile(plain, "scene.jpg");
        GalleryItems.Tile small = tile(plain, "scene-small.jpg");
        assertThat(scene.group()).isNotEqualTo(-1).isEqualTo(small.group());
        GalleryItems.Tile copy = tile(plain, "scene-copy.jpg");
        assertThat(copy.group()).isEqualTo(scene.group());
        // a group's members are listed together
        List<Integer> places = List.of(plain.indexOf(scene), plain.indexOf(small), plain.indexOf(copy));
        assertThat(places.stream().mapToInt(i -> i).max().getAsInt() - places.stream().mapToInt(i -> i).min()
                .getAsInt()).isEqualTo(2);
        assertThat(tile(plain, "manchester.jpg").group()).isNotEqualTo(scene.group());

        // the list of sensitive types is the caller's: here every picture with a perceptual hash counts
        List<GalleryItems.Tile> marked = new GalleryItems(theCase).list(Set.of("pdq"));
        assertThat(marked).filteredOn(GalleryItems.Tile::sensitive).extracting(GalleryItems.Tile::path)
                .containsExactlyInAnyOrder("scene.jpg", "scene-small.jpg", "scene-copy.jpg");
        assertThat(tile(marked, "scene.jpg").sensitiveWhy()).containsExactly("pdq");
    }

    @Test
    void takenTimesAreTheCamerasClockAndSortedByTime() {
        ItemTimes.Points taken = new ItemTimes(theCase).load(ItemTimes.Kind.TAKEN);
        assertThat(taken.size()).isEqualTo(2);
        assertThat(ItemTimes.Points.toLocal(taken.seconds()[0])).isEqualTo(LocalDateTime.parse("2024-03-12T14:10:00"));
        assertThat(ItemTimes.Points.toLocal(taken.seconds()[1])).isEqualTo(LocalDateTime.parse("2024-03-12T16:30:00"));
        assertThat(taken.ids()).containsExactly(byPath.get("london.jpg").id(), byPath.get("manchester.jpg").id());

        ItemTimes.Points modified = new ItemTimes(theCase).load(ItemTimes.Kind.MODIFIED);
        assertThat(modified.size()).isEqualTo(6);
        assertThat(new ItemTimes(theCase).load(ItemTimes.Kind.SENT).size()).isZero();
    }

    @Test
    void cameraTimesWithAZoneBecomeUkTimeAndBrokenOnesAreLeftOut() {
        assertThat(ItemTimes.cameraTime("2024-07-01T10:00:00+02:00")).isEqualTo(LocalDateTime.parse("2024-07-01T09:00"));
        assertThat(ItemTimes.cameraTime("2024:07:01 10:00")).isNull();
    }

    @Test
    void geotaggedItemsCarryTheirPositions() {
        List<GeotaggedItems.Place> places = new ArrayList<>();
        new GeotaggedItems(theCase).forEach(places::add);
        assertThat(places).extracting(GeotaggedItems.Place::path)
                .containsExactlyInAnyOrder("london.jpg", "manchester.jpg");
        GeotaggedItems.Place manchester = places.stream().filter(p -> p.path().equals("manchester.jpg")).findFirst()
                .orElseThrow();
        assertThat(manchester.latitude()).isCloseTo(53.4808, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(manchester.longitude()).isCloseTo(-2.2426, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(manchester.takenAt()).startsWith("2024-03-12T16:30");
    }

    @Test
    void anEntityFindsTheItemsThatMentionIt() {
        List<EntityItems.Entity> entities = new ArrayList<>();
        new EntityItems(theCase).forEach(entities::add);
        // the exact copy shares its picture hash with the original: one entity in two items, listed first
        EntityItems.Entity shared = entities.get(0);
        assertThat(shared.summary().type()).isEqualTo("pdq");
        assertThat(shared.summary().items()).isGreaterThanOrEqualTo(2);
        List<Integer> items = new EntityItems(theCase).items("pdq", shared.storedValue()).stream().boxed().toList();
        assertThat(items).hasSize((int) shared.summary().items())
                .contains((int) byPath.get("scene.jpg").id(), (int) byPath.get("scene-copy.jpg").id())
                .doesNotContain((int) byPath.get("london.jpg").id());
        List<EntityItems.Mention> mentions = new EntityItems(theCase).mentions("pdq", shared.storedValue(), 1);
        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.times()).isEqualTo(1);
            assertThat(items).contains((int) m.itemId());
            assertThat(m.path()).startsWith("scene");
        });
    }

    @Test
    void aRevealIsAuditedWithTheItemAndTheExaminer() throws IOException {
        long london = byPath.get("london.jpg").id();
        new WellbeingReveals(theCase).reveal(london, "DC Jones");
        List<AuditEntry> log = new ArrayList<>();
        theCase.audit().forEach(log::add);
        AuditEntry last = log.get(log.size() - 1);
        assertThat(last.action()).isEqualTo("item.revealed");
        JsonNode details = new ObjectMapper().readTree(last.details());
        assertThat(details.get("item").asLong()).isEqualTo(london);
        assertThat(details.get("path").asText()).isEqualTo("london.jpg");
        assertThat(details.get("by").asText()).isEqualTo("DC Jones");
        assertThat(theCase.audit().verify().intact()).isTrue();
        assertThatThrownBy(() -> new WellbeingReveals(theCase).reveal(999_999, "DC Jones"))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("no item 999999");
    }

    private static GalleryItems.Tile tile(List<GalleryItems.Tile> tiles, String path) {
        return tiles.stream().filter(t -> t.path().equals(path)).findFirst().orElseThrow();
    }

    private static BufferedImage half(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }
}
