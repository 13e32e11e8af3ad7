package org.evidenceworkbench.core.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.casefolder.DiskFull;
import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.extract.PictureDecoder;
import org.evidenceworkbench.core.extract.ThumbnailMaker;
import org.evidenceworkbench.core.item.Outcome;
import org.evidenceworkbench.core.store.WriteSequence;
import org.evidenceworkbench.detector.DetectorCost;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.ItemCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest's second pass: runs the heavy detectors (see {@link DetectorCost#HEAVY}) over the
 * items the first pass left waiting for them, once every item is already searchable, and makes
 * the thumbnails of the pictures among them first, from the decode those detectors then share.
 * A picture found damaged only now gets its {@code corrupt} outcome now. An item's
 * findings and the removal of its waiting row are committed together, a few items at a time, so
 * an interrupted pass resumes where it stopped. An item whose file cannot be read (its source was
 * detached) stays waiting for a later run.
 */
public final class AnalysisPass {

    /** The detectors this pass runs; the first pass runs the others. */
    public static final Predicate<DetectorInfo> HEAVY = info -> info.cost() == DetectorCost.HEAVY;

    private static final Logger log = LoggerFactory.getLogger(AnalysisPass.class);
    /** Items analysed between commits: little to redo after a crash, few commits. */
    private static final int PAGE = 16;
    private static final String WAITING = "SELECT " + StoredItems.COLUMNS + ", p.file FROM analysis_pending p"
            + " JOIN item i ON i.id = p.item_id" + StoredItems.JOINS + " WHERE p.item_id > ? ORDER BY p.item_id"
            + " LIMIT " + PAGE;

    /** Told after each committed page. */
    @FunctionalInterface
    public interface Progress {
        void analysed(long done, long total);
    }

    /**
     * What the pass did.
     *
     * @param damaged         pictures found damaged when decoded, now recorded as corrupt
     * @param damagedBySource of those, how many in each source (by its location)
     * @param unreadable      items left waiting because their file could not be read
     */
    public record Summary(long items, long findings, long failures, long damaged, Map<String, Long> damagedBySource,
                          long unreadable, boolean complete) {
    }

    /** What one item's analysis made: the detectors' results and, for a picture, its thumbnail's facts. */
    private record Analysed(DetectorRunner.Result result, ExtractedFacts picture) {
    }

    private final Case theCase;
    private final DetectorHost host;
    private final ThumbnailMaker thumbnails;
    private final int threads;
    private final BooleanSupplier cancelled;

    public AnalysisPass(Case theCase, DetectorHost host, ThumbnailMaker thumbnails, int threads,
                        BooleanSupplier cancelled) {
        this.theCase = theCase;
        this.host = host;
        this.thumbnails = thumbnails;
        this.threads = threads;
        this.cancelled = cancelled;
    }

    /** How many items wait for the analysis pass. */
    public static long waiting(Case c) {
        try (Connection conn = c.database().connection();
             PreparedStatement p = conn.prepareStatement("SELECT COUNT(*) FROM analysis_pending");
             ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; check the case folder is readable.", e);
        }
    }

    public Summary run(Progress progress) {
        long total = waiting(theCase);
        if (total == 0) {
            return new Summary(0, 0, 0, 0, Map.of(), 0, true);
        }
        long items = 0;
        long findings = 0;
        long failures = 0;
        long damaged = 0;
        Map<String, Long> damagedBySource = new LinkedHashMap<>();
        Map<Long, String> sourceOf = new HashMap<>();
        long unreadable = 0;
        long seq = WriteSequence.next(theCase.database());
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analysis-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (Connection read = theCase.database().connection();
             Connection write = theCase.database().connection();
             PreparedStatement page = read.prepareStatement(WAITING);
             PreparedStatement finding = write.prepareStatement(FindingRows.INSERT);
             PreparedStatement failure = write.prepareStatement(FindingRows.INSERT_FAILURE);
             PreparedStatement touch = write.prepareStatement("UPDATE item SET write_seq = ? WHERE id = ?");
             PreparedStatement done = write.prepareStatement("DELETE FROM analysis_pending WHERE item_id = ?");
             PreparedStatement thumbnail = write.prepareStatement("UPDATE item SET thumbnail = ? WHERE id = ?");
             PreparedStatement corrupt = write.prepareStatement("UPDATE item SET outcome = ?, reason = ?"
                     + " WHERE id = ? AND outcome = ?")) {
            write.setAutoCommit(false);
            long after = 0;
            while (!cancelled.getAsBoolean()) {
                List<StoredItemView> views = new ArrayList<>(PAGE);
                int rows = 0;
                page.setLong(1, after);
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = rs.getLong(1);
                        Path file = theCase.layout().located(rs.getString(16));
                        if (Files.isReadable(file)) {
                            views.add(StoredItems.withFile(rs, file));
                            sourceOf.put(rs.getLong(1), rs.getString(14));
                        } else {
                            unreadable++;
                            log.info("Item {} waits for analysis: {} cannot be read", rs.getLong(1), file);
                        }
                    }
                }
                if (rows == 0) {
                    break;
                }
                List<Future<Analysed>> results = new ArrayList<>(views.size());
                for (StoredItemView v : views) {
                    results.add(workers.submit(() -> analyse(v)));
                }
                Instant now = Instant.now();
                for (int i = 0; i < views.size(); i++) {
                    long id = views.get(i).id();
                    Analysed a = results.get(i).get();
                    DetectorRunner.Result r = a.result();
                    if (a.picture() != null && a.picture().thumbnail != null) {
                        thumbnail.setString(1, a.picture().thumbnail);
                        thumbnail.setLong(2, id);
                        thumbnail.addBatch();
                    }
                    if (a.picture() != null && a.picture().outcome() != Outcome.OK) {
                        corrupt.setString(1, a.picture().outcome().label());
                        corrupt.setString(2, a.picture().reason());
                        corrupt.setLong(3, id);
                        corrupt.setString(4, Outcome.OK.label());
                        corrupt.addBatch();
                        damaged++;
                        damagedBySource.merge(sourceOf.get(id), 1L, Long::sum);
                    }
                    for (RecordedFinding f : r.findings()) {
                        FindingRows.bind(finding, id, f, now);
                        finding.addBatch();
                    }
                    for (DetectorFailure f : r.failures()) {
                        FindingRows.bindFailure(failure, id, f, now);
                        failure.addBatch();
                    }
                    // a new write sequence number: the search index takes the item's new findings
                    touch.setLong(1, seq++);
                    touch.setLong(2, id);
                    touch.addBatch();
                    done.setLong(1, id);
                    done.addBatch();
                    findings += r.findings().size();
                    failures += r.failures().size();
                }
                thumbnail.executeBatch();
                corrupt.executeBatch();
                finding.executeBatch();
                failure.executeBatch();
                touch.executeBatch();
                done.executeBatch();
                write.commit();
                sourceOf.clear();
                items += views.size();
                progress.analysed(items, total);
            }
        } catch (SQLException e) {
            DiskFull.rethrowIfFull(e);
            throw new WorkbenchException("Could not save the findings of the analysis; check the disk has space, then "
                    + "run the same ingest again to finish it.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WorkbenchException caseFailing) {
                throw caseFailing; // e.g. the disk filled up while a thumbnail was saved: its own plain message
            }
            throw new IllegalStateException("The detector host failed outside any detector", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
        boolean complete = !cancelled.getAsBoolean() && unreadable == 0 && !Thread.currentThread().isInterrupted();
        Summary summary = new Summary(items, findings, failures, damaged, Map.copyOf(damagedBySource), unreadable,
                complete);
        audit(summary);
        return summary;
    }

    /** On an analysis thread: the picture's thumbnail first (its decode is handed to the detectors), then the detectors. */
    private Analysed analyse(StoredItemView v) {
        ExtractedFacts picture = null;
        if (v.category() == ItemCategory.PICTURE && thumbnails != null && v.file() != null
                && v.hashes().containsKey("sha256")) {
            picture = new ExtractedFacts();
            picture.orientation = PictureDecoder.orientationOf(v.file());
            thumbnails.make(v.file(), v.hashes().get("sha256"), v.name(), picture);
        }
        return new Analysed(host.forThisThread().run(v, HEAVY), picture);
    }

    private void audit(Summary s) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("detectors", host.catalog().installed().stream().map(i -> i.info())
                .filter(HEAVY).map(i -> i.id() + " " + i.version()).toList());
        details.put("items", s.items());
        details.put("findings", s.findings());
        details.put("failures", s.failures());
        details.put("damaged", s.damaged());
        details.put("waiting", s.unreadable());
        theCase.audit().append(s.complete() ? "analysis.completed" : "analysis.interrupted", details);
    }
}
