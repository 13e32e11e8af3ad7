package org.evidenceworkbench.core.platform;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the JavaCV libraries the workbench uses (OpenCV for pictures and faces, FFmpeg for video)
 * on one thread, once, before worker threads touch them. JavaCPP's first loads are not safe to
 * race: one thread initialising a library's class waits for the loader's lock, while another holds
 * that lock and loads a native library whose start-up needs the first thread's class; both wait
 * for ever. Two ingest workers making their first thumbnails at once did exactly that. Loading is
 * best effort: a machine without a library's natives still ingests everything else, and the code
 * that needs it says so when it gets there.
 */
public final class NativeLibraries {

    private static final Logger log = LoggerFactory.getLogger(NativeLibraries.class);
    /** The presets' classes, in dependency order (each class's loading loads its natives). */
    private static final List<String> PRESETS = List.of(
            "org.bytedeco.javacpp.Pointer",
            "org.bytedeco.opencv.global.opencv_core",
            "org.bytedeco.opencv.global.opencv_imgproc",
            "org.bytedeco.opencv.global.opencv_imgcodecs",
            "org.bytedeco.opencv.global.opencv_dnn",
            "org.bytedeco.ffmpeg.global.avutil",
            "org.bytedeco.ffmpeg.global.swresample",
            "org.bytedeco.ffmpeg.global.avcodec",
            "org.bytedeco.ffmpeg.global.avformat",
            "org.bytedeco.ffmpeg.global.swscale");

    /**
     * How often memory the natives have freed is handed back to the system. glibc keeps what a
     * thread frees in that thread's arena for its next allocation; the decoders' buffers of many
     * megabytes, freed on several threads, left about 200 MB of the ingest's resident memory free
     * but not returned. malloc_trim takes a few milliseconds.
     */
    static final long TRIM_EVERY_SECONDS = 5;

    private static boolean loaded;

    private NativeLibraries() {
    }

    /** Loads them all, the first time; later calls return at once. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        long started = System.nanoTime();
        for (String preset : PRESETS) {
            try {
                Loader.load(Class.forName(preset, true, NativeLibraries.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                log.warn("Native library {} could not be loaded; what needs it will say so", preset, e);
            }
        }
        log.debug("Native libraries loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        startTrimming();
    }

    private static void startTrimming() {
        ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "native-memory-trim");
            t.setDaemon(true);
            return t;
        });
        trimmer.scheduleWithFixedDelay(NativeLibraries::returnFreedMemory, TRIM_EVERY_SECONDS, TRIM_EVERY_SECONDS,
                TimeUnit.SECONDS);
    }

    /**
     * Hands memory the natives freed back to the system (malloc_trim on Linux; nothing elsewhere).
     * Where JavaCPP's natives did not load there is nothing to hand back: the failure is rethrown,
     * and the scheduler runs a task that failed no more.
     */
    static void returnFreedMemory() {
        try {
            Pointer.trimMemory();
        } catch (LinkageError | RuntimeException e) {
            log.debug("Native memory is not trimmed: JavaCPP's natives are not available", e);
            throw e;
        }
    }
}
