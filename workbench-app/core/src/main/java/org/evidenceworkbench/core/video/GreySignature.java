package org.evidenceworkbench.core.video;

import java.nio.ByteBuffer;

import org.bytedeco.javacv.Frame;

/**
 * A tiny grey picture of a decoded frame, for comparing frames cheaply: {@value #COLUMNS}×{@value #ROWS}
 * points sampled straight from FFmpeg's BGR buffer, so nothing of the full frame is copied or scaled.
 * That is coarse on purpose: a cut changes most of the picture, while noise and small motion average out.
 */
final class GreySignature {

    static final int COLUMNS = 64;
    static final int ROWS = 36;

    private final byte[] grey;

    private GreySignature(byte[] grey) {
        this.grey = grey;
    }

    /** The signature of a frame in FFmpeg's packed 8-bit BGR (the grabber's colour mode). */
    static GreySignature of(Frame frame) {
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        int channels = frame.imageChannels;
        byte[] grey = new byte[COLUMNS * ROWS];
        for (int row = 0; row < ROWS; row++) {
            int y = (int) ((row + 0.5) * frame.imageHeight / ROWS);
            for (int column = 0; column < COLUMNS; column++) {
                int x = (int) ((column + 0.5) * frame.imageWidth / COLUMNS);
                int at = y * frame.imageStride + x * channels;
                int b = pixels.get(at) & 0xFF;
                int g = channels > 1 ? pixels.get(at + 1) & 0xFF : b;
                int r = channels > 2 ? pixels.get(at + 2) & 0xFF : b;
                // ITU-R BT.601 luma weights in fixed point
                grey[row * COLUMNS + column] = (byte) ((77 * r + 150 * g + 29 * b) >> 8);
            }
        }
        return new GreySignature(grey);
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
