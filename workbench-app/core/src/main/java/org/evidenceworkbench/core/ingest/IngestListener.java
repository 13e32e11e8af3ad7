package org.evidenceworkbench.core.ingest;

import java.time.Duration;

/** Receives an ingest's progress, about once a second, from a background thread. */
@FunctionalInterface
public interface IngestListener {

    void progress(IngestProgress progress);

    /**
     * The analysis pass's progress: every item is searchable, and the heavy detectors (faces) have
     * looked at {@code done} of the {@code total} pictures waiting for them.
     */
    default void analysing(long done, long total, Duration elapsed) {
    }

    IngestListener NONE = p -> { };
}
