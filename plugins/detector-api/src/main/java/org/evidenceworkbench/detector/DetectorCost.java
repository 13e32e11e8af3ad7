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
     * Tens to hundreds of milliseconds per item: anything that decodes a picture's pixels (about
     * 30 ms for a 12 MP JPEG, more than reading and hashing it), a neural network over a picture.
     * Run in the ingest's analysis pass, after every item is searchable; its findings appear as it
     * goes. The host makes the picture's thumbnail in that pass too, from the same decode.
     * The host still runs it with the item when the item's bytes will not be at hand later
     * (a member of an archive, an attachment, a video's keyframe).
     */
    HEAVY
}
