package org.evidenceworkbench.core.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * (so they may keep state without locks), run on a helper thread with a time limit for each
 * call. An item's detectors go to the helper in one hand-off rather than one each: on a busy
 * two-core machine every hand-off is a wait for the scheduler, and a document has a dozen
 * detectors. A detector that throws costs that item's findings from it; one that hangs is
 * abandoned on its thread and a fresh thread runs the item's remaining detectors, so the ingest
 * never waits on it again for that item.
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
        List<Integer> wanted = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            if (infos.get(i).wants(item.category()) && which.test(infos.get(i))) {
                wanted.add(i);
            }
        }
        List<RecordedFinding> findings = new ArrayList<>();
        List<DetectorFailure> failures = new ArrayList<>();
        int next = 0;
        while (next < wanted.size()) {
            Calls calls = new Calls(item, wanted.subList(next, wanted.size()));
            thread.execute(calls);
            Calls.Ended ended;
            try {
                ended = calls.await(timeout.toNanos());
            } catch (InterruptedException e) {
                calls.abandon();
                Thread.currentThread().interrupt();
                break;
            }
            for (Outcome o : ended.outcomes()) {
                DetectorInfo info = infos.get(o.detector());
                o.findings().forEach(f -> findings.add(new RecordedFinding(info.id(), info.version(), f)));
                if (o.failure() != null) {
                    failures.add(new DetectorFailure(info.id(), info.version(), "failed: " + describe(o.failure())));
                    log.info("Detector {} failed on {}", info.id(), item.path(), o.failure());
                }
            }
            next += ended.outcomes().size();
            if (ended.hung() >= 0) {
                DetectorInfo info = infos.get(ended.hung());
                thread.shutdownNow();
                thread = newThread(); // the hung call keeps its thread; the rest get a new one
                failures.add(new DetectorFailure(info.id(), info.version(),
                        "timed out after " + timeout.toSeconds() + " s; its findings for this item were dropped"));
                log.warn("Detector {} timed out on {}", info.id(), item.path());
                next++;
            }
        }
        return new Result(findings, failures);
    }

    private static String describe(Throwable cause) {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** One detector's call on one item: what it found, and what it threw if it did. */
    private record Outcome(int detector, List<Finding> findings, Throwable failure) {
    }

    /**
     * An item's detector calls, run one after the other on the helper thread. The worker waits
     * until they end or until the one running has had its time; then the calls are abandoned,
     * and nothing of them is run or read after that.
     */
    private final class Calls implements Runnable {

        /** What the worker takes away: the calls that ended, and the one that hung (or -1). */
        record Ended(List<Outcome> outcomes, int hung) {
        }

        private final ItemView item;
        private final List<Integer> order;
        private final List<Outcome> outcomes = new ArrayList<>(); // guarded by this
        // guarded by this: when the call now due began its time, at the hand-over or as the one
        // before it ended
        private long startedAt = System.nanoTime();
        private boolean abandoned; // guarded by this
        private boolean done; // guarded by this

        Calls(ItemView item, List<Integer> order) {
            this.item = item;
            this.order = order;
        }

        @Override
        public void run() {
            for (int detector : order) {
                synchronized (this) {
                    if (abandoned) {
                        return;
                    }
                }
                Outcome outcome = call(detector);
                synchronized (this) {
                    if (abandoned) {
                        return;
                    }
                    outcomes.add(outcome);
                    startedAt = System.nanoTime();
                }
            }
            synchronized (this) {
                done = true;
                notifyAll();
            }
        }

        private Outcome call(int detector) {
            List<Finding> found = Collections.synchronizedList(new ArrayList<>());
            try {
                detectors.get(detector).detect(item, found::add);
                synchronized (found) {
                    return new Outcome(detector, List.copyOf(found), null);
                }
            } catch (Throwable e) { // NOSONAR: whatever a detector throws costs only its findings
                return new Outcome(detector, List.of(), e);
            }
        }

        synchronized Ended await(long limitNanos) throws InterruptedException {
            while (!done) {
                long left = startedAt + limitNanos - System.nanoTime();
                if (left <= 0) {
                    abandoned = true;
                    return new Ended(List.copyOf(outcomes), order.get(outcomes.size()));
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return new Ended(List.copyOf(outcomes), -1);
        }

        synchronized void abandon() {
            abandoned = true;
        }
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
