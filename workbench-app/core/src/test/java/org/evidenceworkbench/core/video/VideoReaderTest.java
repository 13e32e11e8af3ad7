package org.evidenceworkbench.core.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4;
import static org.evidenceworkbench.testing.EvidenceFactory.scenes;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.extract.ThumbnailMaker;
import org.evidenceworkbench.core.item.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Videos written by FFmpeg in the test are read back: their facts are right, a keyframe is taken
 * at each cut (within a frame), the minimum spacing and the caps hold, the contact sheet becomes
 * the thumbnail, and a truncated file is reported as damaged instead of failing.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class VideoReaderTest {

    private static final double FPS = 25;
    /** Two frames: how close a keyframe must be to its cut. */
    private static final double FRAME_TOLERANCE = 2 / FPS;

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** Three scenes of 2, 3 and 2.5 s: cuts at 2 s and 5 s, 7.5 s long. */
    private static Path threeScenes;

    @BeforeAll
    static void writeClip() throws IOException {
        threeScenes = mp4(shared, "three-scenes.mp4", FPS, scenes(320, 240, 2.0, 3.0, 2.5));
    }

    @Test
    void recordsDurationCodecSizeAndFrameRate() {
        ExtractedFacts facts = new ExtractedFacts();
        reader(VideoLimits.defaults()).read(threeScenes, "three-scenes.mp4", sha("a"), facts, null);

        assertThat(facts.outcome()).isEqualTo(Outcome.OK);
        Map<String, Object> video = facts.metadata.get(VideoReader.GROUP);
        assertThat((double) video.get("Duration")).isCloseTo(7.5, within(FRAME_TOLERANCE));
        assertThat(video).containsEntry("Codec", "mpeg4").containsEntry("Width", 320).containsEntry("Height", 240)
                .containsEntry("Frame Rate", 25.0).containsEntry("Keyframes", 3).doesNotContainKey("Audio Codec")
                .containsEntry("Container", "mov,mp4,m4a,3gp,3g2,mj2");
    }

    @Test
    void aKeyframeAtTheStartAndAtEachCut() {
        List<Keyframe> found = keyframes(threeScenes, VideoLimits.defaults(), new ExtractedFacts());

        assertThat(found).extracting(Keyframe::index).containsExactly(1, 2, 3);
        assertThat(found.get(0).seconds()).isEqualTo(0.0);
        assertThat(found.get(1).seconds()).isCloseTo(2.0, within(FRAME_TOLERANCE));
        assertThat(found.get(2).seconds()).isCloseTo(5.0, within(FRAME_TOLERANCE));
        assertThat(found.get(1).fileName()).matches("keyframe-0002@00m0[12]\\.\\d{3}s\\.jpg");
        // each keyframe is a full-size JPEG of its scene
        for (Keyframe k : found) {
            BufferedImage picture = decode(k.jpeg());
            assertThat(picture.getWidth()).isEqualTo(320);
            assertThat(picture.getHeight()).isEqualTo(240);
        }
    }

    @Test
    void cutsCloserThanTheMinimumSpacingToTheLastKeyframeAreSkipped() throws IOException {
        // cuts every 0.4 s; with a 1 s spacing the first cut at least 1 s on is at 1.2 s, then 2.4 s
        Path flicker = mp4(tmp, "flicker.mp4", FPS, scenes(160, 120, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4));
        List<Keyframe> found = keyframes(flicker, VideoLimits.defaults().withMinSpacing(Duration.ofSeconds(1)),
                new ExtractedFacts());

        assertThat(found).extracting(Keyframe::seconds).satisfiesExactly(
                t -> assertThat(t).isEqualTo(0.0),
                t -> assertThat(t).isCloseTo(1.2, within(FRAME_TOLERANCE)),
                t -> assertThat(t).isCloseTo(2.4, within(FRAME_TOLERANCE)));
    }

    @Test
    void theKeyframeCapEndsTheSearch() throws IOException {
        Path six = mp4(tmp, "six.mp4", FPS, scenes(160, 120, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5));
        ExtractedFacts facts = new ExtractedFacts();
        List<Keyframe> found = keyframes(six, VideoLimits.defaults().withMaxKeyframes(4), facts);

        assertThat(found).hasSize(4);
        assertThat(found.get(3).seconds()).isCloseTo(4.5, within(FRAME_TOLERANCE));
        assertThat(facts.outcome()).isEqualTo(Outcome.OK);
        assertThat(facts.metadata.get(VideoReader.GROUP)).containsEntry("Keyframes", 4);
        assertThat((String) facts.metadata.get(VideoReader.GROUP).get("Keyframe Search"))
                .contains("limit of 4 keyframes");
    }

    @Test
    void theDecodedFrameCapEndsTheSearch() {
        ExtractedFacts facts = new ExtractedFacts();
        // 60 frames are 2.4 s: the cut at 2 s is seen, the one at 5 s is not
        List<Keyframe> found = keyframes(threeScenes, VideoLimits.defaults().withMaxDecodedFrames(60), facts);

        assertThat(found).hasSize(2);
        assertThat(facts.metadata.get(VideoReader.GROUP)).containsEntry("Frames Decoded", 60);
        assertThat((String) facts.metadata.get(VideoReader.GROUP).get("Keyframe Search"))
                .contains("limit of 60 decoded frames");
    }

    @Test
    void theContactSheetIsTheVideosThumbnail() throws IOException {
        ExtractedFacts facts = new ExtractedFacts();
        String sha = sha("b");
        reader(VideoLimits.defaults()).read(threeScenes, "three-scenes.mp4", sha, facts, null);

        assertThat(facts.thumbnail).isEqualTo(sha.substring(0, 2) + "/" + sha + ".jpg");
        BufferedImage sheet = ImageIO.read(tmp.resolve("thumbs").resolve(facts.thumbnail).toFile());
        // three keyframes of 4:3 in a 2×2 grid of 85-pixel tiles
        assertThat(sheet.getWidth()).isEqualTo(2 * 85);
        assertThat(sheet.getHeight()).isEqualTo(2 * 64);
    }

    @Test
    void aTruncatedVideoIsReportedAsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(threeScenes);
        Path truncated = Files.write(tmp.resolve("truncated.mp4"), java.util.Arrays.copyOf(whole, whole.length / 2));
        ExtractedFacts facts = new ExtractedFacts();
        List<Keyframe> found = keyframes(truncated, VideoLimits.defaults(), facts);

        assertThat(facts.outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(facts.reason()).contains("video could not be decoded").contains("damaged or truncated");
        assertThat(facts.reason()).contains("Invalid data found when processing input").doesNotContain(tmp.toString());
        assertThat(found).isEmpty();
    }

    private VideoReader reader(VideoLimits limits) {
        return new VideoReader(limits, new ThumbnailMaker(tmp.resolve("thumbs"), 256, 100_000_000L), 256,
                100_000_000L);
    }

    private List<Keyframe> keyframes(Path video, VideoLimits limits, ExtractedFacts facts) {
        List<Keyframe> found = new ArrayList<>();
        reader(limits).read(video, video.getFileName().toString(), sha("c"), facts, new KeyframeSink() {
            @Override
            public boolean stop() {
                return false;
            }

            @Override
            public void keyframe(Keyframe keyframe) {
                found.add(keyframe);
            }
        });
        return found;
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha(String letter) {
        return letter.repeat(64);
    }
}
