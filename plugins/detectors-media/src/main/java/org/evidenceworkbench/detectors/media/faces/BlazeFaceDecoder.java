package org.evidenceworkbench.detectors.media.faces;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the raw outputs of MediaPipe's full-range BlazeFace model into scored boxes, as MediaPipe's
 * own graph does (TensorsToDetectionsCalculator with the full-range options): the model predicts,
 * for each cell of a 48×48 grid over its 192×192 input, a score logit and a box offset from the
 * cell's centre. The anchors are fixed, so they are computed here rather than shipped.
 */
final class BlazeFaceDecoder {

    /** The model's input side, in pixels. */
    static final int INPUT_SIDE = 192;

    /** 192 / stride 4: one anchor per cell, all of size 1 ({@code fixed_anchor_size}). */
    static final int GRID = 48;

    static final int ANCHORS = GRID * GRID;

    /** Values per anchor in the regressor output: box (4) and six key points (12). */
    static final int COORDS = 16;

    /** MediaPipe clips logits to ±100 before the sigmoid; kept for identical scores. */
    private static final double LOGIT_CLIP = 100;

    private BlazeFaceDecoder() {
    }

    /**
     * A candidate box in the model's input frame, each coordinate a fraction of {@link #INPUT_SIDE}.
     */
    record Candidate(double xMin, double yMin, double width, double height, double score) {
    }

    /**
     * @param logits     {@link #ANCHORS} score logits
     * @param regressors {@link #ANCHORS} × {@link #COORDS} box regressions
     * @param minScore   candidates scoring below this are dropped
     */
    static List<Candidate> decode(float[] logits, float[] regressors, double minScore) {
        if (logits.length != ANCHORS || regressors.length != ANCHORS * COORDS) {
            throw new IllegalArgumentException("unexpected model output sizes " + logits.length + " and "
                    + regressors.length + "; is this the full-range BlazeFace model?");
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < ANCHORS; i++) {
            double score = sigmoid(Math.max(-LOGIT_CLIP, Math.min(LOGIT_CLIP, logits[i])));
            if (score < minScore) {
                continue;
            }
            double anchorX = (i % GRID + 0.5) / GRID;
            double anchorY = (i / GRID + 0.5) / GRID;
            int r = i * COORDS;
            double centreX = regressors[r] / INPUT_SIDE + anchorX;
            double centreY = regressors[r + 1] / INPUT_SIDE + anchorY;
            double width = regressors[r + 2] / INPUT_SIDE;
            double height = regressors[r + 3] / INPUT_SIDE;
            if (width <= 0 || height <= 0) {
                continue;
            }
            out.add(new Candidate(centreX - width / 2, centreY - height / 2, width, height, score));
        }
        return out;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
