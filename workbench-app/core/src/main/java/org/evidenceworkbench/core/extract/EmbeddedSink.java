package org.evidenceworkbench.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Receives the documents found inside another (e-mail attachments, messages in a mailbox,
 * pictures in an office file) as they stream past, so the ingest can make child items of them.
 */
@FunctionalInterface
public interface EmbeddedSink {

    /**
     * @param content  the embedded document's bytes; read it before returning
     * @param name     its name, as the container gives it (may be a generated one)
     * @param modified its modification time where the container records one, else null
     */
    void embedded(InputStream content, String name, Instant modified) throws IOException;

    /**
     * How many more bytes of embedded documents this sink will take (its container's expansion
     * budget); a parser writes no more than this (plus one byte, to show the limit was reached).
     */
    default long room() {
        return Long.MAX_VALUE;
    }
}
