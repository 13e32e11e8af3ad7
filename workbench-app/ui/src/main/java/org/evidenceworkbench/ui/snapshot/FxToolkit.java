package org.evidenceworkbench.ui.snapshot;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for off-screen work (the screenshot command). Where there is no
 * display it runs headless: the Monocle glass platform and the software renderer, chosen through
 * system properties before the toolkit starts (Monocle must then be on the class path).
 */
public final class FxToolkit {

    private static boolean started;

    private FxToolkit() {
    }

    /** True when no X or Wayland display is set (on Linux, where the window needs one). */
    public static boolean noDisplay() {
        return blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))
                && System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    /** Starts the toolkit once per process; headless when there is no display. */
    public static synchronized void start() throws InterruptedException {
        if (started) {
            return;
        }
        if (noDisplay() || Boolean.getBoolean("workbench.headless")) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            // Monocle's virtual screen is 1280x800 unless told; pictures may be asked larger
            setIfAbsent("headless.geometry", "3840x2160-32");
            setIfAbsent("java.awt.headless", "true");
        }
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        }
        Platform.setImplicitExit(false);
        if (!up.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within a minute");
        }
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
