package org.evidenceworkbench.core.extract.isolation;

import java.time.Duration;

/**
 * What one document parse may cost before the ingest gives up on it.
 *
 * @param timeout how long one parse may take; a parser still busy then is killed and the item
 *                recorded as timed out
 * @param heapMb  the memory of the parser process, which parses the ingest threads' documents side
 *                by side; a document that needs more than there is kills the process: it is tried
 *                again alone, with all of it, and recorded as crashed if that is not enough
 */
public record ParserLimits(Duration timeout, int heapMb) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    public static final int DEFAULT_HEAP_MB = 768;

    public ParserLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the parse time limit must be positive");
        }
        if (heapMb < 64) {
            throw new IllegalArgumentException("a parser process needs at least 64 MB");
        }
    }

    public static ParserLimits defaults() {
        return new ParserLimits(DEFAULT_TIMEOUT, DEFAULT_HEAP_MB);
    }

    public ParserLimits withTimeout(Duration t) {
        return new ParserLimits(t, heapMb);
    }

    public ParserLimits withHeapMb(int mb) {
        return new ParserLimits(timeout, mb);
    }
}
