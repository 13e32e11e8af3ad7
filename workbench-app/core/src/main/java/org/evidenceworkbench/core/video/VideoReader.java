package org.evidenceworkbench.core.video;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
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
 * <p>Only the stream's own key frames (the intra-coded frames a player can seek to) are decoded
 * at first: they are a small part of the frames (one every half second to two seconds in phone
 * and camera video), and encoders usually start one at a cut. A small grey signature of each is
 * compared with the one before, so a keyframe is taken at the first key frame of a new scene. A
 * stream whose key frames are further apart than {@value #SPARSE_KEY_FRAMES_SECONDS} s on average
 * (some screen recordings and surveillance exports), or that has none, is read again frame by
 * frame, as every stream was before: the cuts between its key frames would otherwise go unseen. Only keyframes
 * are converted to full pictures. Thread-safe: each call has its own decoder.
 */
public final class VideoReader {

    public static final String GROUP = "Video";

    private static final Logger log = LoggerFactory.getLogger(VideoReader.class);
    /** JavaCV's "avformat_open_input() error -1094995529: …": the failing call and FFmpeg's error number. */
    private static final Pattern ERROR_CODE = Pattern.compile("(\\w+)\\(\\) error (-?\\d+)");
    /** Key frames further apart than this on average are too few to find the cuts by. */
    static final int SPARSE_KEY_FRAMES_SECONDS = 4;

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
        try {
            Scan scan;
            long declaredMicros;
            try (FFmpegFrameGrabber grabber = QuietFfmpeg.grabber(file, true)) {
                grabber.start();
                recordFacts(grabber, facts);
                if (!grabber.hasVideo() || framesTooLarge(grabber, facts)) {
                    return;
                }
                declaredMicros = grabber.getLengthInTime();
                scan = scan(grabber, keyframes, true);
            }
            if (scan != null && scan.sparse(declaredMicros)) {
                log.debug("Video {}: {} key frames in {} µs; reading every frame", name, scan.decoded,
                        scan.span(declaredMicros));
                try (FFmpegFrameGrabber every = QuietFfmpeg.grabber(file, false)) {
                    every.start();
                    scan = scan(every, keyframes, false);
                }
            }
            if (scan == null) {
                return; // the ingest is stopping; the next run reads the video again
            }
            scan.record(name, declaredMicros, facts);
            if (keyframes != null) {
                scan.found.forEach(keyframes::keyframe);
            }
            scan.sheet.build().ifPresent(s -> thumbnails.save(s, sha256, name, facts));
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

    private boolean framesTooLarge(FFmpegFrameGrabber grabber, ExtractedFacts facts) {
        long pixels = (long) grabber.getImageWidth() * grabber.getImageHeight();
        if (pixels <= maxPicturePixels) {
            return false;
        }
        facts.put(GROUP, "Keyframes", 0);
        facts.put(GROUP, "Keyframe Search", "not made: " + grabber.getImageWidth() + "x"
                + grabber.getImageHeight() + " frames are larger than the picture limit of " + maxPicturePixels
                + " pixels");
        return true;
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

        /** @param keyFramesOnly the decoder skips every frame but the stream's key frames */
        static FFmpegFrameGrabber grabber(Path file, boolean keyFramesOnly) {
            FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
            // frames as FFmpeg decoded them: FrameScaler converts what the scan needs, no more
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            if (keyFramesOnly) {
                grabber.setVideoOption("skip_frame", "nokey");
                // one decoding thread: the ingest reads a video per worker, and frame threads
                // only add latency when most frames are skipped
                grabber.setVideoOption("threads", "1");
            }
            return grabber;
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

    /**
     * Decodes frames up to the caps and chooses the keyframes, keeping them (at most the keyframe
     * cap) until the caller knows this scan is the one to keep. Null if the ingest is stopping.
     */
    private Scan scan(FFmpegFrameGrabber grabber, KeyframeSink keyframes, boolean keyFramesOnly)
            throws IOException {
        Scan scan = new Scan(keyFramesOnly, new ContactSheet(thumbnailSize));
        SceneCuts cuts = new SceneCuts(limits);
        try (FrameScaler scaler = new FrameScaler(); KeyframePictures pictures = new KeyframePictures()) {
            while (!cuts.full() && scan.decoded < limits.maxDecodedFrames()) {
                if (keyframes != null && keyframes.stop()) {
                    return null;
                }
                Frame frame = grabber.grabImage();
                if (frame == null) {
                    scan.ended = true;
                    break;
                }
                if (frame.image == null) {
                    continue;
                }
                scan.decoded(Math.max(0, frame.timestamp));
                if (cuts.isKeyframe(scan.lastMicros, scaler.signature(frame))) {
                    // the frame is the decoder's buffer: made into pictures before the next grab
                    KeyframePictures.Pictures made = pictures.of(scaler.bgr(frame), scan.sheet.tileEdge());
                    scan.sheet.add(made.tile());
                    scan.found.add(new Keyframe(scan.found.size() + 1, scan.lastMicros, made.jpeg()));
                }
            }
        } catch (FrameGrabber.Exception e) {
            scan.damage = e;
        }
        scan.cutsFull = cuts.full();
        return scan;
    }

    /** What one pass over a video's frames found. */
    private final class Scan {

        final boolean keyFramesOnly;
        final ContactSheet sheet;
        final List<Keyframe> found = new ArrayList<>();
        int decoded;
        long lastMicros;
        /** The longest time between two decoded frames: in a key-frame scan, the stream's key-frame interval. */
        long longestGapMicros;
        boolean ended;
        boolean cutsFull;
        FrameGrabber.Exception damage;

        Scan(boolean keyFramesOnly, ContactSheet sheet) {
            this.keyFramesOnly = keyFramesOnly;
            this.sheet = sheet;
        }

        void decoded(long micros) {
            if (decoded > 0) {
                longestGapMicros = Math.max(longestGapMicros, micros - lastMicros);
            }
            decoded++;
            lastMicros = micros;
        }

        /** The stretch of video this scan covered: to the declared end if it read to the end. */
        long span(long declaredMicros) {
            return ended ? Math.max(declaredMicros, lastMicros) : lastMicros;
        }

        /**
         * True if this key-frame scan saw too few key frames for the cuts between them to be found,
         * or none at all (a stream cut out of a longer recording may start after its last key frame).
         */
        boolean sparse(long declaredMicros) {
            if (!keyFramesOnly || damage != null) {
                return false;
            }
            return decoded == 0 ? ended : span(declaredMicros) > decoded * SPARSE_KEY_FRAMES_SECONDS * 1_000_000L;
        }

        void record(String name, long declaredMicros, ExtractedFacts facts) {
            if (damage != null) {
                facts.fail(Outcome.CORRUPT, "the video data is damaged after " + seconds(lastMicros)
                        + " (" + ffmpegMessage(damage) + "); keyframes after that point are missing");
                log.info("Video {} damaged after {} µs", name, lastMicros, damage);
            }
            facts.put(GROUP, "Keyframes", found.size());
            facts.put(GROUP, "Frames Decoded", decoded);
            facts.put(GROUP, "Frames Searched", keyFramesOnly ? "key frames" : "every frame");
            if (!ended && facts.outcome() == Outcome.OK) {
                facts.put(GROUP, "Keyframe Search", "stopped at " + seconds(lastMicros) + " by the limit of "
                        + (cutsFull ? limits.maxKeyframes() + " keyframes" : limits.maxDecodedFrames() + " decoded frames"));
            } else if (ended) {
                // the last key frame may come up to a key-frame interval before the end
                long slack = keyFramesOnly ? Math.max(longestGapMicros, SPARSE_KEY_FRAMES_SECONDS * 1_000_000L) : 0;
                checkComplete(declaredMicros, lastMicros, slack, facts);
            }
        }
    }

    /** A video whose frames end well before its declared length has lost data (a cut-short download or copy). */
    private static void checkComplete(long declaredMicros, long lastMicros, long slackMicros, ExtractedFacts facts) {
        // audio may outlast the picture a little
        long tolerance = Math.max(Math.max(2_000_000, declaredMicros / 10), slackMicros);
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

    private static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.3f s", micros / 1e6);
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
