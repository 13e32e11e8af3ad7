package org.evidenceworkbench.core.video;

/**
 * A tiny grey picture of a decoded frame, for comparing frames cheaply: {@value #COLUMNS}×{@value #ROWS}
 * points sampled from the frame by FFmpeg's scaler ({@link FrameScaler}), so nothing of the full
 * frame is copied or converted. That is coarse on purpose: a cut changes most of the picture,
 * while noise and small motion average out.
 */
final class GreySignature {

    static final int COLUMNS = 64;
    static final int ROWS = 36;

    private final byte[] grey;

    /** @param grey {@value #COLUMNS}×{@value #ROWS} 8-bit grey values, row by row */
    GreySignature(byte[] grey) {
        if (grey.length != COLUMNS * ROWS) {
            throw new IllegalArgumentException("a signature has " + COLUMNS * ROWS + " values, not " + grey.length);
        }
        this.grey = grey;
    }

    /** Mean absolute difference of the two signatures, 0 (identical) to 255. */
    double difference(GreySignature other) {
        long sum = 0;
        for (int i = 0; i < grey.length; i++) {
            sum += Math.abs((grey[i] & 0xFF) - (other.grey[i] & 0xFF));
        }
        return (double) sum / grey.length;
    }
}
