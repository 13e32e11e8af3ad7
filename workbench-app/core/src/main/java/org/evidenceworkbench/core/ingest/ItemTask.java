package org.evidenceworkbench.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.RecursiveAction;
import java.util.function.Consumer;

import org.apache.commons.compress.PasswordRequiredException;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.DiskFull;
import org.evidenceworkbench.core.extract.ContentType;
import org.evidenceworkbench.core.extract.EmbeddedSink;
import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.extract.MultiDigest;
import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.item.Outcome;
import org.evidenceworkbench.core.phone.Artefact;
import org.evidenceworkbench.core.phone.ArtefactSink;
import org.evidenceworkbench.core.phone.PartyNumbers;
import org.evidenceworkbench.core.phone.PhoneArtefactReader;
import org.evidenceworkbench.core.video.Keyframe;
import org.evidenceworkbench.core.video.KeyframeSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one item and everything inside it: hash, type, extraction, then its members or
 * attachments as child tasks. Children are forked so other workers can take them, but only a few
 * at a time per container, so spooled copies and memory stay bounded however big the archive.
 * A problem with this item is recorded on this item and goes no further.
 */
final class ItemTask extends RecursiveAction {

    private static final Logger log = LoggerFactory.getLogger(ItemTask.class);

    private final SourceRun run;
    private final EvidenceEntry entry;
    /** The item's id once known, so a failure is recorded on the same row, never a second one. */
    private Long id;

    ItemTask(SourceRun run, EvidenceEntry entry) {
        this.run = run;
        this.entry = entry;
    }

    @Override
    protected void compute() {
        try {
            if (!run.cancelled()) {
                process();
            }
        } catch (WorkbenchException e) {
            run.abort(e);
        } catch (RuntimeException | StackOverflowError | IOException e) {
            // a defect or an input no extractor guarded against: cost this item only
            log.error("Ingest of {} failed unexpectedly", entry.path, e);
            run.recordFailure(entry, id, e);
        } finally {
            if (entry.spooled) {
                deleteQuietly();
            }
        }
    }

    private void process() throws IOException {
        ResumeIndex.Saved saved = run.resume().lookup(entry.path);
        if (saved != null && saved.done()) {
            run.alreadyDone(entry, saved.id());
            return;
        }
        id = saved != null ? saved.id() : run.nextId();
        ItemRecord r = new ItemRecord(id, run.sourceId(), entry.parentId, entry.submissionId, entry.path,
                entry.name, entry.depth, entry.times);
        r.flags.addAll(entry.flags);
        r.size = entry.size;
        if (entry.outcome != null) {
            r.fail(entry.outcome, entry.reason);
            finish(r);
            return;
        }
        try {
            r.hashes = entry.hashes != null ? entry.hashes : MultiDigest.of(entry.file);
        } catch (IOException e) {
            r.fail(Outcome.UNREADABLE, "could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); check the source is still attached and readable");
            log.info("Could not read {}", entry.path, e);
            finish(r);
            return;
        }
        if (r.hashes.size() == 0) {
            r.fail(Outcome.EMPTY, "the file is empty (0 bytes)");
            finish(r);
            return;
        }
        if (entry.artefact != null) {
            artefactItem(r);
            return;
        }
        r.type = run.types().detect(entry.file, entry.name);
        if (r.type.mismatch()) {
            r.flags.add(ItemFlag.TYPE_MISMATCH);
        }
        ExtractedFacts facts = new ExtractedFacts();
        entry.knownMetadata.forEach((group, values) -> values.forEach((k, v) -> facts.put(group, k, v)));
        r.facts = facts;
        Children children = new Children(r, entry.budget != null ? entry.budget
                : new ExpansionBudget(r.hashes.size(), run.options().expansionRatio(),
                        run.options().expansionFloorBytes()));
        String mime = r.type.mimeType();
        if (ArchiveReader.canOpen(mime)) {
            if (tooDeep(facts)) {
                finish(r);
                return;
            }
            try {
                run.archives().read(entry.file, mime, entry.name, children);
            } catch (ArchiveReader.EncryptedArchiveException e) {
                facts.fail(Outcome.ENCRYPTED, "the archive is encrypted with a password; its members could not be listed");
            } catch (WorkbenchException e) {
                throw e; // the case is failing (a full disk while spooling a member), not the archive
            } catch (IOException | RuntimeException e) {
                facts.fail(Outcome.CORRUPT, "the archive is damaged or truncated ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "); members after the damage are missing");
                log.info("Archive {} damaged", entry.path, e);
            }
        } else {
            extract(r, facts, children);
            run.addClaims(entry.submissionId, facts);
        }
        children.awaitAll();
        if (children.stoppedByCancel) {
            return; // left OPEN: the next run of the same ingest finishes it
        }
        finish(r);
    }

    private void extract(ItemRecord r, ExtractedFacts facts, Children children) {
        switch (r.type.category()) {
            case PICTURE -> {
                run.media().read(entry.file, entry.name, facts);
                if (run.picturesWaitForAnalysis(entry)) {
                    // decoded once, in the analysis pass, for its thumbnail and the detectors alike
                    run.thumbnails().checkSize(entry.file, entry.name, facts);
                } else {
                    run.thumbnails().make(entry.file, r.hashes.sha256(), entry.name, facts);
                }
            }
            case VIDEO -> {
                run.media().read(entry.file, entry.name, facts);
                // keyframes are children: none below the depth limit, so no item lies deeper than it
                boolean keyframes = entry.depth < run.options().maxContainerDepth();
                run.videos().read(entry.file, entry.name, r.hashes.sha256(), facts, keyframes ? children : null);
            }
            case AUDIO -> run.media().read(entry.file, entry.name, facts);
            default -> {
                run.documents().extract(entry.file, entry.name, r.type, facts, children);
                // artefacts are children: none below the depth limit, as with keyframes
                if (run.phone().wants(entry.path) && entry.depth < run.options().maxContainerDepth()) {
                    run.phone().read(entry.file, entry.path, entry.name, writeAheadLog(), facts, children);
                }
            }
        }
    }

    /**
     * A phone artefact: its text and fields are known already, so there is nothing to detect or
     * extract; its category is its kind, its time and parties go where search and the timeline
     * look for a message's (sent, from, to), its place where the map looks.
     */
    private void artefactItem(ItemRecord r) {
        Artefact a = entry.artefact;
        r.type = new ContentType("text/plain", "txt", "text/plain", false, a.kind.category(), true);
        r.artefact = a;
        ExtractedFacts facts = new ExtractedFacts();
        entry.knownMetadata.forEach((group, values) -> values.forEach((k, v) -> facts.put(group, k, v)));
        r.facts = facts;
        String text = a.text();
        int limit = run.options().textLimitChars();
        if (text.length() > limit) {
            // the same cap as extracted text: a hostile database may hold a body of any size
            text = text.substring(0, limit);
            facts.textTruncated = true;
            facts.flags.add(ItemFlag.TEXT_TRUNCATED);
        }
        facts.text = text;
        facts.sentAt = a.time;
        facts.mailFrom = PartyNumbers.searchable(a.from);
        facts.mailTo = a.to.isEmpty() ? null : PartyNumbers.searchable(a.to);
        facts.title = a.title;
        facts.gpsLatitude = a.latitude;
        facts.gpsLongitude = a.longitude;
        if (a.deleted) {
            facts.flags.add(ItemFlag.DELETED);
        }
        finish(r);
    }

    /** The database's -wal: handed over by its container, or beside it in the source folder. */
    private Path writeAheadLog() {
        if (entry.wal != null) {
            return entry.wal;
        }
        if (entry.spooled || entry.file == null) {
            return null;
        }
        Path beside = entry.file.resolveSibling(entry.file.getFileName() + "-wal");
        return Files.isRegularFile(beside) ? beside : null;
    }

    private boolean tooDeep(ExtractedFacts facts) {
        if (entry.depth < run.options().maxContainerDepth()) {
            return false;
        }
        facts.fail(Outcome.TOO_DEEP, "nested " + entry.depth + " containers deep, the limit; hashed but not opened "
                + "(raise --max-depth to open it)");
        return true;
    }

    private void finish(ItemRecord r) {
        if (r.facts != null && r.facts.outcome() != Outcome.OK) {
            r.fail(r.facts.outcome(), r.facts.reason());
        }
        if (r.hashes != null) {
            // detectors see the item while its bytes are still at hand (a spooled copy goes after this)
            run.detect(r, entry.file, !entry.spooled);
        }
        r.state = ItemRecord.State.DONE;
        run.writer().write(r);
        run.itemDone(r, entry);
    }

    private void deleteQuietly() {
        try {
            Files.deleteIfExists(entry.file);
        } catch (IOException e) {
            log.warn("Could not delete spooled copy {}", entry.file, e);
        }
    }

    /**
     * Receives this item's members (from an archive), embedded documents (from Tika) or keyframes
     * (from a video), makes child entries of them and runs them as child tasks.
     */
    private final class Children implements ArchiveReader.MemberSink, EmbeddedSink, KeyframeSink, ArtefactSink {

        private final ItemRecord parent;
        private final ExpansionBudget budget;
        private final ChildNames names = new ChildNames();
        private final Deque<ItemTask> pending = new ArrayDeque<>();
        /**
         * Phone databases and SQLite's companion files (-wal, -shm) from this container, spooled
         * but not yet run: a database must be read with its -wal, which may come after it.
         */
        private final List<EvidenceEntry> heldDatabases = new ArrayList<>();
        private final List<EvidenceEntry> heldCompanions = new ArrayList<>();
        private boolean openWritten;
        private boolean stoppedByCancel;
        private boolean budgetSpent;
        private boolean depthReported;

        Children(ItemRecord parent, ExpansionBudget budget) {
            this.parent = parent;
            this.budget = budget;
        }

        @Override
        public boolean stop() {
            if (run.cancelled()) {
                stoppedByCancel = true;
            }
            return stoppedByCancel || budgetSpent;
        }

        @Override
        public void member(ArchiveReader.Member m, InputStream content) {
            add(m.name(), m.modified(), m.size(), m.outcome(), m.reason(), content, null, true);
        }

        @Override
        public void keyframe(Keyframe k) {
            Map<String, Object> where = new LinkedHashMap<>();
            where.put("Index", k.index());
            where.put("Time", k.seconds());
            EvidenceEntry.Derived derived = new EvidenceEntry.Derived("Keyframe", where);
            add(k.fileName(), null, (long) k.jpeg().length, null, null, new ByteArrayInputStream(k.jpeg()), child -> {
                child.derivedFrom(derived);
                // kept, so its thumbnail and heavy detectors can wait for the analysis pass like a photo's
                child.keptByCase = true;
            }, false);
        }

        @Override
        public void artefact(Artefact a) {
            a.sourceFile = parent.path;
            byte[] text = a.text().getBytes(StandardCharsets.UTF_8);
            add(a.fileName(), null, (long) text.length, null, null, new ByteArrayInputStream(text), child -> {
                child.derivedFrom(new EvidenceEntry.Derived("Artefact", a.metadata()));
                child.knownMetadata.put("Provenance", a.provenanceMetadata());
                child.artefact = a;
            }, false);
        }

        @Override
        public void warning(String sentence) {
            log.info("{}: {}", entry.path, sentence); // recorded on the item by the reader
        }

        @Override
        public void embedded(InputStream content, String name, Instant modified) {
            if (entry.depth >= run.options().maxContainerDepth()) {
                if (!depthReported) {
                    depthReported = true;
                    parent.facts.fail(Outcome.TOO_DEEP, "nested " + entry.depth + " containers deep, the limit; "
                            + "its attachments and embedded files were not opened (raise --max-depth to open them)");
                }
                return;
            }
            add(name, modified, null, null, null, content, null, true);
        }

        @Override
        public long room() {
            // at the depth limit the first attachment only needs to be seen, to record why it was not opened
            return entry.depth >= run.options().maxContainerDepth() ? 0 : budget.remaining();
        }

        private void add(String rawName, Instant modified, Long declaredSize, Outcome outcome, String reason,
                         InputStream content, Consumer<EvidenceEntry> derived, boolean mayBeDatabase) {
            if (stop()) {
                return;
            }
            if (!openWritten) {
                run.writer().write(parent.openSnapshot());
                openWritten = true;
            }
            Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
            String segment = names.unique(rawName, flags);
            Long submission = run.submissionForChild(parent, segment, flags);
            // the name is the member's own last segment; the path keeps the container's full entry name
            String name = segment.substring(segment.replace('\\', '/').lastIndexOf('/') + 1);
            EvidenceEntry child = new EvidenceEntry(parent.path + "!/" + segment, name.isEmpty() ? segment : name,
                    entry.depth + 1,
                    parent.id, submission, FileTimes.modifiedOnly(modified), budget);
            child.flags.addAll(flags);
            if (derived != null) {
                derived.accept(child);
            }
            ResumeIndex.Saved saved = run.resume().lookup(child.path);
            if (saved != null && saved.done()) {
                run.alreadyDone(child, saved.id());
                return;
            }
            if (outcome != null) {
                child.withoutContent(outcome, reason, declaredSize);
            } else {
                spool(child, content, declaredSize);
                if (mayBeDatabase && child.spooled) {
                    if (PhoneArtefactReader.isCompanion(child.path)) {
                        heldCompanions.add(child);
                        return;
                    }
                    if (run.phone().isDatabase(child.path)) {
                        heldDatabases.add(child);
                        return;
                    }
                }
            }
            run(child);
        }

        private void run(EvidenceEntry child) {
            ItemTask task = new ItemTask(run, child);
            while (pending.size() >= run.childrenInFlight()) {
                pending.removeFirst().join();
            }
            task.fork();
            pending.addLast(task);
        }

        private void spool(EvidenceEntry child, InputStream content, Long declaredSize) {
            try {
                Spool.Spooled s = run.spool().write(content, budget.remaining());
                budget.consume(s.copy().hashes().size());
                if (s.copy().limitReached()) {
                    Files.deleteIfExists(s.file());
                    budgetSpent = true;
                    String why = "expands beyond " + budget.limit() + " bytes, the limit for everything inside "
                            + "its top-level item (a possible zip bomb); not read further";
                    child.withoutContent(Outcome.EXPANSION_LIMIT, why, declaredSize);
                    parent.facts.fail(Outcome.EXPANSION_LIMIT, "expansion stopped at " + budget.limit()
                            + " bytes (a possible zip bomb); later members were not opened");
                } else {
                    child.spooledCopy(s.file(), s.copy().hashes());
                    if (child.keptByCase) {
                        keep(child, s);
                    }
                }
            } catch (PasswordRequiredException e) {
                // 7z asks for the password only once a member's bytes are read, so it surfaces here
                child.withoutContent(Outcome.ENCRYPTED, "encrypted with a password inside its archive; the content "
                        + "could not be read", declaredSize);
            } catch (IOException e) {
                DiskFull.rethrowIfFull(e);
                child.withoutContent(Outcome.CORRUPT, "could not be read out of its container ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "); the container may be damaged",
                        declaredSize);
                log.info("Member {} unreadable", child.path, e);
            }
        }

        /** Moves a keyframe's spooled copy to where the case keeps it; failing to, the case is failing, not the item. */
        private void keep(EvidenceEntry child, Spool.Spooled s) {
            try {
                child.keptAt(run.keyframeFiles().keep(s.file(), s.copy().hashes().sha256()));
            } catch (IOException e) {
                DiskFull.rethrowIfFull(e);
                throw new WorkbenchException("Could not keep a video keyframe in the case folder (" + e.getMessage()
                        + "); check the case folder is writable, then ingest the source again to finish.", e);
            }
        }

        /** Runs the held databases, each with its -wal, and only then their companions (whose spooled copies they read). */
        private void releaseHeld() {
            for (EvidenceEntry db : heldDatabases) {
                String wal = PhoneArtefactReader.walPath(db.path);
                heldCompanions.stream().filter(c -> c.path.equals(wal)).findFirst().ifPresent(c -> db.wal = c.file);
                run(db);
            }
            heldDatabases.clear();
            while (!pending.isEmpty()) {
                pending.removeFirst().join();
            }
            heldCompanions.forEach(this::run);
            heldCompanions.clear();
        }

        void awaitAll() {
            releaseHeld();
            while (!pending.isEmpty()) {
                pending.removeFirst().join();
            }
            if (run.cancelled() && openWritten) {
                stoppedByCancel = true;
            }
        }
    }
}
