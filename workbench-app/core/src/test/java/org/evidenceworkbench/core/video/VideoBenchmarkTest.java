package org.evidenceworkbench.core.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4;
import static org.evidenceworkbench.testing.EvidenceFactory.scenes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.bytedeco.ffmpeg.global.avcodec;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.extract.ThumbnailMaker;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.ingest.SourceResult;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keyframe speed on a generated clip (default H.264, 1280×720, 30 fps, 30 s, a cut every 2 s): the
 * {@link VideoReader} alone (decode, compare, JPEG-encode keyframes, contact sheet), then a whole
 * ingest of the clip (keyframe items hashed, thumbnailed, PDQ-hashed and saved). Prints
 * {@code BENCHMARK} lines; runs only with {@code -Pbench}. Size and length:
 * {@code -Dbench.videoWidth}, {@code -Dbench.videoHeight}, {@code -Dbench.videoSeconds},
 * {@code -Dbench.videoCodec=h264|mpeg4}.
 */
@Tag("benchmark")
class VideoBenchmarkTest {

    private static final double FPS = 30;
    private static final double SCENE_SECONDS = 2;

    @TempDir
    Path tmp;

    @Test
    void keyframesPerSecond() throws IOException {
        int width = Integer.getInteger("bench.videoWidth", 1280);
        int height = Integer.getInteger("bench.videoHeight", 720);
        int seconds = Integer.getInteger("bench.videoSeconds", 30);
        double[] lengths = new double[(int) (seconds / SCENE_SECONDS)];
        Arrays.fill(lengths, SCENE_SECONDS);
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        String codecName = System.getProperty("bench.videoCodec", "h264");
        int codec = codecName.equals("mpeg4") ? avcodec.AV_CODEC_ID_MPEG4 : avcodec.AV_CODEC_ID_H264;
        Path clip = mp4(evidence, "clip.mp4", FPS, scenes(width, height, lengths), codec);
        int expected = Math.min(lengths.length, VideoLimits.defaults().maxKeyframes());

        VideoReader reader = new VideoReader(VideoLimits.defaults(),
                new ThumbnailMaker(tmp.resolve("thumbs"), 256, 100_000_000L), 256, 100_000_000L);
        read(reader, clip, "warm-up"); // loads FFmpeg's natives and warms the JIT
        AtomicInteger found = new AtomicInteger();
        long start = System.nanoTime();
        ExtractedFacts facts = read(reader, clip, "timed", found);
        double readerSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(facts.outcome()).isEqualTo(Outcome.OK);
        assertThat(found.get()).isEqualTo(expected);
        int decoded = (Integer) facts.metadata.get(VideoReader.GROUP).get("Frames Decoded");
        // the keyframe cap may end the search before the end of the clip: at its last keyframe
        double covered = found.get() < VideoLimits.defaults().maxKeyframes() ? seconds
                : (found.get() - 1) * SCENE_SECONDS;
        report("reader", codecName, width, height, covered, decoded, found.get(), readerSeconds);

        try (Case warmUp = newCase(tmp.resolve("warm-up"))) {
            new IngestService(warmUp, options()).ingest(List.of(evidence)); // Tika, H2, detectors, JIT
        }
        try (Case c = newCase(tmp.resolve("case"))) {
            long ingestStart = System.nanoTime();
            List<SourceResult> results = new IngestService(c, options()).ingest(List.of(evidence));
            double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
            assertThat(results.get(0).items()).isEqualTo(1 + expected);
            Map<?, ?> video = (Map<?, ?>) new CaseQueries(c).show("clip.mp4").metadata().get(VideoReader.GROUP);
            report("ingest", codecName, width, height, covered, ((Number) video.get("Frames Decoded")).intValue(),
                    expected, ingestSeconds);
        }
    }

    private static ExtractedFacts read(VideoReader reader, Path clip, String sha, AtomicInteger... count) {
        ExtractedFacts facts = new ExtractedFacts();
        reader.read(clip, "clip.mp4", (sha + "0".repeat(64)).substring(0, 64), facts, new KeyframeSink() {
            @Override
            public boolean stop() {
                return false;
            }

            @Override
            public void keyframe(Keyframe keyframe) {
                for (AtomicInteger c : count) {
                    c.incrementAndGet();
                }
            }
        });
        return facts;
    }

    /**
     * @param videoSeconds the part of the clip searched (the keyframe cap may stop the search early)
     * @param decoded      frames decoded: the stream's key frames, or every frame where they are sparse
     */
    private static void report(String what, String codec, int width, int height, double videoSeconds, int decoded,
                               int keyframes, double wall) {
        System.out.printf(Locale.ROOT, "BENCHMARK video %s: %s %dx%d at %.0f fps, %.1f s of video searched, %d frames"
                        + " decoded, %d keyframes in %.2f s = %.1f keyframes/s, %.1f video seconds/s%n", what, codec,
                width, height, FPS, videoSeconds, decoded, keyframes, wall, keyframes / wall, videoSeconds / wall);
    }
}
