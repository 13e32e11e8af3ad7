package org.evidenceworkbench.core.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.evidenceworkbench.core.detect.DetectorFailure;
import org.evidenceworkbench.core.detect.RecordedFinding;
import org.evidenceworkbench.core.extract.ContentType;
import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.extract.Hashes;
import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.item.Outcome;
import org.evidenceworkbench.core.phone.Artefact;

/** One item's row as the pipeline hands it to the {@link ItemWriter}. */
final class ItemRecord {

    enum State { OPEN, DONE }

    final long id;
    final long sourceId;
    final Long parentId;
    final Long submissionId;
    final String path;
    final String name;
    final int depth;
    final FileTimes times;
    final Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);

    State state = State.OPEN;
    Outcome outcome = Outcome.OK;
    String reason;
    Long size;
    Hashes hashes;
    ContentType type;
    ExtractedFacts facts;
    Instant ingestedAt = Instant.now();
    List<RecordedFinding> findings = List.of();
    List<DetectorFailure> detectorFailures = List.of();
    /**
     * The file the analysis pass reads to run the heavy detectors this item still awaits, or null
     * when none await it.
     */
    Path awaitingAnalysis;
    /** Set for a phone artefact: its row in the artefact table is written with the item. */
    Artefact artefact;

    ItemRecord(long id, long sourceId, Long parentId, Long submissionId, String path, String name, int depth,
               FileTimes times) {
        this.id = id;
        this.sourceId = sourceId;
        this.parentId = parentId;
        this.submissionId = submissionId;
        this.path = path;
        this.name = name;
        this.depth = depth;
        this.times = times == null ? FileTimes.NONE : times;
    }

    /**
     * The row as it stands now, without extracted facts, for the OPEN write of a container: the
     * writer must not see later changes to this record before the container's children are saved.
     */
    ItemRecord openSnapshot() {
        ItemRecord copy = new ItemRecord(id, sourceId, parentId, submissionId, path, name, depth, times);
        copy.flags.addAll(flags);
        copy.state = State.OPEN;
        copy.outcome = outcome;
        copy.reason = reason;
        copy.size = size;
        copy.hashes = hashes;
        copy.type = type;
        copy.ingestedAt = ingestedAt;
        return copy;
    }

    void fail(Outcome newOutcome, String newReason) {
        if (outcome == Outcome.OK) {
            outcome = newOutcome;
            reason = newReason;
        }
    }
}
