package org.evidenceworkbench.detectors.media.faces;

import org.evidenceworkbench.detector.Location.Region;

/**
 * One face the model found.
 *
 * @param box   the face's box in the pixels of the picture as stored
 * @param score the model's score, 0 to 1
 */
public record DetectedFace(Region box, double score) {
}
