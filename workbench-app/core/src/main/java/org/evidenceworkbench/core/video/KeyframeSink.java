package org.evidenceworkbench.core.video;

/** Receives the keyframes of a video as they are found, in time order. */
public interface KeyframeSink {

    /** True when no more keyframes are wanted (the ingest is stopping); decoding then ends. */
    boolean stop();

    void keyframe(Keyframe keyframe);
}
