package org.evidenceworkbench.core.video;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.DiskFull;
import org.evidenceworkbench.core.extract.DocumentExtractor;
import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.extract.ThumbnailMaker;
import org.evidenceworkbench.core.platform.NativeLibraries;
import org.evidenceworkbench.core.item.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a video with FFmpeg (through JavaCV): records its facts (duration, codecs, frame size and
 * rate) in the {@value #GROUP} metadata group, finds its keyframes by scene change and hands each
 * to a {@link KeyframeSink}, and makes a contact sheet of them as the video's thumbnail.
 *
 * <p>Every frame up to the decoded-frame cap is decoded (inter-coded video cannot be decoded
 * otherwise), but only a small grey signature of each is compared, so a cut is found at the exact
 * frame it happens; only keyframes are converted to full pictures. Thread-safe: each call has its
 * own decoder.
 */
public final class VideoReader {

    public static final String GROUP = "Video";

    private static final Logger log = LoggerFactory.getLogger(VideoReader.class);
    /** JavaCV's "avformat_open_input() error -1094995529: …": the failing call and FFmpeg's error number. */
    private static final Pattern ERROR_CODE = Pattern.compile("(\\w+)\\(\\) error (-?\\d+)");

    private final VideoLimits limits;
    private final ThumbnailMaker thumbnails;
    private final int thumbnailSize;
    private final long maxPicturePixels;

    public VideoReader(VideoLimits limits, ThumbnailMaker thumbnails, int thumbnailSize, long maxPicturePixels) {
        this.limits = limits;
        this.thumbnails = thumbnails;
        this.thumbnailSize = thumbnailSize;
        this.maxPicturePixels = maxPicturePixels;
    }

    /**
     * Reads the video in {@code file}. A damaged video is recorded in {@code facts} as
     * {@link Outcome#CORRUPT} with the reason; keyframes found before the damage are kept.
     *
     * @param keyframes receives the keyframes, or null to find them for the contact sheet only
     */
    public void read(Path file, String name, String sha256, ExtractedFacts facts, KeyframeSink keyframes) {
        NativeLibraries.load(); // before QuietFfmpeg's loading: first loads racing each other can deadlock
        try (FFmpegFrameGrabber grabber = QuietFfmpeg.grabber(file)) {
            grabber.setImageMode(FrameGrabber.ImageMode.COLOR);
            grabber.start();
            recordFacts(grabber, facts);
            if (!grabber.hasVideo()) {
                return;
            }
            long pixels = (long) grabber.getImageWidth() * grabber.getImageHeight();
            if (pixels > maxPicturePixels) {
                facts.put(GROUP, "Keyframes", 0);
                facts.put(GROUP, "Keyframe Search", "not made: " + grabber.getImageWidth() + "x"
                        + grabber.getImageHeight() + " frames are larger than the picture limit of " + maxPicturePixels
                        + " pixels");
                return;
            }
            scan(grabber, name, sha256, facts, keyframes);
        } catch (WorkbenchException e) {
            throw e; // the case cannot be written (disk full, database): the ingest stops, not this item
        } catch (IOException | RuntimeException e) {
            DiskFull.rethrowIfFull(e);
            facts.fail(Outcome.CORRUPT, "the video could not be decoded (" + ffmpegMessage(e)
                    + "); it may be damaged or truncated");
            log.info("Video {} could not be read", name, e);
        } catch (LinkageError e) {
            // FFmpeg's native libraries are missing (e.g. libpulse0): not the item's fault, so no outcome
            facts.put("workbench", "videoNotRead", "FFmpeg could not be loaded (" + e.getMessage()
                    + "); install libpulse0 and re-ingest to read videos");
            log.warn("FFmpeg could not be loaded; video {} was not read", name, e);
        }
    }

    /**
     * Loads FFmpeg on first use, inside {@link #read}'s guard, so a machine without FFmpeg's
     * natives still ingests everything else. FFmpeg's own console output would bypass the logging
     * set-up; its errors reach us as exceptions, so it is silenced.
     */
    private static final class QuietFfmpeg {
        static {
            avutil.av_log_set_level(avutil.AV_LOG_QUIET);
        }

        static FFmpegFrameGrabber grabber(Path file) {
            return new FFmpegFrameGrabber(file.toFile());
        }
    }

    private static void recordFacts(FFmpegFrameGrabber grabber, ExtractedFacts facts) {
        long micros = grabber.getLengthInTime();
        if (micros > 0) {
            facts.put(GROUP, "Duration", round3(micros / 1e6));
        }
        facts.put(GROUP, "Container", grabber.getFormat());
        if (grabber.hasVideo()) {
            facts.put(GROUP, "Codec", grabber.getVideoCodecName());
            facts.put(GROUP, "Width", grabber.getImageWidth());
            facts.put(GROUP, "Height", grabber.getImageHeight());
            double fps = grabber.getVideoFrameRate();
            if (fps > 0 && Double.isFinite(fps)) {
                facts.put(GROUP, "Frame Rate", round3(fps));
            }
        }
        if (grabber.hasAudio()) {
            facts.put(GROUP, "Audio Codec", grabber.getAudioCodecName());
            facts.put(GROUP, "Audio Channels", grabber.getAudioChannels());
            facts.put(GROUP, "Audio Sample Rate", grabber.getSampleRate());
        }
    }

    private void scan(FFmpegFrameGrabber grabber, String name, String sha256, ExtractedFacts facts,
                      KeyframeSink keyframes) throws IOException {
        SceneCuts cuts = new SceneCuts(limits);
        ContactSheet sheet = new ContactSheet(thumbnailSize);
        Java2DFrameConverter converter = new Java2DFrameConverter();
        int decoded = 0;
        int found = 0;
        long lastMicros = 0;
        boolean ended = false;
        try {
            while (!cuts.full() && decoded < limits.maxDecodedFrames()) {
                if (keyframes != null && keyframes.stop()) {
                    return; // the ingest is stopping; the next run reads the video again
                }
                Frame frame = grabber.grabImage();
                if (frame == null) {
                    ended = true;
                    break;
                }
                if (frame.image == null) {
                    continue;
                }
                decoded++;
                lastMicros = Math.max(0, frame.timestamp);
                if (cuts.isKeyframe(lastMicros, GreySignature.of(frame))) {
                    // the converter reuses its picture between frames: use it before the next grab
                    BufferedImage picture = converter.convert(frame);
                    found++;
                    sheet.add(picture);
                    if (keyframes != null) {
                        keyframes.keyframe(new Keyframe(found, lastMicros, jpeg(picture)));
                    }
                }
            }
        } catch (FrameGrabber.Exception e) {
            facts.fail(Outcome.CORRUPT, "the video data is damaged after " + seconds(lastMicros)
                    + " (" + ffmpegMessage(e) + "); keyframes after that point are missing");
            log.info("Video {} damaged after {} µs", name, lastMicros, e);
        }
        facts.put(GROUP, "Keyframes", found);
        facts.put(GROUP, "Frames Decoded", decoded);
        if (!ended && facts.outcome() == Outcome.OK) {
            facts.put(GROUP, "Keyframe Search", "stopped at " + seconds(lastMicros) + " by the limit of "
                    + (cuts.full() ? limits.maxKeyframes() + " keyframes" : limits.maxDecodedFrames() + " decoded frames"));
        } else if (ended) {
            checkComplete(grabber.getLengthInTime(), lastMicros, facts);
        }
        sheet.build().ifPresent(s -> thumbnails.save(s, sha256, name, facts));
    }

    /** A video whose frames end well before its declared length has lost data (a cut-short download or copy). */
    private static void checkComplete(long declaredMicros, long lastMicros, ExtractedFacts facts) {
        long tolerance = Math.max(2_000_000, declaredMicros / 10); // audio may outlast the picture a little
        if (declaredMicros > 0 && lastMicros + tolerance < declaredMicros) {
            facts.fail(Outcome.CORRUPT, "the pictures end at " + seconds(lastMicros) + " of the declared "
                    + seconds(declaredMicros) + "; the video is probably truncated");
        }
    }

    /**
     * FFmpeg's own words for an error JavaCV reports by number ("Invalid data found when processing
     * input"), rather than JavaCV's message, which holds the file's path and hints for programmers.
     */
    static String ffmpegMessage(Throwable e) {
        Matcher m = ERROR_CODE.matcher(String.valueOf(e.getMessage()));
        if (e instanceof FrameGrabber.Exception && m.find()) {
            byte[] text = new byte[256];
            if (avutil.av_strerror(Integer.parseInt(m.group(2)), text, text.length) == 0) {
                int end = 0;
                while (end < text.length && text[end] != 0) {
                    end++;
                }
                return m.group(1) + " failed: " + new String(text, 0, end, StandardCharsets.UTF_8);
            }
        }
        return DocumentExtractor.rootMessage(e);
    }

    private static byte[] jpeg(BufferedImage picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(picture, "jpg", out)) {
            throw new IOException("no JPEG writer available");
        }
        return out.toByteArray();
    }

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.3f s", micros / 1e6);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
