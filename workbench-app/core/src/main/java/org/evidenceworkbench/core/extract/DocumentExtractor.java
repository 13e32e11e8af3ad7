package org.evidenceworkbench.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.DiskFull;
import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.item.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Text and document metadata with Apache Tika (office, PDF, e-mail, mailboxes, web pages, plain
 * text). Embedded documents are not parsed inline: each is handed to an {@link EmbeddedSink} so
 * it becomes an item of its own, with its own hashes, limits and outcome. Thread-safe.
 */
public final class DocumentExtractor {

    private static final Logger log = LoggerFactory.getLogger(DocumentExtractor.class);

    private final Parser parser;
    private final int textLimit;

    public DocumentExtractor(TikaConfig tika, int textLimit) {
        this.parser = new AutoDetectParser(tika);
        this.textLimit = textLimit;
    }

    public void extract(Path file, String name, String mimeType, ExtractedFacts facts, EmbeddedSink sink) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        metadata.set(Metadata.CONTENT_TYPE, mimeType);
        BoundedTextHandler text = new BoundedTextHandler(textLimit);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, new ToSink(sink));
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, new BodyContentHandler(text), metadata, context);
        } catch (EncryptedDocumentException e) {
            facts.fail(Outcome.ENCRYPTED, "protected by a password or encrypted; the content could not be read");
            log.info("Encrypted document {}: {}", name, e.toString());
        } catch (WorkbenchException e) {
            throw e; // the case, not this document, is failing (e.g. a full disk while saving an attachment)
        } catch (TikaException | SAXException | IOException | RuntimeException | StackOverflowError e) {
            DiskFull.rethrowIfFull(e);
            facts.fail(Outcome.CORRUPT, "the " + mimeType + " content could not be parsed ("
                    + rootMessage(e) + "); it may be damaged or truncated");
            log.info("Could not parse {} as {}", name, mimeType, e);
        }
        facts.text = text.text();
        facts.textTruncated = text.truncated();
        if (facts.textTruncated) {
            facts.flags.add(ItemFlag.TEXT_TRUNCATED);
        }
        copyMetadata(metadata, facts);
    }

    private static void copyMetadata(Metadata metadata, ExtractedFacts facts) {
        for (String key : metadata.names()) {
            String[] values = metadata.getValues(key);
            Object value = values.length == 1 ? values[0] : List.copyOf(Arrays.asList(values));
            facts.put("tika", key, value);
        }
        facts.author = first(metadata, TikaCoreProperties.CREATOR.getName());
        facts.title = first(metadata, TikaCoreProperties.TITLE.getName());
        String from = first(metadata, Message.MESSAGE_FROM);
        if (from != null) {
            facts.mailFrom = from;
            facts.mailTo = joined(metadata, Message.MESSAGE_TO);
            facts.mailSubject = first(metadata, "dc:subject") != null
                    ? first(metadata, "dc:subject") : facts.title;
            facts.sentAt = metadata.getDate(TikaCoreProperties.CREATED) == null ? null
                    : metadata.getDate(TikaCoreProperties.CREATED).toInstant();
        }
    }

    private static String first(Metadata metadata, String key) {
        String v = metadata.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String joined(Metadata metadata, String key) {
        String[] values = metadata.getValues(key);
        return values.length == 0 ? null : String.join(", ", values);
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

    /** Passes embedded documents to the sink instead of parsing them inside their container. */
    private static final class ToSink implements EmbeddedDocumentExtractor {

        private final EmbeddedSink sink;
        private int count;

        ToSink(EmbeddedSink sink) {
            this.sink = sink;
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return true;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws IOException {
            count++;
            Instant modified = metadata.getDate(TikaCoreProperties.MODIFIED) == null ? null
                    : metadata.getDate(TikaCoreProperties.MODIFIED).toInstant();
            sink.embedded(stream, EmbeddedNames.nameFor(metadata, count), modified);
        }
    }
}
