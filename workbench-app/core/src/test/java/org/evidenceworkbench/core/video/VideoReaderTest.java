package org.evidenceworkbench.core.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4WithKeyFrames;
import static org.evidenceworkbench.testing.EvidenceFactory.mpeg4Stream;
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
import org.evidenceworkbench.testing.EvidenceFactory;
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
    /** The same scenes with every frame a key frame, for the rules that act frame by frame. */
    private static Path threeScenesAllKeyFrames;

    @BeforeAll
    static void writeClips() throws IOException {
        threeScenes = mp4(shared, "three-scenes.mp4", FPS, scenes(320, 240, 2.0, 3.0, 2.5));
        threeScenesAllKeyFrames = mp4WithKeyFrames(shared, "three-scenes-intra.mp4", FPS,
                scenes(320, 240, 2.0, 3.0, 2.5), 1);
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
        ExtractedFacts facts = new ExtractedFacts();
        List<Keyframe> found = keyframes(threeScenes, VideoLimits.defaults(), facts);

        assertThat(found).extracting(Keyframe::index).containsExactly(1, 2, 3);
        assertThat(found.get(0).seconds()).isEqualTo(0.0);
        assertThat(found.get(1).seconds()).isCloseTo(2.0, within(FRAME_TOLERANCE));
        assertThat(found.get(2).seconds()).isCloseTo(5.0, within(FRAME_TOLERANCE));
        assertThat(found.get(1).fileName()).matches("keyframe-0002@00m0[12]\\.\\d{3}s\\.jpg");
        // FFmpeg's encoder starts a key frame at each cut and every 12 frames: only those are decoded
        assertThat(facts.metadata.get(VideoReader.GROUP)).containsEntry("Frames Searched", "key frames")
                .hasEntrySatisfying("Frames Decoded", n -> assertThat((int) n).isBetween(3, (int) (7.5 * FPS / 12) + 3));
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
        Path flicker = mp4WithKeyFrames(tmp, "flicker.mp4", FPS,
                scenes(160, 120, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4), 1);
        List<Keyframe> found = keyframes(flicker, VideoLimits.defaults().withMinSpacing(Duration.ofSeconds(1)),
                new ExtractedFacts());

        assertThat(found).extracting(Keyframe::seconds).satisfiesExactly(
                t -> assertThat(t).isEqualTo(0.0),
                t -> assertThat(t).isCloseTo(1.2, within(FRAME_TOLERANCE)),
                t -> assertThat(t).isCloseTo(2.4, within(FRAME_TOLERANCE)));
    }

    @Test
    void theKeyframeCapEndsTheSearch() throws IOException {
        Path six = mp4WithKeyFrames(tmp, "six.mp4", FPS, scenes(160, 120, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5), 1);
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
        List<Keyframe> found = keyframes(threeScenesAllKeyFrames, VideoLimits.defaults().withMaxDecodedFrames(60),
                facts);

        assertThat(found).hasSize(2);
        assertThat(facts.metadata.get(VideoReader.GROUP)).containsEntry("Frames Decoded", 60);
        assertThat((String) facts.metadata.get(VideoReader.GROUP).get("Keyframe Search"))
                .contains("limit of 60 decoded frames");
    }

    @Test
    void aCutBetweenKeyFramesGivesTheFirstKeyFrameOfTheNewScene() throws IOException {
        // a key frame every 10 frames (0.4 s) and none at the cuts, which fall at frames 53 and 128
        Path clip = mp4WithKeyFrames(tmp, "gop10.mp4", FPS, scenes(320, 240, 2.1, 3.0, 2.4), 10);
        ExtractedFacts facts = new ExtractedFacts();
        List<Keyframe> found = keyframes(clip, VideoLimits.defaults(), facts);

        assertTimes(found, 0, 60 / FPS, 130 / FPS);
        // 188 frames, of which the 19 key frames were decoded
        assertThat(facts.metadata.get(VideoReader.GROUP)).containsEntry("Frames Decoded", 19)
                .containsEntry("Frames Searched", "key frames");
        assertThat(facts.outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void aStreamWithTooFewKeyFramesIsReadFrameByFrame() throws IOException {
        // one key frame in 7.5 s: the cuts at 2 s and 5 s lie between key frames, so every frame is read
        Path clip = mp4WithKeyFrames(tmp, "sparse.mp4", FPS, scenes(320, 240, 2.0, 3.0, 2.5), 250);
        ExtractedFacts facts = new ExtractedFacts();
        List<Keyframe> found = keyframes(clip, VideoLimits.defaults(), facts);

        assertTimes(found, 0, 2.0, 5.0);
        assertThat(found).extracting(Keyframe::index).containsExactly(1, 2, 3);
        assertThat(facts.metadata.get(VideoReader.GROUP)).containsEntry("Frames Searched", "every frame")
                .hasEntrySatisfying("Frames Decoded", n -> assertThat((int) n).isBetween(186, 188));
        assertThat(facts.outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void aStreamCutAfterItsOnlyKeyFrameIsReadFrameByFrame() throws IOException {
        // what a clip cut out of a longer recording may be: the stream's headers, then no key frame
        Path whole = mpeg4Stream(tmp, "whole.m4v", FPS, scenes(320, 240, 2.0, 3.0, 2.5), 1000);
        byte[] bytes = Files.readAllBytes(whole);
        int firstPicture = startCode(bytes, 0xB6, 0);
        int secondPicture = startCode(bytes, 0xB6, firstPicture + 4);
        byte[] cut = new byte[bytes.length - (secondPicture - firstPicture)];
        System.arraycopy(bytes, 0, cut, 0, firstPicture);
        System.arraycopy(bytes, secondPicture, cut, firstPicture, bytes.length - secondPicture);
        Path noKeyFrame = Files.write(tmp.resolve("no-key-frame.m4v"), cut);
        ExtractedFacts facts = new ExtractedFacts();
        List<Keyframe> found = keyframes(noKeyFrame, VideoLimits.defaults(), facts);

        assertThat(facts.metadata.get(VideoReader.GROUP)).containsEntry("Frames Searched", "every frame");
        assertThat(found).isNotEmpty();
    }

    /** Where the MPEG-4 start code 00 00 01 {@code code} first is, from {@code from}. */
    private static int startCode(byte[] b, int code, int from) {
        for (int i = from; i + 3 < b.length; i++) {
            if (b[i] == 0 && b[i + 1] == 0 && b[i + 2] == 1 && (b[i + 3] & 0xFF) == code) {
                return i;
            }
        }
        throw new AssertionError("no start code " + Integer.toHexString(code) + " after " + from);
    }

    @Test
    void keyframesKeepTheVideosColours() throws IOException {
        BufferedImage red = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = red.createGraphics();
        g.setColor(new java.awt.Color(200, 30, 40));
        g.fillRect(0, 0, 320, 240);
        g.dispose();
        Path clip = mp4(tmp, "red.mp4", FPS, List.of(new EvidenceFactory.Scene(red, 1.0)));
        List<Keyframe> found = keyframes(clip, VideoLimits.defaults(), new ExtractedFacts());

        assertThat(found).hasSize(1);
        java.awt.Color centre = new java.awt.Color(decode(found.get(0).jpeg()).getRGB(160, 60));
        assertThat(centre.getRed()).isCloseTo(200, within(12));
        assertThat(centre.getGreen()).isCloseTo(30, within(12));
        assertThat(centre.getBlue()).isCloseTo(40, within(12));
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

    /** The keyframes are at these times, each within two frames. */
    private static void assertTimes(List<Keyframe> found, double... seconds) {
        assertThat(found).hasSize(seconds.length);
        for (int i = 0; i < seconds.length; i++) {
            assertThat(found.get(i).seconds()).as("keyframe %d", i + 1).isCloseTo(seconds[i], within(FRAME_TOLERANCE));
        }
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
