package org.evidenceworkbench.core.ingest;

import com.fasterxml.jackson.annotation.JsonValue;
import org.evidenceworkbench.core.source.SourceKind;

/**
 * How one source fared in an ingest.
 *
 * @param location the source's absolute path
 * @param kind     what kind of source it was taken to be
 * @param status   how the run ended for it
 * @param resumed  true when this run finished an earlier, interrupted one
 * @param items    items finished in this run
 * @param problems of those, items whose outcome is not ok (pictures found damaged in the analysis
 *                 pass included)
 * @param bytes    bytes of top-level files finished in this run
 */
public record SourceResult(String location, SourceKind kind, Status status, boolean resumed, long items,
                           long problems, long bytes) {

    /** The same with {@code more} problems, found after the source's first pass. */
    public SourceResult withMoreProblems(long more) {
        return more == 0 ? this : new SourceResult(location, kind, status, resumed, items, problems + more, bytes);
    }

    public enum Status {
        /** Every item of the source is in the case. */
        COMPLETE,
        /** The source was fully ingested before; nothing was done. */
        ALREADY_INGESTED,
        /** Stopped before the end; the same ingest command resumes it. */
        INTERRUPTED;

        /** The lower-case name scripts read, e.g. {@code already_ingested}. */
        @JsonValue
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
