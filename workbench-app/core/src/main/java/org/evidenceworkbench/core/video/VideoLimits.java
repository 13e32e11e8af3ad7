package org.evidenceworkbench.core.video;

import java.time.Duration;

/**
 * How much work one video may cost the ingest. Decoding is the expensive part, so it is capped in
 * decoded frames (not wall-clock time, so two runs over the same video give the same keyframes).
 *
 * @param maxDecodedFrames  frames decoded per video while looking for scene changes; the rest of a
 *                          longer video is not searched (its facts still come from the container)
 * @param maxKeyframes      keyframes kept per video; the search stops once this many are found
 * @param minSpacing        a scene change closer than this to the previous keyframe is ignored, so a
 *                          flickering or fast-cut stretch does not use up the cap
 * @param sceneChange       mean absolute grey difference (0–255) between consecutive frames that
 *                          counts as a cut
 */
public record VideoLimits(int maxDecodedFrames, int maxKeyframes, Duration minSpacing, double sceneChange) {

    public VideoLimits {
        if (maxDecodedFrames < 1 || maxKeyframes < 1) {
            throw new IllegalArgumentException("the decoded-frame and keyframe caps must be at least 1");
        }
        if (minSpacing.isNegative() || sceneChange <= 0 || sceneChange > 255) {
            throw new IllegalArgumentException("a negative spacing or a scene-change level outside (0, 255]");
        }
    }

    /** Ten minutes of 30 fps video, 24 keyframes at least a second apart, a cut at a mean change of 30. */
    public static VideoLimits defaults() {
        return new VideoLimits(18_000, 24, Duration.ofSeconds(1), 30);
    }

    public VideoLimits withMaxKeyframes(int n) {
        return new VideoLimits(maxDecodedFrames, n, minSpacing, sceneChange);
    }

    public VideoLimits withMaxDecodedFrames(int n) {
        return new VideoLimits(n, maxKeyframes, minSpacing, sceneChange);
    }

    public VideoLimits withMinSpacing(Duration spacing) {
        return new VideoLimits(maxDecodedFrames, maxKeyframes, spacing, sceneChange);
    }
}
