package org.evidenceworkbench.core.extract;

import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.evidenceworkbench.core.extract.isolation.ParserLimits;
import org.evidenceworkbench.core.extract.isolation.ParserPool;

/**
 * Text and document metadata with Apache Tika (office, PDF, e-mail, mailboxes, web pages, plain
 * text). Every parse but plain text's runs in a separate parser process with a time and memory limit (see
 * {@link ParserPool}), because a parser that hangs, loops or exhausts memory on hostile input must
 * cost only its document, never the ingest. Embedded documents are not parsed inline: each is
 * handed to an {@link EmbeddedSink} so it becomes an item of its own, with its own hashes, limits
 * and outcome. Thread-safe.
 *
 * <p>Plain text is the one exception, read in this process: its parser only guesses the character
 * set and streams the characters into a bounded buffer, with nothing to hang on or to allocate
 * without limit, and a round trip to a parser process would cost more than the reading itself on
 * the many small notes and messages a phone holds.
 */
public final class DocumentExtractor {

    private static final String PLAIN_TEXT = "text/plain";

    private final TikaDocumentParser inProcess;
    private final ParserPool parsers;
    private final ParserLimits limits;
    private final Path scratch;
    private final int textLimit;

    /** @param scratch the case's scratch folder for the documents found inside others */
    public DocumentExtractor(TikaConfig tika, ParserLimits limits, Path scratch, int textLimit) {
        this.inProcess = new TikaDocumentParser(tika);
        this.parsers = ParserPool.withHeap(limits.heapMb());
        this.limits = limits;
        this.scratch = scratch;
        this.textLimit = textLimit;
    }

    public void extract(Path file, String name, ContentType type, ExtractedFacts facts, EmbeddedSink sink) {
        String mimeType = type.mimeType();
        ParsedDocument parsed = PLAIN_TEXT.equals(mimeType)
                ? inProcess.parse(file, name, mimeType, type.fromContent(), textLimit, sink)
                : parsers.parse(file, name, mimeType, type.fromContent(), textLimit, limits.timeout(), scratch, sink,
                        sink.room());
        parsed.applyTo(facts);
    }

    /** The innermost cause's class and message, short enough for a reason shown to the examiner. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
