package org.evidenceworkbench.ui.snapshot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;

import atlantafx.base.theme.PrimerLight;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.triage.TriageEntry;
import org.evidenceworkbench.core.triage.TriageQueue;
import org.evidenceworkbench.core.triage.TriageRules;
import org.evidenceworkbench.ui.errors.PlainMessage;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.views.CaseViews;

/**
 * Renders one view of a case off-screen to a PNG: builds the view in a scene of the given size,
 * waits until it has loaded its data, lets one more pulse lay it out, and snapshots the scene.
 * Used by {@code workbench screenshot} and by the tests that check each view shows content.
 */
public final class ViewSnapshot {

    /** How long a view may take to load before the snapshot gives up. */
    static final long LOAD_TIMEOUT_SECONDS = 120;

    private ViewSnapshot() {
    }

    /**
     * Renders view {@code name} of the case in {@code caseDir} into {@code out}. The item view shows
     * the item at the top of the triage queue (or the first item), so the picture is not empty.
     */
    public static void write(Path caseDir, String name, Path out, int width, int height) throws IOException {
        if (!CaseViews.NAMES.contains(name)) {
            throw new WorkbenchException("There is no view '" + name + "'; the views are " + String.join(", ",
                    CaseViews.NAMES) + ".");
        }
        try {
            FxToolkit.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbenchException("Interrupted while starting the display toolkit.", e);
        }
        Case theCase = Case.openForWriting(caseDir);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (CaseSession session = new CaseSession(theCase, theCase.info().examiner(), failure::set)) {
            long first = firstItem(theCase);
            BufferedImage image = render(session, name, width, height, first).image();
            if (failure.get() != null) {
                throw new WorkbenchException("The view '" + name + "' could not load: " + PlainMessage.of(failure.get()),
                        failure.get());
            }
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IOException("no PNG writer");
            }
        }
    }

    /** The item a picture of the item view shows: the top of the triage queue, else the first item. */
    private static long firstItem(Case theCase) {
        List<TriageEntry> top = new TriageQueue(theCase, TriageRules.defaults()).top(1);
        if (!top.isEmpty()) {
            return top.get(0).itemId();
        }
        try {
            return new CaseQueries(theCase).show("1").item().id(); // ids count from 1
        } catch (WorkbenchException noSuchItem) {
            return -1;
        }
    }

    /** A rendered view: the picture, and the view itself (tests check what it shows). */
    public record Rendered(BufferedImage image, CaseView view) {
    }

    /**
     * Builds the views on the FX thread, selects {@code selectItem} (if not -1), waits for view
     * {@code name} to load, and snapshots it.
     */
    public static Rendered render(CaseSession session, String name, int width, int height, long selectItem)
            throws IOException {
        CompletableFuture<Rendered> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                List<CaseView> views = CaseViews.all(session);
                CaseView view = CaseViews.named(views, name).orElseThrow();
                StackPane holder = new StackPane(view.node());
                Scene scene = new Scene(holder, width, height);
                scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                if (selectItem >= 0) {
                    session.selectedItem().set(selectItem);
                }
                view.reload(() -> afterNextPulse(scene, view, done));
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get(LOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            throw new IOException("the view could not be rendered: " + PlainMessage.of(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("the view did not finish loading within " + LOAD_TIMEOUT_SECONDS + " s", e);
        }
    }

    /**
     * A loaded view still needs a layout pass for its cells, and the pictures those cells show
     * (gallery thumbnails) load in JavaFX's background loader: the snapshot is taken once both
     * are done, so a picture of the gallery is not a grid of empty tiles.
     */
    private static void afterNextPulse(Scene scene, CaseView view, CompletableFuture<Rendered> done) {
        Platform.runLater(() -> {
            try {
                Parent root = scene.getRoot();
                root.applyCss();
                root.layout();
                whenPicturesLoaded(root, () -> {
                    try {
                        root.layout();
                        done.complete(new Rendered(SwingFXUtils.fromFXImage(scene.snapshot(null), null), view));
                    } catch (Throwable e) {
                        done.completeExceptionally(e);
                    }
                });
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
    }

    /** Runs {@code then} on the FX thread once every picture shown under {@code root} has loaded or failed. */
    private static void whenPicturesLoaded(Parent root, Runnable then) {
        List<Image> loading = new ArrayList<>();
        collectLoading(root, loading);
        if (loading.isEmpty()) {
            then.run();
            return;
        }
        AtomicInteger left = new AtomicInteger(loading.size());
        for (Image image : loading) {
            image.progressProperty().addListener((o, was, is) -> {
                if (is.doubleValue() >= 1 && left.decrementAndGet() == 0) {
                    Platform.runLater(then);
                }
            });
            image.errorProperty().addListener((o, was, is) -> {
                if (is && left.decrementAndGet() == 0) {
                    Platform.runLater(then);
                }
            });
        }
    }

    private static void collectLoading(Node node, List<Image> loading) {
        if (node instanceof ImageView iv) {
            Image image = iv.getImage();
            if (image != null && image.getProgress() < 1 && !image.isError()) {
                loading.add(image);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectLoading(child, loading);
            }
        }
    }
}
