package org.evidenceworkbench.ui.testing;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.evidenceworkbench.ui.session.CaseView;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Small steps of the view tests: start the (headless) toolkit, run code on the FX thread and wait
 * for it, show a view in a window of a given size and wait until it has loaded, and render a node
 * to a picture to check it is not blank.
 */
public final class FxViews {

    private static final long WAIT_SECONDS = 60;

    private FxViews() {
    }

    /** Starts the toolkit (once per JVM) and returns the primary stage. */
    public static Stage stage() {
        try {
            return FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    public static <T> T onFx(Callable<T> work) {
        stage();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    /**
     * Where a node's centre is on screen, measured on the FX thread: TestFX's {@code clickOn(node)}
     * measures on the test thread, which can race the FX thread laying the node's parent out
     * (seen as an IndexOutOfBoundsException from {@code Parent.updateCachedBounds}).
     */
    public static javafx.geometry.Point2D centreOnScreen(javafx.scene.Node node) {
        return onFx(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
        });
    }

    public static void onFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Builds a view on the FX thread, shows it in the primary stage at {@code width x height}, and waits for its first load. */
    public static <V extends CaseView> V show(Callable<V> build, double width, double height) {
        Stage stage = stage();
        V view = onFx(() -> {
            V v = build.call();
            stage.setScene(new Scene((Parent) v.node(), width, height));
            stage.show();
            return v;
        });
        reload(view);
        return view;
    }

    /** Reloads the view and waits until it says it shows its data. */
    public static void reload(CaseView view) {
        CountDownLatch loaded = new CountDownLatch(1);
        onFx(() -> view.reload(loaded::countDown));
        await(loaded);
    }

    public static void await(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the view did not finish loading within " + WAIT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The node as rendered now. */
    public static BufferedImage snapshot(Node node) {
        return onFx(() -> {
            WritableImage image = node.snapshot(null, null);
            return SwingFXUtils.fromFXImage(image, null);
        });
    }

    /** How many distinct colours a picture has: a blank or single-colour view has one or two. */
    public static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
