package org.evidenceworkbench.core.review;

import java.time.Instant;

/** One examiner's note on an item, as written: notes are never edited, a correction is a new note. */
public record ItemNote(long id, long itemId, String note, String writtenBy, Instant writtenAt) {
}
