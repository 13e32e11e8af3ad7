package org.evidenceworkbench.samples.build;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Short H.264 clips in MP4, written by FFmpeg through JavaCV: each scene a still picture with a
 * square moving over it (so frames differ as in a real clip), cut to the next scene. Byte for byte
 * repeatable with one FFmpeg: one encoder thread (threaded encoders split work by the machine's
 * core count) and the encoder's bit-exact flag; the MP4 muxer writes no creation time unless given
 * one. (The muxer's own bit-exact flag, which would also drop FFmpeg's version string, is not set:
 * JavaCV hands format options to the file opener too, which prints a complaint about it.)
 */
public final class Videos {

    public static final int FRAMES_PER_SECOND = 10;

    static {
        // FFmpeg's console output would bypass the logging set-up; its errors reach us as exceptions
        avutil.av_log_set_level(avutil.AV_LOG_QUIET);
    }

    private Videos() {
    }

    /** Writes the clip of {@code scenes} (each shown for {@code secondsEach}) to {@code target}. */
    public static void mp4(Path target, List<BufferedImage> scenes, double secondsEach) throws IOException {
        BufferedImage first = scenes.get(0);
        int width = first.getWidth();
        int height = first.getHeight();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(target.toFile(), width, height, 0);
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(FRAMES_PER_SECOND);
            recorder.setGopSize(FRAMES_PER_SECOND * 2);
            recorder.setVideoBitrate(width * height * 4);
            recorder.setVideoOption("threads", "1");
            recorder.setVideoOption("flags", "+bitexact");
            recorder.start();
            BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            int square = Math.max(4, height / 12);
            long frames = Math.round(secondsEach * FRAMES_PER_SECOND);
            for (BufferedImage scene : scenes) {
                for (long f = 0; f < frames; f++) {
                    Graphics2D g = frame.createGraphics();
                    g.drawImage(scene, 0, 0, null);
                    g.setColor(Color.WHITE);
                    g.fillRect((int) (f * (width - square) / Math.max(1, frames - 1)), height - 2 * square, square,
                            square);
                    g.dispose();
                    recorder.record(converter.convert(frame), avutil.AV_PIX_FMT_BGR24);
                }
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("FFmpeg could not write the clip " + target + ": " + e.getMessage(), e);
        }
    }
}
