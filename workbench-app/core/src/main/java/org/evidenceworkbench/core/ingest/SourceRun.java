package org.evidenceworkbench.core.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.detect.AnalysisPass;
import org.evidenceworkbench.core.detect.DetectorRunner;
import org.evidenceworkbench.core.extract.DocumentExtractor;
import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.extract.MediaMetadataReader;
import org.evidenceworkbench.core.extract.ThumbnailMaker;
import org.evidenceworkbench.core.extract.TypeDetector;
import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.item.Outcome;
import org.evidenceworkbench.core.phone.PhoneArtefactReader;
import org.evidenceworkbench.core.source.SourceKind;
import org.evidenceworkbench.core.source.SubmissionManifestReader;
import org.evidenceworkbench.core.video.KeyframeFiles;
import org.evidenceworkbench.core.video.VideoReader;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.ItemCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One source's pass through the pipeline: the walker enumerates the source's top-level files,
 * a fork-join pool of workers ingests each with everything inside it, and the {@link ItemWriter}
 * saves the results. At most a few top-level items are in flight at a time (back-pressure), so
 * memory does not grow with the size of the evidence.
 */
final class SourceRun {

    private static final Logger log = LoggerFactory.getLogger(SourceRun.class);

    private final Extractors extractors;
    private final IngestOptions options;
    private final long sourceId;
    private final Path root;
    private final SourceKind kind;
    private final Map<String, Long> submissionsByFile;
    private final SubmissionClaims claims;
    private final ResumeIndex resume;
    private final ItemWriter writer;
    private final Spool spool;
    private final AtomicLong ids;
    private final CancelSignal cancel;
    private final AtomicReference<WorkbenchException> abort = new AtomicReference<>();
    /** Only the walker thread uses it. */
    private final ChildNames undecodableNames = new ChildNames();

    final AtomicLong items = new AtomicLong();
    final AtomicLong problems = new AtomicLong();
    final AtomicLong bytesDone = new AtomicLong();
    final AtomicLong bytesTotal = new AtomicLong(-1);

    SourceRun(Extractors extractors, IngestOptions options, long sourceId, Path root, SourceKind kind,
              Map<String, Long> submissionsByFile, SubmissionClaims claims, ResumeIndex resume, ItemWriter writer, Spool spool, AtomicLong ids,
              CancelSignal cancel) {
        this.extractors = extractors;
        this.options = options;
        this.sourceId = sourceId;
        this.root = root;
        this.kind = kind;
        this.submissionsByFile = submissionsByFile;
        this.claims = claims;
        this.resume = resume;
        this.writer = writer;
        this.spool = spool;
        this.ids = ids;
        this.cancel = cancel;
    }

    /** Runs the source to the end, or until cancelled; returns true if every item was finished. */
    boolean run() {
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        Semaphore inFlight = new Semaphore(options.threads() * 2);
        try {
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                walkFolder(pool, inFlight);
            } else {
                BasicFileAttributes attrs = Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                bytesTotal.set(attrs.size());
                submit(pool, inFlight, topLevel(root.getFileName().toString(), root, attrs));
            }
            inFlight.acquire(options.threads() * 2); // every top-level item finished
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        } catch (IOException e) {
            throw new WorkbenchException("The source " + root + " cannot be read; check it is attached and readable.", e);
        } finally {
            pool.shutdown();
        }
        WorkbenchException failure = abort.get();
        if (failure != null) {
            throw failure;
        }
        return !cancel.isCancelled();
    }

    private void walkFolder(ForkJoinPool pool, Semaphore inFlight) throws IOException, InterruptedException {
        // counting runs beside the walk so the first items need not wait for it; it ends by itself
        Thread counter = new Thread(() -> bytesTotal.set(FolderSize.of(root)), "source-size");
        counter.setDaemon(true);
        counter.start();
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (cancel.isCancelled() || abort.get() != null) {
                                return FileVisitResult.TERMINATE;
                            }
                            submitQuietly(pool, inFlight, topLevel(relative(file), file, attrs));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException exc) {
                            if (file.equals(root)) {
                                return FileVisitResult.TERMINATE;
                            }
                            EvidenceEntry e = new EvidenceEntry(relative(file), file.getFileName().toString(), 0, null,
                                    null, FileTimes.NONE, null).withoutContent(Outcome.UNREADABLE,
                                    "could not be opened (" + exc.getClass().getSimpleName() + ": " + exc.getMessage()
                                            + "); check the permissions on the source", null);
                            ChildNames.describe(e.name, e.flags);
                            submitQuietly(pool, inFlight, e);
                            return FileVisitResult.CONTINUE;
                        }
                    });
    }

    /** An entry for a file directly in the source, read in place, never copied. */
    private EvidenceEntry topLevel(String path, Path file, BasicFileAttributes attrs) {
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        ChildNames.describe(path, flags);
        Long submission = null;
        if (kind == SourceKind.SUBMISSION_PACK && Files.isDirectory(root)) {
            submission = submissionsByFile.get(path);
            if (submission == null && !path.equals(SubmissionManifestReader.MANIFEST_NAME)) {
                flags.add(ItemFlag.NOT_IN_MANIFEST);
            }
        }
        String name = file.getFileName().toString();
        if (flags.contains(ItemFlag.NAME_NOT_UTF8)) {
            // names that differ only in their undecodable bytes read the same: keep both items apart
            path = undecodableNames.unique(path, flags);
        }
        EvidenceEntry e = new EvidenceEntry(path, name, 0, null, submission, FileTimes.of(attrs), null);
        e.flags.addAll(flags);
        if (attrs.isSymbolicLink()) {
            return e.withoutContent(Outcome.LINK, linkReason(file), null);
        }
        if (!attrs.isRegularFile()) {
            return e.withoutContent(Outcome.SPECIAL,
                    "not a regular file (a pipe, socket or device); not read, so the ingest cannot hang on it", null);
        }
        return e.inPlace(file, attrs.size());
    }

    private String linkReason(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            Path resolved = link.getParent().resolve(target).normalize();
            String where = resolved.startsWith(root) ? "inside the source (ingested at its own path)"
                    : "outside the source";
            return "a symbolic link to '" + target + "', " + where + "; links are never followed";
        } catch (IOException e) {
            return "a symbolic link whose target cannot be read; links are never followed";
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString();
    }

    private void submitQuietly(ForkJoinPool pool, Semaphore inFlight, EvidenceEntry e) {
        try {
            submit(pool, inFlight, e);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            cancel.cancel();
        }
    }

    private void submit(ForkJoinPool pool, Semaphore inFlight, EvidenceEntry e) throws InterruptedException {
        inFlight.acquire();
        pool.execute(ForkJoinTask.adapt(() -> {
            try {
                new ItemTask(this, e).invoke();
            } catch (RuntimeException | Error t) {
                // what escapes an item task (a class that fails to load, memory exhausted) would be
                // swallowed by the pool, losing the item and the rest of its container while the
                // source is marked complete: stop the run instead, so it reports and resumes
                abort(new WorkbenchException("The ingest stopped on an internal error while reading " + e.path
                        + "; run the same ingest again to resume, and see the case log if it happens again.", t));
            } finally {
                inFlight.release();
            }
        }));
    }

    // --- what item tasks use ---------------------------------------------------------------

    Long submissionForChild(ItemRecord parent, String segment, Set<ItemFlag> flags) {
        boolean packMember = kind == SourceKind.SUBMISSION_PACK && parent.depth == 0 && !Files.isDirectory(root);
        if (!packMember) {
            return parent.submissionId;
        }
        Long id = submissionsByFile.get(SubmissionManifestReader.normalisePath(segment));
        if (id == null && !segment.equals(SubmissionManifestReader.MANIFEST_NAME)) {
            flags.add(ItemFlag.NOT_IN_MANIFEST);
        }
        return id;
    }

    /** Makes the claims of the item's submission part of its metadata, for detectors and people alike. */
    void addClaims(Long submissionId, ExtractedFacts facts) {
        claims.addTo(submissionId, facts);
    }

    /**
     * True when a picture waits for the analysis pass to be decoded (its thumbnail, its perceptual
     * hash, its faces): its file stays where it is after the ingest, and a heavy detector wants it.
     * Decoding a camera JPEG costs more than reading and hashing it, so the first pass does not.
     */
    boolean picturesWaitForAnalysis(EvidenceEntry entry) {
        return entry.file != null && waitsForAnalysis(!entry.spooled, ItemCategory.PICTURE);
    }

    /** True when an item of {@code category} has heavy detectors to wait for and its file will still be there. */
    private boolean waitsForAnalysis(boolean fileStays, ItemCategory category) {
        return fileStays && options.analysisPass()
                && extractors.detectors().forThisThread().any(category, AnalysisPass.HEAVY);
    }

    /**
     * Runs the installed detectors over an item, with this worker's own detector instances. The
     * heavy ones wait for the analysis pass when the file stays where it is after the ingest (a
     * file of the source itself); an archive's member or an attachment is only at hand now.
     */
    void detect(ItemRecord r, Path file, boolean fileStays) {
        DetectorRunner runner = extractors.detectors().forThisThread();
        if (runner.isEmpty()) {
            return;
        }
        Predicate<DetectorInfo> now = info -> true;
        if (r.type != null && waitsForAnalysis(fileStays, r.type.category())) {
            now = AnalysisPass.HEAVY.negate();
            r.awaitingAnalysis = extractors.layout().recorded(file);
        }
        DetectorRunner.Result result = runner.run(new IngestedItemView(r, file, options.maxPicturePixels()), now);
        r.findings = result.findings();
        r.detectorFailures = result.failures();
    }

    void itemDone(ItemRecord r, EvidenceEntry e) {
        items.incrementAndGet();
        if (r.outcome != Outcome.OK) {
            problems.incrementAndGet();
        }
        if (e.depth == 0 && r.hashes != null) {
            bytesDone.addAndGet(r.hashes.size());
        }
    }

    void alreadyDone(EvidenceEntry e, long id) {
        if (e.depth == 0) {
            bytesDone.addAndGet(ResumeIndex.sizeOf(extractors.db(), id));
        }
    }

    void recordFailure(EvidenceEntry e, Long knownId, Throwable t) {
        ResumeIndex.Saved saved = knownId == null ? resume.lookup(e.path) : null;
        long id = knownId != null ? knownId : saved != null ? saved.id() : nextId();
        ItemRecord r = new ItemRecord(id, sourceId, e.parentId, e.submissionId, e.path, e.name, e.depth, e.times);
        r.flags.addAll(e.flags);
        r.fail(Outcome.CORRUPT, "could not be processed (" + t.getClass().getSimpleName()
                + "); see the case log for details");
        r.state = ItemRecord.State.DONE;
        try {
            writer.write(r);
            itemDone(r, e);
        } catch (WorkbenchException ex) {
            abort(ex);
        }
    }

    void abort(WorkbenchException e) {
        if (abort.compareAndSet(null, e)) {
            log.error("Ingest aborted: {}", e.getMessage(), e.getCause());
        }
        cancel.cancel();
    }

    boolean cancelled() {
        return cancel.isCancelled();
    }

    IngestProgress progress(String sourceName, Duration elapsed) {
        return new IngestProgress(sourceName, items.get(), problems.get(), bytesDone.get(), bytesTotal.get(), elapsed);
    }

    long nextId() {
        return ids.getAndIncrement();
    }

    long sourceId() {
        return sourceId;
    }

    int childrenInFlight() {
        return options.threads() * 2;
    }

    IngestOptions options() {
        return options;
    }

    ResumeIndex resume() {
        return resume;
    }

    ItemWriter writer() {
        return writer;
    }

    Spool spool() {
        return spool;
    }

    TypeDetector types() {
        return extractors.types();
    }

    DocumentExtractor documents() {
        return extractors.documents();
    }

    MediaMetadataReader media() {
        return extractors.media();
    }

    ThumbnailMaker thumbnails() {
        return extractors.thumbnails();
    }

    VideoReader videos() {
        return extractors.videos();
    }

    KeyframeFiles keyframeFiles() {
        return extractors.keyframeFiles();
    }

    ArchiveReader archives() {
        return extractors.archives();
    }

    PhoneArtefactReader phone() {
        return extractors.phone();
    }
}
