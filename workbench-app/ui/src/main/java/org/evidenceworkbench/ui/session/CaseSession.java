package org.evidenceworkbench.ui.session;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.evidenceworkbench.core.casefolder.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One case open in the window, shared by every view: the case itself (held for writing, so its
 * lock is ours while the window is open), the examiner whose name goes into the audit log, a
 * background executor for all case work, and the few pieces of state views share.
 *
 * <p>Views never touch the database on the FX thread: they call {@link #background} and get the
 * result back on the FX thread. After any change to the case (ingest, review, tag, note), the
 * code that made it calls {@link #changed()}, and views listening to {@link #revision()} reload.
 */
public final class CaseSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSession.class);

    private final Case theCase;
    private final String examiner;
    private final ExecutorService worker;
    private final Consumer<Throwable> errorSink;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final LongProperty selectedItem = new SimpleLongProperty(this, "selectedItem", -1);
    private final ObjectProperty<ItemFilter> filter = new SimpleObjectProperty<>(this, "filter", null);

    /**
     * @param theCase   the case, opened for writing; closed with the session
     * @param examiner  who works in the window (recorded with every review, tag and reveal)
     * @param errorSink shows a failure to the user (a plain sentence in a dialog; details to the log);
     *                  called on the FX thread
     */
    public CaseSession(Case theCase, String examiner, Consumer<Throwable> errorSink) {
        this.theCase = Objects.requireNonNull(theCase);
        this.examiner = Objects.requireNonNull(examiner).strip();
        this.errorSink = Objects.requireNonNull(errorSink);
        this.worker = Executors.newFixedThreadPool(2, daemonThreads());
    }

    public Case theCase() {
        return theCase;
    }

    public String examiner() {
        return examiner;
    }

    /**
     * Runs {@code work} off the FX thread and hands its result to {@code onFx} on the FX thread. A
     * failure goes to the error sink (also on the FX thread) and to the log.
     */
    public <T> void background(Callable<T> work, Consumer<T> onFx) {
        if (worker.isShutdown()) {
            // the window closed while a view was about to reload: there is nothing left to show it in
            LOG.debug("Case {} is closed; background work dropped", theCase.layout().root());
            return;
        }
        try {
            submit(work, onFx);
        } catch (RejectedExecutionException closedMeanwhile) {
            LOG.debug("Case {} closed; background work dropped", theCase.layout().root());
        }
    }

    private <T> void submit(Callable<T> work, Consumer<T> onFx) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onFx.accept(result));
            } catch (Throwable e) {
                if (worker.isShutdown()) {
                    // interrupted by the window closing: not a failure to show anyone
                    LOG.debug("Background work on case {} stopped as it closed", theCase.layout().root(), e);
                    return;
                }
                LOG.warn("Background work on case {} failed", theCase.layout().root(), e);
                Platform.runLater(() -> errorSink.accept(e));
            }
        });
    }

    /** Tells every view the case changed (call on the FX thread after a change landed). */
    public void changed() {
        revision.set(revision.get() + 1);
    }

    /** Grows by one with every change to the case; views listen and reload. */
    public ReadOnlyLongProperty revision() {
        return revision.getReadOnlyProperty();
    }

    /** The item the user is looking at (-1 for none); the detail pane follows it. */
    public LongProperty selectedItem() {
        return selectedItem;
    }

    /**
     * The filter a view (timeline range, map selection, facet) puts on the item lists; null for
     * none. The search view shows only items in it.
     */
    public ObjectProperty<ItemFilter> filter() {
        return filter;
    }

    /** Shows an error to the user, as the background work does. Call on the FX thread. */
    public void showError(Throwable error) {
        errorSink.accept(error);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        theCase.close();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "case-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
