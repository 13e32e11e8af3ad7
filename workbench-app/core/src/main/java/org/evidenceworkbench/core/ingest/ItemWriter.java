package org.evidenceworkbench.core.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.detect.DetectorFailure;
import org.evidenceworkbench.core.detect.FindingRows;
import org.evidenceworkbench.core.detect.RecordedFinding;
import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.store.CaseDatabase;
import org.evidenceworkbench.core.store.WriteSequence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes items to the case database. Workers hand it records through a
 * bounded queue (so a slow disk slows the workers instead of filling memory); it writes them in
 * arrival order and commits in batches, so after a crash the database holds a prefix of the work:
 * a container's OPEN row always lands before its children.
 */
final class ItemWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ItemWriter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 250;
    private static final long MAX_DELAY_MILLIS = 500;
    private static final ItemRecord END = new ItemRecord(-1, -1, null, null, "", "", 0, null);

    private static final String MERGE_ITEM = "MERGE INTO item (id, source_id, parent_id, submission_id, path, name,"
            + " depth, state, outcome, reason, flags, size, md5, sha1, sha256, mime_type, extension, extension_mime,"
            + " category, fs_created, fs_modified, fs_accessed, taken_at, gps_latitude, gps_longitude, camera_make,"
            + " camera_model, author, title, mail_from, mail_to, mail_subject, sent_at, thumbnail, metadata,"
            + " ingested_at, write_seq) KEY (id)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String MERGE_ARTEFACT = "MERGE INTO artefact (item_id, kind, app, thread, at, party_from,"
            + " party_to, direction, title, body, attachments, source_file, source_table, source_row, deleted)"
            + " KEY (item_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String MERGE_PENDING = "MERGE INTO analysis_pending (item_id, file) KEY (item_id) VALUES (?,?)";
    private static final String MERGE_TEXT = "MERGE INTO item_text (item_id, content, truncated) KEY (item_id)"
            + " VALUES (?,?,?)";

    /**
     * Characters of extracted text the queue and the batch being written may hold together: a
     * thousand records of a million characters each would need 2 GB, so workers also wait for
     * room by size (64 MB of text), not only by count.
     */
    private static final int TEXT_ROOM_CHARS = 32 << 20;

    private final BlockingQueue<ItemRecord> queue = new ArrayBlockingQueue<>(1000);
    private final Semaphore textRoom = new Semaphore(TEXT_ROOM_CHARS);
    private final CaseDatabase db;
    /** The write sequence: every row written takes the next number (see V2.sql). */
    private long writeSeq;
    private final Thread thread;
    private volatile Throwable failure;

    ItemWriter(CaseDatabase db) {
        this.db = db;
        this.writeSeq = WriteSequence.next(db);
        this.thread = new Thread(this::run, "item-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a record; waits while the queue is full. Fails once the writer has failed. */
    void write(ItemRecord record) {
        try {
            int chars = textChars(record);
            while (!textRoom.tryAcquire(chars, 200, TimeUnit.MILLISECONDS)) {
                checkHealthy();
            }
            while (!queue.offer(record, 200, TimeUnit.MILLISECONDS)) {
                checkHealthy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbenchException("The ingest was interrupted while saving items.", e);
        }
        checkHealthy();
    }

    private static int textChars(ItemRecord r) {
        String text = r.facts == null ? null : r.facts.text;
        return text == null ? 0 : Math.min(text.length(), TEXT_ROOM_CHARS);
    }

    void checkHealthy() {
        Throwable f = failure;
        if (f != null) {
            throw new WorkbenchException("Could not save items to the case database; check the disk has space "
                    + "and the case folder is writable, then run the same ingest again to resume.", f);
        }
    }

    boolean failed() {
        return failure != null;
    }

    /** Writes and commits everything queued, then stops the thread. */
    @Override
    public void close() {
        try {
            while (thread.isAlive() && !queue.offer(END, 200, TimeUnit.MILLISECONDS)) {
                // the writer is draining; it may also have failed, which ends the loop
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement item = c.prepareStatement(MERGE_ITEM);
                 PreparedStatement text = c.prepareStatement(MERGE_TEXT);
                 PreparedStatement finding = c.prepareStatement(FindingRows.INSERT);
                 PreparedStatement failure = c.prepareStatement(FindingRows.INSERT_FAILURE);
                 PreparedStatement artefact = c.prepareStatement(MERGE_ARTEFACT);
                 PreparedStatement pending = c.prepareStatement(MERGE_PENDING)) {
                loop(c, new Statements(item, text, finding, failure, artefact, pending));
            }
        } catch (Throwable t) {
            failure = t;
            log.error("Item writer failed", t);
            queue.clear();
        }
    }

    /** The statements of one batch, prepared once. */
    private record Statements(PreparedStatement item, PreparedStatement text, PreparedStatement finding,
                              PreparedStatement failure, PreparedStatement artefact, PreparedStatement pending) {
    }

    private void loop(Connection c, Statements st) throws Exception {
        List<ItemRecord> batch = new ArrayList<>(BATCH);
        long firstAt = 0;
        while (true) {
            ItemRecord r = queue.poll(100, TimeUnit.MILLISECONDS);
            if (r == END) {
                flush(c, st, batch);
                return;
            }
            if (r != null) {
                if (batch.isEmpty()) {
                    firstAt = System.nanoTime();
                }
                batch.add(r);
            }
            boolean due = !batch.isEmpty()
                    && (batch.size() >= BATCH || System.nanoTime() - firstAt > MAX_DELAY_MILLIS * 1_000_000);
            if (due) {
                flush(c, st, batch);
            }
        }
    }

    private void flush(Connection c, Statements st, List<ItemRecord> batch) throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        boolean anyText = false;
        boolean anyFinding = false;
        boolean anyFailure = false;
        boolean anyArtefact = false;
        boolean anyPending = false;
        for (ItemRecord r : batch) {
            bindItem(st.item(), r);
            st.item().setLong(37, writeSeq++);
            st.item().addBatch();
            if (r.state != ItemRecord.State.DONE) {
                continue;
            }
            ExtractedFacts f = r.facts;
            if (f != null && f.text != null && !f.text.isEmpty()) {
                st.text().setLong(1, r.id);
                st.text().setString(2, f.text);
                st.text().setBoolean(3, f.textTruncated);
                st.text().addBatch();
                anyText = true;
            }
            if (r.artefact != null) {
                ArtefactRows.bind(st.artefact(), r.id, r.artefact);
                st.artefact().addBatch();
                anyArtefact = true;
            }
            if (r.awaitingAnalysis != null) {
                st.pending().setLong(1, r.id);
                st.pending().setString(2, r.awaitingAnalysis.toString());
                st.pending().addBatch();
                anyPending = true;
            }
            for (RecordedFinding found : r.findings) {
                FindingRows.bind(st.finding(), r.id, found, r.ingestedAt);
                st.finding().addBatch();
                anyFinding = true;
            }
            for (DetectorFailure failed : r.detectorFailures) {
                FindingRows.bindFailure(st.failure(), r.id, failed, r.ingestedAt);
                st.failure().addBatch();
                anyFailure = true;
            }
        }
        st.item().executeBatch();
        if (anyText) {
            st.text().executeBatch();
        }
        if (anyFinding) {
            st.finding().executeBatch();
        }
        if (anyFailure) {
            st.failure().executeBatch();
        }
        if (anyArtefact) {
            st.artefact().executeBatch();
        }
        if (anyPending) {
            st.pending().executeBatch(); // after the items: a pending row refers to its item
        }
        c.commit();
        textRoom.release(batch.stream().mapToInt(ItemWriter::textChars).sum());
        batch.clear();
    }

    private static void bindItem(PreparedStatement p, ItemRecord r) throws SQLException {
        ExtractedFacts f = r.facts;
        int i = 1;
        p.setLong(i++, r.id);
        p.setLong(i++, r.sourceId);
        setLong(p, i++, r.parentId);
        setLong(p, i++, r.submissionId);
        p.setString(i++, r.path);
        p.setString(i++, r.name);
        p.setInt(i++, r.depth);
        p.setString(i++, r.state.name());
        p.setString(i++, r.outcome.label());
        p.setString(i++, truncate(r.reason, 4000));
        java.util.Set<ItemFlag> flags = java.util.EnumSet.noneOf(ItemFlag.class);
        flags.addAll(r.flags);
        if (f != null) {
            flags.addAll(f.flags);
        }
        p.setString(i++, flags.isEmpty() ? null
                : flags.stream().map(ItemFlag::label).collect(Collectors.joining(",")));
        setLong(p, i++, r.hashes != null ? Long.valueOf(r.hashes.size()) : r.size);
        p.setString(i++, r.hashes == null ? null : r.hashes.md5());
        p.setString(i++, r.hashes == null ? null : r.hashes.sha1());
        p.setString(i++, r.hashes == null ? null : r.hashes.sha256());
        p.setString(i++, r.type == null ? null : r.type.mimeType());
        p.setString(i++, r.type == null ? null : truncate(r.type.extension(), 100));
        p.setString(i++, r.type == null ? null : r.type.extensionType());
        p.setString(i++, r.type == null ? null : r.type.category().label());
        setTime(p, i++, r.times.created());
        setTime(p, i++, r.times.modified());
        setTime(p, i++, r.times.accessed());
        p.setString(i++, f == null ? null : f.takenAt);
        setDouble(p, i++, f == null ? null : f.gpsLatitude);
        setDouble(p, i++, f == null ? null : f.gpsLongitude);
        p.setString(i++, f == null ? null : truncate(f.cameraMake, 255));
        p.setString(i++, f == null ? null : truncate(f.cameraModel, 255));
        p.setString(i++, f == null ? null : truncate(f.author, 1000));
        p.setString(i++, f == null ? null : truncate(f.title, 4000));
        p.setString(i++, f == null ? null : truncate(f.mailFrom, 4000));
        p.setString(i++, f == null ? null : truncate(f.mailTo, 32000));
        p.setString(i++, f == null ? null : truncate(f.mailSubject, 4000));
        setTime(p, i++, f == null ? null : f.sentAt);
        p.setString(i++, f == null ? null : f.thumbnail);
        p.setString(i++, f == null || f.metadata.isEmpty() ? null : json(f));
        setTime(p, i, r.ingestedAt);
    }

    private static String json(ExtractedFacts f) {
        try {
            return JSON.writeValueAsString(f.metadata);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.BIGINT);
        } else {
            p.setLong(i, v);
        }
    }

    private static void setDouble(PreparedStatement p, int i, Double v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DOUBLE);
        } else {
            p.setDouble(i, v);
        }
    }

    static void setTime(PreparedStatement p, int i, Instant t) throws SQLException {
        if (t == null) {
            p.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            p.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }
}
