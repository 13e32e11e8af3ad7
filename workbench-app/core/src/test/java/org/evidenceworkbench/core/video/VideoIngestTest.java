package org.evidenceworkbench.core.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.evidenceworkbench.core.CaseTestSupport.item;
import static org.evidenceworkbench.core.CaseTestSupport.items;
import static org.evidenceworkbench.core.CaseTestSupport.itemsByPath;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4;
import static org.evidenceworkbench.testing.EvidenceFactory.scenePicture;
import static org.evidenceworkbench.testing.EvidenceFactory.scenes;
import static org.evidenceworkbench.testing.EvidenceFactory.textFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.detect.AnalysisPass;
import org.evidenceworkbench.core.detect.DetectorCatalog;
import org.evidenceworkbench.core.ingest.CancelSignal;
import org.evidenceworkbench.core.ingest.IngestListener;
import org.evidenceworkbench.core.ingest.IngestProgress;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.ingest.SourceResult;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.core.media.ItemBytes;
import org.evidenceworkbench.detectors.media.PdqHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Videos through the whole ingest: each keyframe becomes a DERIVED picture item under its video
 * with its time in the video, goes through the picture detectors (so a clip's scene matches the
 * same scene kept as a still picture), the contact sheet is the video's thumbnail, a truncated
 * video costs only itself, and an interrupted ingest resumes without doubling keyframes.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VideoIngestTest {

    private static final Pattern PDQ_HEX = Pattern.compile("PDQ perceptual hash ([0-9a-f]{64})");

    /** The evidence, shared by the tests: an ingest never changes its sources. */
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private Path evidence;

    /** A clip of three scenes (cuts at 2 s and 5 s), its second scene also as a still, a truncated copy. */
    @BeforeAll
    void buildEvidence() throws IOException {
        evidence = Files.createDirectories(shared.resolve("evidence"));
        Path clip = mp4(evidence, "clips/clip.mp4", 25, scenes(640, 480, 2.0, 3.0, 2.5));
        ImageIO.write(scenePicture(640, 480, 1001), "jpg", evidence.resolve("still.jpg").toFile());
        byte[] whole = Files.readAllBytes(clip);
        Files.write(evidence.resolve("clips/cut-short.mp4"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        textFile(evidence, "notes.txt", "notes beside the videos");
    }

    @Test
    void keyframesArePictureItemsThatThePictureDetectorsSee() {
        try (Case c = newCase(tmp.resolve("case"))) {
            DetectorCatalog pdqOnly = DetectorCatalog.load(null).only(i -> i.info().id().equals("media.pdq"));
            IngestService ingest = new IngestService(c, options()).withDetectors(pdqOnly, Duration.ofSeconds(30));
            List<SourceResult> results = ingest.ingest(List.of(evidence));
            assertThat(results).extracting(SourceResult::status).containsExactly(SourceResult.Status.COMPLETE);
            // the keyframes waited for the analysis pass with the still, not decoded in the first pass
            assertThat(ingest.analysis().items()).isEqualTo(4);

            Map<String, ItemSummary> byPath = itemsByPath(c);
            ItemSummary clip = item(byPath, "clips/clip.mp4");
            assertThat(clip.outcome()).isEqualTo("ok");
            List<ItemSummary> keyframes = items(c).stream().filter(i -> clip.id() == nullToZero(i.parentId())).toList();
            assertThat(keyframes).extracting(ItemSummary::path).containsExactly(
                    "clips/clip.mp4!/keyframe-0001@00m00.000s.jpg",
                    "clips/clip.mp4!/keyframe-0002@00m02.000s.jpg",
                    "clips/clip.mp4!/keyframe-0003@00m05.000s.jpg");
            assertThat(keyframes).allSatisfy(k -> {
                assertThat(k.flags()).contains("derived");
                assertThat(k.category()).isEqualTo("picture");
                assertThat(k.outcome()).isEqualTo("ok");
            });

            CaseQueries q = new CaseQueries(c);
            ItemDetail video = q.show("clips/clip.mp4");
            assertThat(group(video, "Video")).containsEntry("Codec", "mpeg4").containsEntry("Width", 640)
                    .containsEntry("Height", 480).containsEntry("Keyframes", 3);
            assertThat(((Number) group(video, "Video").get("Duration")).doubleValue()).isCloseTo(7.5, within(0.08));
            assertThat(video.thumbnail()).isNotNull();
            assertThat(c.layout().thumbsDir().resolve(video.thumbnail())).isRegularFile();

            ItemDetail second = q.show("clips/clip.mp4!/keyframe-0002@00m02.000s.jpg");
            assertThat(group(second, "Keyframe")).containsEntry("Index", 2);
            assertThat(((Number) group(second, "Keyframe").get("Time")).doubleValue()).isEqualTo(2.0);
            assertThat(second.thumbnail()).isNotNull();
            // the case keeps the keyframe it made, so its bytes can be read back, the video's source aside
            assertThat(c.layout().keyframesDir().resolve(second.item().sha256().substring(0, 2))
                    .resolve(second.item().sha256() + ".jpg")).isRegularFile();
            assertThat(decodedWidth(new ItemBytes(c).read(Long.toString(second.item().id()), 10_000_000)))
                    .isEqualTo(640);

            // the scene in the clip and the same scene kept as a still hash alike
            PdqHash fromClip = pdq(second);
            PdqHash fromStill = pdq(q.show("still.jpg"));
            PdqHash otherScene = pdq(q.show("clips/clip.mp4!/keyframe-0003@00m05.000s.jpg"));
            assertThat(fromClip.distance(fromStill)).isLessThanOrEqualTo(PdqHash.MATCH_DISTANCE);
            assertThat(fromClip.distance(otherScene)).isGreaterThan(PdqHash.MATCH_DISTANCE);

            // the cut-short copy costs itself only, with the reason
            ItemSummary cutShort = item(byPath, "clips/cut-short.mp4");
            assertThat(cutShort.outcome()).isEqualTo("corrupt");
            assertThat(cutShort.reason()).contains("video");
            assertThat(item(byPath, "notes.txt").outcome()).isEqualTo("ok");
        }
    }

    @Test
    void anIngestStoppedInsideAVideoResumesWithoutDoublingKeyframes() throws SQLException {
        Set<String> clean;
        try (Case c = newCase(tmp.resolve("clean"))) {
            new IngestService(c, options()).ingest(List.of(evidence));
            clean = contentOf(c);
        }
        try (Case c = newCase(tmp.resolve("crashed"))) {
            new IngestService(c, options()).ingest(List.of(evidence));
            // what a kill after the first keyframe leaves: the video OPEN, one keyframe DONE, the source unfinished
            try (Connection db = c.database().connection(); Statement s = db.createStatement()) {
                String lost = "SELECT id FROM item WHERE path LIKE 'clips/clip.mp4!/keyframe-0002%'"
                        + " OR path LIKE 'clips/clip.mp4!/keyframe-0003%'";
                for (String table : List.of("finding", "detector_error", "tag", "item_text", "near_duplicate")) {
                    s.executeUpdate("DELETE FROM " + table + " WHERE item_id IN (" + lost + ")");
                }
                assertThat(s.executeUpdate("DELETE FROM item WHERE id IN (" + lost + ")")).isEqualTo(2);
                s.executeUpdate("UPDATE item SET state = 'OPEN' WHERE path = 'clips/clip.mp4'");
                s.executeUpdate("UPDATE source SET state = 'INTERRUPTED', completed_at = NULL");
            }
            List<SourceResult> resumed = new IngestService(c, options()).ingest(List.of(evidence));
            assertThat(resumed).extracting(SourceResult::status).containsExactly(SourceResult.Status.COMPLETE);
            itemsByPath(c); // fails on any path held twice
            assertThat(contentOf(c)).isEqualTo(clean);
        }
    }

    @Test
    void aRealStopDuringVideosResumesToWhatACleanRunGives() throws IOException {
        Path many = Files.createDirectories(tmp.resolve("many"));
        for (int v = 1; v <= 4; v++) {
            mp4(many, "clip-" + v + ".mp4", 25, scenes(320, 240, 1.2, 1.2, 1.2, 1.2, 1.2));
        }
        Set<String> clean;
        try (Case c = newCase(tmp.resolve("clean-many"))) {
            new IngestService(c, options()).ingest(List.of(many));
            clean = contentOf(c);
        }
        assertThat(clean).filteredOn(line -> line.contains("keyframe-")).hasSize(20);
        try (Case c = newCase(tmp.resolve("stopped-many"))) {
            CancelSignal stop = new CancelSignal();
            new IngestService(c, options()).cancelWith(stop)
                    .onProgress(p -> {
                        if (p.items() >= 3) {
                            stop.cancel();
                        }
                    }, Duration.ofMillis(1))
                    .ingest(List.of(many));
            List<SourceResult> resumed = new IngestService(c, options()).ingest(List.of(many));
            assertThat(resumed).singleElement().satisfies(r -> assertThat(r.status())
                    .isIn(SourceResult.Status.COMPLETE, SourceResult.Status.ALREADY_INGESTED));
            itemsByPath(c);
            assertThat(contentOf(c)).isEqualTo(clean);
        }
    }

    @Test
    void aCaseThatCannotKeepKeyframesStopsTheIngestWithoutBlamingTheVideo() throws IOException {
        try (Case c = newCase(tmp.resolve("blocked"))) {
            Files.writeString(c.layout().keyframesDir(), "a file where the keyframes folder goes");

            assertThatThrownBy(() -> new IngestService(c, options()).ingest(List.of(evidence)))
                    .isInstanceOf(WorkbenchException.class)
                    .hasMessageStartingWith("Could not keep a video keyframe in the case folder")
                    .hasMessageEndingWith("check the case folder is writable, then ingest the source again to finish.");
            assertThat(items(c)).noneMatch(i -> i.path().equals("clips/clip.mp4") && !i.outcome().equals("ok"));
        }
    }

    @Test
    void keyframesWaitingForAnalysisAreFoundAfterTheCaseFolderMoves() throws IOException {
        Path before = tmp.resolve("before");
        long waiting;
        try (Case c = newCase(before)) {
            CancelSignal stop = new CancelSignal();
            new IngestService(c, options()).cancelWith(stop).onProgress(new IngestListener() {
                @Override
                public void progress(IngestProgress progress) {
                }

                @Override
                public void analysing(long done, long total, Duration elapsed) {
                    stop.cancel(); // the first pass is done: stop before the analysis pass
                }
            }, Duration.ofMillis(1)).ingest(List.of(evidence));
            waiting = AnalysisPass.waiting(c);
        }
        assertThat(waiting).as("the still and the clip's three keyframes").isEqualTo(4);
        Path after = Files.move(before, tmp.resolve("after"));

        try (Case c = Case.openForWriting(after)) {
            IngestService again = new IngestService(c, options());
            again.ingest(List.of(evidence));
            assertThat(again.analysis().items()).isEqualTo(4);
            assertThat(again.analysis().unreadable()).isZero();
            assertThat(AnalysisPass.waiting(c)).isZero();
        }
    }

    @Test
    void aVideoAtTheDepthLimitGetsItsFactsAndContactSheetButNoKeyframeItems() {
        try (Case c = newCase(tmp.resolve("shallow"))) {
            new IngestService(c, options().withMaxContainerDepth(0)).ingest(List.of(evidence));

            assertThat(items(c)).extracting(ItemSummary::path).noneMatch(p -> p.contains("keyframe-"));
            ItemDetail video = new CaseQueries(c).show("clips/clip.mp4");
            assertThat(video.item().outcome()).isEqualTo("ok");
            assertThat(group(video, "Video")).containsEntry("Keyframes", 3);
            assertThat(c.layout().thumbsDir().resolve(video.thumbnail())).isRegularFile();
        }
    }

    private static int decodedWidth(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** What a finished case must hold, independent of ids: each item's path, parent, content and outcome. */
    private static Set<String> contentOf(Case c) {
        Map<Long, String> pathById = new HashMap<>();
        List<ItemSummary> all = items(c);
        all.forEach(i -> pathById.put(i.id(), i.path()));
        Set<String> out = new TreeSet<>();
        for (ItemSummary i : all) {
            out.add(i.path() + " | parent=" + pathById.get(i.parentId()) + " | " + i.sha256() + " | " + i.size()
                    + " | " + i.outcome() + " | " + i.flags());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> group(ItemDetail d, String group) {
        assertThat(d.metadata()).containsKey(group);
        return (Map<String, Object>) d.metadata().get(group);
    }

    private static PdqHash pdq(ItemDetail d) {
        ItemDetail.FindingInfo f = d.findings().stream().filter(x -> x.type().equals("pdq")).findFirst()
                .orElseThrow(() -> new AssertionError("no PDQ finding on " + d.item().path()));
        Matcher m = PDQ_HEX.matcher(f.explanation());
        assertThat(m.find()).as("PDQ hash in %s", f.explanation()).isTrue();
        return PdqHash.fromHex(m.group(1));
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }
}
