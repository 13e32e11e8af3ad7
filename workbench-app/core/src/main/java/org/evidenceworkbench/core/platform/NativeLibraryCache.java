package org.evidenceworkbench.core.platform;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the native libraries inside jars (JavaCV's OpenCV and FFmpeg, JavaFX's glass and prism)
 * are unpacked on first use: the user's cache folder, {@code $XDG_CACHE_HOME/evidence-workbench}
 * or {@code ~/.cache/evidence-workbench}, never the working directory (which may be an evidence
 * drive or a read-only share). Call once at start, before anything loads a native library;
 * folders already chosen with {@code -D} are left alone.
 */
public final class NativeLibraryCache {

    static final String JAVACPP = "org.bytedeco.javacpp.cachedir";
    static final String JAVAFX = "javafx.cachedir";

    private NativeLibraryCache() {
    }

    public static void useUserCache() {
        Path cache = folder();
        setIfAbsent(JAVACPP, cache.resolve("javacpp"));
        setIfAbsent(JAVAFX, cache.resolve("openjfx"));
    }

    /** The workbench's folder in the user's cache. */
    public static Path folder() {
        String xdg = Objects.requireNonNullElse(System.getenv("XDG_CACHE_HOME"), "").strip();
        Path cache = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("evidence-workbench");
    }

    private static void setIfAbsent(String property, Path folder) {
        if (System.getProperty(property, "").isBlank()) {
            System.setProperty(property, folder.toString());
        }
    }
}
