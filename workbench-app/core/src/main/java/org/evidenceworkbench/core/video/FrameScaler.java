package org.evidenceworkbench.core.video;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.Frame;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Turns the decoder's own frames (any pixel format, as FFmpeg decoded them) into what the scan
 * needs, with FFmpeg's scaler: every frame into its tiny grey signature, only a keyframe into a
 * full-size BGR picture. Converting every decoded frame to BGR, as the grabber's colour mode does,
 * cost more than the grey signature needs. One per video scan; not thread-safe.
 */
final class FrameScaler implements AutoCloseable {

    private static final int SIGNATURE_PIXELS = GreySignature.COLUMNS * GreySignature.ROWS;

    private SwsContext toGrey;
    private SwsContext toBgr;
    private final BytePointer grey = new BytePointer(SIGNATURE_PIXELS);
    private final PointerPointer<?> greyPlanes = new PointerPointer<BytePointer>(1).put(0, grey);
    private final IntPointer greyStride = new IntPointer(1).put(GreySignature.COLUMNS);
    private Mat bgr;

    /** The grey signature of a frame grabbed in the grabber's raw mode (its {@code opaque} is FFmpeg's frame). */
    GreySignature signature(Frame raw) {
        AVFrame picture = (AVFrame) raw.opaque;
        // nearest-neighbour sampling: a cut changes most of the picture, noise averages out anyway
        toGrey = swscale.sws_getCachedContext(toGrey, picture.width(), picture.height(), picture.format(),
                GreySignature.COLUMNS, GreySignature.ROWS, avutil.AV_PIX_FMT_GRAY8, swscale.SWS_POINT,
                null, null, (DoublePointer) null);
        scale(toGrey, picture, greyPlanes, greyStride);
        byte[] values = new byte[SIGNATURE_PIXELS];
        grey.get(values);
        return new GreySignature(values);
    }

    /** The frame as a full-size 8-bit BGR picture, valid until the next call. */
    Mat bgr(Frame raw) {
        AVFrame picture = (AVFrame) raw.opaque;
        int width = picture.width();
        int height = picture.height();
        if (bgr == null || bgr.cols() != width || bgr.rows() != height) {
            if (bgr != null) {
                bgr.close();
            }
            bgr = new Mat(height, width, opencv_core.CV_8UC3);
        }
        toBgr = swscale.sws_getCachedContext(toBgr, width, height, picture.format(), width, height,
                avutil.AV_PIX_FMT_BGR24, swscale.SWS_BILINEAR, null, null, (DoublePointer) null);
        try (PointerPointer<?> planes = new PointerPointer<BytePointer>(1).put(0, bgr.data());
             IntPointer stride = new IntPointer(1).put((int) bgr.step())) {
            scale(toBgr, picture, planes, stride);
        }
        return bgr;
    }

    private static void scale(SwsContext context, AVFrame picture, PointerPointer<?> planes, IntPointer stride) {
        if (context == null) {
            throw new IllegalStateException("FFmpeg cannot convert frames of pixel format " + picture.format());
        }
        swscale.sws_scale(context, picture.data(), picture.linesize(), 0, picture.height(), planes, stride);
    }

    @Override
    public void close() {
        swscale.sws_freeContext(toGrey);
        swscale.sws_freeContext(toBgr);
        greyPlanes.close();
        greyStride.close();
        grey.close();
        if (bgr != null) {
            bgr.close();
        }
    }
}
