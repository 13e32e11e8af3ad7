/**
 * Manipulation indicators for pictures ("digital distortion"): signs in a picture's metadata and
 * JPEG structure that it was edited or saved again after the camera wrote it. Each is a lead for a
 * person to weigh, never proof: phones process pictures themselves and messaging apps recompress
 * them, so every finding says what innocent causes look the same.
 */
package org.evidenceworkbench.detectors.media.manipulation;
