package org.evidenceworkbench.ui.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.evidenceworkbench.core.ingest.CancelSignal;
import org.evidenceworkbench.core.ingest.IngestListener;
import org.evidenceworkbench.core.ingest.IngestOptions;
import org.evidenceworkbench.core.ingest.IngestProgress;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.ingest.SourceResult;
import org.evidenceworkbench.ui.session.CaseSession;

/**
 * One ingest started from the window. It runs on its own thread (an ingest takes minutes to hours
 * and must not hold up the session's workers that load views), reports progress on the FX thread,
 * and every few seconds of progress tells the views the case changed, so results appear while it
 * runs.
 */
public final class IngestRun {

    /** How often the views reload while an ingest runs; often enough to watch, rare enough to stay smooth. */
    static final Duration REFRESH_EVERY = Duration.ofSeconds(3);

    /** What the window hears of the run, always on the FX thread. */
    public interface Listener {
        void progress(IngestProgress p);

        /** Every item is searchable; the slower detectors have looked at {@code done} of {@code total} items. */
        void analysing(long done, long total);

        void finished(List<SourceResult> results, boolean cancelled);

        void failed(Throwable error);
    }

    private final CancelSignal cancel = new CancelSignal();
    private final Thread thread;
    private volatile boolean running = true;

    private IngestRun(CaseSession session, List<Path> sources, Listener listener) {
        thread = new Thread(() -> run(session, sources, listener), "window-ingest");
        thread.setDaemon(true);
    }

    public static IngestRun start(CaseSession session, List<Path> sources, Listener listener) {
        IngestRun run = new IngestRun(session, sources, listener);
        run.thread.start();
        return run;
    }

    /** Asks the ingest to stop after the items in hand; what is done stays, and adding the source again resumes. */
    public void cancel() {
        cancel.cancel();
    }

    public boolean isRunning() {
        return running;
    }

    private void run(CaseSession session, List<Path> sources, Listener listener) {
        long[] lastRefresh = {System.nanoTime()};
        Consumer<IngestProgress> onProgress = p -> Platform.runLater(() -> {
            listener.progress(p);
            if (System.nanoTime() - lastRefresh[0] >= REFRESH_EVERY.toNanos()) {
                lastRefresh[0] = System.nanoTime();
                session.changed();
            }
        });
        IngestListener both = new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                onProgress.accept(p);
            }

            @Override
            public void analysing(long done, long total, Duration elapsed) {
                Platform.runLater(() -> {
                    listener.analysing(done, total);
                    if (done == 0 || System.nanoTime() - lastRefresh[0] >= REFRESH_EVERY.toNanos()) {
                        lastRefresh[0] = System.nanoTime();
                        session.changed(); // every item is in; faces fill in as they are found
                    }
                });
            }
        };
        try {
            List<SourceResult> results = new IngestService(session.theCase(), IngestOptions.defaults())
                    .onProgress(both, Duration.ofMillis(500))
                    .cancelWith(cancel)
                    .ingest(sources);
            running = false;
            Platform.runLater(() -> {
                listener.finished(results, cancel.isCancelled());
                session.changed();
            });
        } catch (Throwable e) {
            running = false;
            Platform.runLater(() -> {
                listener.failed(e);
                session.changed();
            });
        }
    }
}
