package org.evidenceworkbench.core.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the installed detectors over items for one worker thread: its own detector instances
 * (so they may keep state without locks), each call on a helper thread with a time limit. A
 * detector that throws costs that item's findings from it; one that hangs is abandoned on its
 * thread and a fresh thread takes over, so the ingest never waits on it again for that item.
 */
public final class DetectorRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DetectorRunner.class);

    /** What the detectors made of one item. */
    public record Result(List<RecordedFinding> findings, List<DetectorFailure> failures) {
    }

    private final List<Detector> detectors = new ArrayList<>();
    private final List<DetectorInfo> infos = new ArrayList<>();
    private final Duration timeout;
    private ExecutorService thread = newThread();

    public DetectorRunner(DetectorCatalog catalog, Duration timeout) {
        this.timeout = timeout;
        for (DetectorCatalog.Installed installed : catalog.installed()) {
            try {
                Detector d = installed.provider().get();
                detectors.add(d);
                infos.add(d.info());
            } catch (RuntimeException | LinkageError e) {
                log.warn("Detector {} could not be started for a worker", installed.info().id(), e);
            }
        }
    }

    public boolean isEmpty() {
        return detectors.isEmpty();
    }

    /** True when a detector that {@code which} accepts wants items of {@code category}. */
    public boolean any(ItemCategory category, Predicate<DetectorInfo> which) {
        return infos.stream().anyMatch(info -> info.wants(category) && which.test(info));
    }

    public Result run(ItemView item) {
        return run(item, info -> true);
    }

    /** Runs the detectors that {@code which} accepts and that want the item's category. */
    public Result run(ItemView item, Predicate<DetectorInfo> which) {
        List<RecordedFinding> findings = new ArrayList<>();
        List<DetectorFailure> failures = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            Detector detector = detectors.get(i);
            DetectorInfo info = infos.get(i);
            if (!info.wants(item.category()) || !which.test(info)) {
                continue;
            }
            List<Finding> found = new ArrayList<>();
            Future<?> call = thread.submit(() -> {
                detector.detect(item, f -> {
                    synchronized (found) {
                        found.add(f);
                    }
                });
                return null;
            });
            try {
                call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                synchronized (found) {
                    found.forEach(f -> findings.add(new RecordedFinding(info.id(), info.version(), f)));
                }
            } catch (TimeoutException e) {
                call.cancel(true);
                thread.shutdownNow();
                thread = newThread(); // the hung call keeps its thread; later calls get a new one
                failures.add(new DetectorFailure(info.id(), info.version(),
                        "timed out after " + timeout.toSeconds() + " s; its findings for this item were dropped"));
                log.warn("Detector {} timed out on {}", info.id(), item.path());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                failures.add(new DetectorFailure(info.id(), info.version(), "failed: "
                        + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
                log.info("Detector {} failed on {}", info.id(), item.path(), cause);
            } catch (InterruptedException e) {
                call.cancel(true);
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Result(findings, failures);
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "detector-call");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
