package org.evidenceworkbench.core.ingest;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.evidenceworkbench.core.extract.Hashes;
import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.item.Outcome;
import org.evidenceworkbench.core.phone.Artefact;

/**
 * Something the walker or a container found that is to become an item: where it is addressed,
 * where its bytes are (a source file, read in place, or a spooled copy that is ours to delete),
 * and anything already known about it.
 */
final class EvidenceEntry {

    final String path;
    final String name;
    final int depth;
    final Long parentId;
    final Long submissionId;
    final FileTimes times;
    final Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
    final ExpansionBudget budget;
    /** Metadata known before the bytes are read (a keyframe's place in its video), by group. */
    final Map<String, Map<String, Object>> knownMetadata = new LinkedHashMap<>();

    /** What the workbench made the entry from: a metadata group recording where it came from. */
    record Derived(String group, Map<String, Object> values) {
    }

    /** The phone artefact the entry is, or null for anything else. */
    Artefact artefact;
    /** A database's write-ahead log, when it came out of the same container (beside it in a folder it is found there). */
    Path wal;

    /** The bytes, or null when there are none to read (see {@link #outcome}). */
    Path file;
    /** True when {@link #file} is a spooled copy to delete after use; never true for a source file. */
    boolean spooled;
    /** True for a picture the workbench made whose spooled copy the case keeps (a keyframe), rather than deletes. */
    boolean keptByCase;
    /** Hashes computed while spooling, or null to compute them from {@link #file}. */
    Hashes hashes;
    /** Set when the entry cannot be read at all, with {@link #reason}. */
    Outcome outcome;
    String reason;
    Long size;

    EvidenceEntry(String path, String name, int depth, Long parentId, Long submissionId, FileTimes times,
                  ExpansionBudget budget) {
        this.path = path;
        this.name = name;
        this.depth = depth;
        this.parentId = parentId;
        this.submissionId = submissionId;
        this.times = times;
        this.budget = budget;
    }

    EvidenceEntry withoutContent(Outcome why, String reasonText, Long knownSize) {
        this.outcome = why;
        this.reason = reasonText;
        this.size = knownSize;
        return this;
    }

    EvidenceEntry inPlace(Path sourceFile, long knownSize) {
        this.file = sourceFile;
        this.size = knownSize;
        return this;
    }

    /** Marks the entry as made by the workbench ({@link ItemFlag#DERIVED}) and records its origin. */
    EvidenceEntry derivedFrom(Derived origin) {
        flags.add(ItemFlag.DERIVED);
        knownMetadata.put(origin.group(), new LinkedHashMap<>(origin.values()));
        return this;
    }

    /** The spooled copy moved to where the case keeps it: no longer ours to delete after use. */
    EvidenceEntry keptAt(Path kept) {
        this.file = kept;
        this.spooled = false;
        return this;
    }

    EvidenceEntry spooledCopy(Path copy, Hashes computed) {
        this.file = copy;
        this.spooled = true;
        this.hashes = computed;
        this.size = computed.size();
        return this;
    }
}
