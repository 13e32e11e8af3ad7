package org.evidenceworkbench.detector;

/**
 * How much work a detector does per item, so the host can schedule it: an investigator can start
 * triage as soon as every item is hashed, typed, read and searchable, and should not wait for a
 * neural network to look at every picture first.
 */
public enum DetectorCost {

    /**
     * Milliseconds per item (patterns over text, hash look-ups, header checks, a perceptual hash):
     * run with the item, before it is written to the case.
     */
    LIGHT,

    /**
     * Tens to hundreds of milliseconds per item (a neural network over a picture): run in the
     * ingest's analysis pass, after every item is searchable; its findings appear as it goes.
     * The host still runs it with the item when the item's bytes will not be at hand later
     * (a member of an archive, an attachment, a video's keyframe).
     */
    HEAVY
}
