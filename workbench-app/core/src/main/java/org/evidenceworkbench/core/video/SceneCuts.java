package org.evidenceworkbench.core.video;

/**
 * Decides, frame by frame, which frames start a new scene: the first frame always, then any frame
 * that differs from the one before it by more than the scene-change level, unless it comes less
 * than the minimum spacing after the last keyframe. Stops choosing once the cap is reached.
 */
final class SceneCuts {

    private final VideoLimits limits;
    private final long minSpacingMicros;
    private GreySignature previous;
    private long lastKeyframeMicros;
    private int chosen;

    SceneCuts(VideoLimits limits) {
        this.limits = limits;
        this.minSpacingMicros = limits.minSpacing().toNanos() / 1000;
    }

    /** True if the frame at {@code timeMicros} with this signature is a keyframe. */
    boolean isKeyframe(long timeMicros, GreySignature signature) {
        GreySignature before = previous;
        previous = signature;
        if (full()) {
            return false;
        }
        boolean keyframe = before == null
                || timeMicros - lastKeyframeMicros >= minSpacingMicros
                && signature.difference(before) > limits.sceneChange();
        if (keyframe) {
            lastKeyframeMicros = timeMicros;
            chosen++;
        }
        return keyframe;
    }

    /** True once the cap of keyframes is reached: nothing later can be chosen. */
    boolean full() {
        return chosen >= limits.maxKeyframes();
    }
}
