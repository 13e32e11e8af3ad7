package org.evidenceworkbench.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.detect.AnalysisPass;
import org.evidenceworkbench.core.detect.DetectorCatalog;
import org.evidenceworkbench.core.detect.DetectorHost;
import org.evidenceworkbench.core.duplicates.NearDuplicates;
import org.evidenceworkbench.core.extract.ThumbnailMaker;
import org.evidenceworkbench.core.platform.NativeLibraries;
import org.evidenceworkbench.core.search.LiveIndexer;
import org.evidenceworkbench.core.source.SourceInspector;
import org.evidenceworkbench.core.source.SourceKind;
import org.evidenceworkbench.core.source.Submission;
import org.evidenceworkbench.core.source.SubmissionPackReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests evidence sources into a case: the entry point both faces use. Sources are read in
 * place and never written to. Running the same ingest again finishes an interrupted one (after a
 * crash, a kill or Ctrl-C) without losing or doubling an item; a source already complete is left
 * alone. Each run is audited at its start and end.
 */
public final class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final long INDEX_EVERY_MILLIS = 1000;

    private final Case theCase;
    private final IngestOptions options;
    private IngestListener listener = IngestListener.NONE;
    private Duration progressEvery = Duration.ofSeconds(1);
    private CancelSignal cancel = new CancelSignal();
    private DetectorCatalog detectors;
    private Duration detectorTimeout = DetectorHost.DEFAULT_TIMEOUT;
    private AnalysisPass.Summary analysis;

    public IngestService(Case theCase, IngestOptions options) {
        if (!theCase.isWritable()) {
            throw new IllegalArgumentException("ingest needs a case opened for writing");
        }
        this.theCase = theCase;
        this.options = options;
    }

    public IngestService onProgress(IngestListener l, Duration every) {
        this.listener = l;
        this.progressEvery = every;
        return this;
    }

    public IngestService cancelWith(CancelSignal signal) {
        this.cancel = signal;
        return this;
    }

    /** The detectors to run over every item (default: all installed) and the time each may take per item. */
    public IngestService withDetectors(DetectorCatalog catalog, Duration timeout) {
        this.detectors = catalog;
        this.detectorTimeout = timeout;
        return this;
    }

    public List<SourceResult> ingest(List<Path> sources) {
        List<Path> roots = new ArrayList<>();
        for (Path s : sources) {
            roots.add(checkSource(s));
        }
        DetectorCatalog catalog = detectors != null ? detectors
                : DetectorCatalog.load(DetectorCatalog.distributionPlugins());
        try (DetectorHost host = new DetectorHost(catalog, detectorTimeout)) {
            return ingest(roots, Extractors.forCase(theCase, options, host));
        }
    }

    private List<SourceResult> ingest(List<Path> roots, Extractors extractors) {
        NativeLibraries.load(); // here, before the workers: their first loads at once could deadlock
        SourceInspector inspector = new SourceInspector(extractors.types());
        SourceRegistry registry = new SourceRegistry(theCase.database());
        Spool spool = openSpool();
        AtomicLong ids = new AtomicLong(registry.nextItemId());
        List<SourceResult> results = new ArrayList<>();
        // the index follows the database as items are committed, so searches see the ingest live
        try (LiveIndexer index = LiveIndexer.start(theCase, INDEX_EVERY_MILLIS)) {
            for (Path root : roots) {
                if (cancel.isCancelled()) {
                    break;
                }
                results.add(ingestOne(root, inspector.kindOf(root), registry, extractors, spool, ids));
            }
            if (!cancel.isCancelled()) {
                // before the index's last catch-up, so each picture's group is searchable at once
                new NearDuplicates(theCase).refresh();
                analyse(extractors.detectors(), extractors.thumbnails());
                if (analysis != null) {
                    results.replaceAll(r -> r.withMoreProblems(
                            analysis.damagedBySource().getOrDefault(r.location(), 0L)));
                }
            }
        } finally {
            clear(spool);
        }
        return results;
    }

    /**
     * The second pass: every item is searchable by now; the heavy detectors look at the pictures
     * the first pass left for them (also those an interrupted earlier ingest left).
     */
    private void analyse(DetectorHost host, ThumbnailMaker thumbnails) {
        analysis = null;
        long started = System.nanoTime();
        AnalysisPass pass = new AnalysisPass(theCase, host, thumbnails, options.threads(), cancel::isCancelled);
        long waiting = AnalysisPass.waiting(theCase);
        if (waiting == 0) {
            return;
        }
        listener.analysing(0, waiting, Duration.ZERO);
        analysis = pass.run((done, total) -> listener.analysing(done, total,
                Duration.ofNanos(System.nanoTime() - started)));
        if (analysis.items() > 0) {
            new NearDuplicates(theCase).refresh(); // the pictures' perceptual hashes came in this pass
        }
    }

    /** What the last ingest's analysis pass did, or null when it had nothing to analyse. */
    public AnalysisPass.Summary analysis() {
        return analysis;
    }

    private SourceResult ingestOne(Path root, SourceKind kind, SourceRegistry registry, Extractors extractors,
                                   Spool spool, AtomicLong ids) {
        String location = root.toString();
        String name = root.getFileName() == null ? location : root.getFileName().toString();
        // read before the source is recorded: a pack refused for its manifest must not stay behind
        // in the case looking as if it were still being ingested
        List<Submission> manifest = kind == SourceKind.SUBMISSION_PACK ? readManifest(root) : null;
        SourceRegistry.Registered source = registry.findOrCreate(location, name, kind);
        if (source.state() == SourceRegistry.State.COMPLETE) {
            log.info("Source {} already ingested; skipped", location);
            return new SourceResult(location, source.kind(), SourceResult.Status.ALREADY_INGESTED, false, 0, 0, 0);
        }
        boolean resumed = source.existed();
        registry.setState(source.id(), SourceRegistry.State.INGESTING);
        SourceRegistry.SavedSubmissions submissions = source.kind() == SourceKind.SUBMISSION_PACK
                ? registry.saveSubmissions(source.id(), manifest != null ? manifest : readManifest(root))
                : SourceRegistry.SavedSubmissions.NONE;
        theCase.audit().append("ingest.started", details(location, source.kind(), resumed));
        ItemWriter writer = new ItemWriter(theCase.database());
        SourceRun run = new SourceRun(extractors, options, source.id(), root, source.kind(), submissions.byFile(),
                new SubmissionClaims(submissions.byId()),
                new ResumeIndex(theCase.database(), source.id(), resumed), writer, spool, ids, cancel);
        long started = System.nanoTime();
        ScheduledExecutorService ticker = startTicker(run, name, started);
        boolean complete = false;
        try {
            complete = run.run();
        } finally {
            writer.close();
            stopTicker(ticker);
            listener.progress(run.progress(name, Duration.ofNanos(System.nanoTime() - started)));
            complete = complete && !writer.failed();
            finishSource(registry, source.id(), complete, run, location, source.kind(), resumed);
        }
        writer.checkHealthy();
        return new SourceResult(location, source.kind(),
                complete ? SourceResult.Status.COMPLETE : SourceResult.Status.INTERRUPTED, resumed,
                run.items.get(), run.problems.get(), run.bytesDone.get());
    }

    private void finishSource(SourceRegistry registry, long sourceId, boolean complete, SourceRun run,
                              String location, SourceKind kind, boolean resumed) {
        try {
            registry.setState(sourceId, complete ? SourceRegistry.State.COMPLETE : SourceRegistry.State.INTERRUPTED);
            Map<String, Object> d = details(location, kind, resumed);
            d.put("items", run.items.get());
            d.put("problems", run.problems.get());
            d.put("bytes", run.bytesDone.get());
            theCase.audit().append(complete ? "ingest.completed" : "ingest.interrupted", d);
        } catch (WorkbenchException e) {
            // the database itself is failing (e.g. a full disk): the resume state is what was saved
            log.error("Could not record the end of the ingest of {}", location, e);
        }
    }

    private ScheduledExecutorService startTicker(SourceRun run, String name, long started) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-progress");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(10, progressEvery.toMillis());
        ticker.scheduleAtFixedRate(() -> {
            try {
                listener.progress(run.progress(name, Duration.ofNanos(System.nanoTime() - started)));
            } catch (RuntimeException e) {
                log.warn("Progress listener failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return ticker;
    }

    private static void stopTicker(ScheduledExecutorService ticker) {
        ticker.shutdownNow();
        try {
            // a report being made right now must not reach the listener after the final one
            ticker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Object> details(String location, SourceKind kind, boolean resumed) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("source", location);
        d.put("kind", kind.label());
        d.put("resumed", resumed);
        return d;
    }

    /** The real path of an existing source that does not overlap the case folder. */
    private Path checkSource(Path given) {
        Path real;
        try {
            real = given.toRealPath();
        } catch (IOException e) {
            throw new WorkbenchException("The source " + given + " does not exist or cannot be read; check the path.", e);
        }
        Path caseRoot;
        try {
            caseRoot = theCase.layout().root().toRealPath();
        } catch (IOException e) {
            caseRoot = theCase.layout().root();
        }
        if (caseRoot.startsWith(real)) {
            throw new WorkbenchException("The case folder is inside the source " + real + "; keep cases outside the "
                    + "evidence so nothing is ever written inside it.");
        }
        if (real.startsWith(caseRoot)) {
            throw new WorkbenchException("The source " + real + " is inside the case folder; ingest evidence from "
                    + "where it was received, not from the case.");
        }
        if (!Files.isReadable(real)) {
            throw new WorkbenchException("The source " + real + " cannot be read; check its permissions.");
        }
        return real;
    }

    private static List<Submission> readManifest(Path root) {
        return new SubmissionPackReader().read(root);
    }

    private Spool openSpool() {
        try {
            Spool spool = new Spool(theCase.layout().tmpDir());
            spool.clear();
            return spool;
        } catch (IOException e) {
            throw new WorkbenchException("Could not prepare the case's tmp folder; check the case folder is writable.", e);
        }
    }

    private static void clear(Spool spool) {
        try {
            spool.clear();
        } catch (IOException e) {
            log.warn("Could not empty the case's tmp folder", e);
        }
    }
}
