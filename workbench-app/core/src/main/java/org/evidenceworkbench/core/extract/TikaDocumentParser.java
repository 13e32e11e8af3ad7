package org.evidenceworkbench.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.DiskFull;
import org.evidenceworkbench.core.item.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * One Tika parse in this process: text up to a limit, metadata, and each embedded document handed
 * to an {@link EmbeddedSink} rather than parsed inline. It runs inside the parser processes (see
 * {@link org.evidenceworkbench.core.extract.isolation.ParserPool}), where a parser that hangs or
 * exhausts memory takes only its own process down, and for plain text in the ingest itself.
 * Thread-safe.
 */
public final class TikaDocumentParser {

    private static final Logger log = LoggerFactory.getLogger(TikaDocumentParser.class);

    private final Parser parser;
    private final ParsersByType byType;
    private final Parser inContext;
    private final OfficeParserConfig office = new OfficeParserConfig();

    public TikaDocumentParser(TikaConfig tika) {
        this.parser = new AutoDetectParser(tika);
        this.byType = new ParsersByType(tika);
        this.inContext = byType.forContext(parser);
        // Word documents are read as a stream of XML events rather than built into POI's document
        // model first: the same text and attachments (comments too), in 40 % less time, and memory
        // bounded by the part being read rather than by the whole document (IPED's triage profile
        // does the same)
        office.setUseSAXDocxExtractor(true);
    }

    /**
     * @param typeConfirmed true when {@code mimeType} was proved from the content by the ingest's
     *                      own detection: the type's parser is called directly, since detecting
     *                      again (for an office file, opening its zip package a second time) cost
     *                      a third of a parser process's time on small documents
     */
    public ParsedDocument parse(Path file, String name, String mimeType, boolean typeConfirmed, int textLimit,
                                EmbeddedSink sink) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        metadata.set(Metadata.CONTENT_TYPE, mimeType);
        BoundedTextHandler text = new BoundedTextHandler(textLimit);
        ParseContext context = new ParseContext();
        context.set(Parser.class, inContext);
        context.set(EmbeddedDocumentExtractor.class, new ToSink(sink));
        context.set(OfficeParserConfig.class, office);
        Outcome outcome = Outcome.OK;
        String reason = null;
        Parser chosen = typeConfirmed ? byType.parserFor(mimeType).orElse(parser) : parser;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            ContentHandler body = new BodyContentHandler(text);
            if (chosen == parser) {
                parser.parse(in, body, metadata, context);
            } else {
                byType.parse(chosen, in, body, metadata, context);
            }
        } catch (EncryptedDocumentException e) {
            outcome = Outcome.ENCRYPTED;
            reason = "protected by a password or encrypted; the content could not be read";
            log.info("Encrypted document {}: {}", name, e.toString());
        } catch (WorkbenchException e) {
            throw e; // the case, not this document, is failing (e.g. a full disk while saving an attachment)
        } catch (TikaException | SAXException | IOException | RuntimeException | StackOverflowError e) {
            DiskFull.rethrowIfFull(e);
            outcome = Outcome.CORRUPT;
            reason = "the " + mimeType + " content could not be parsed (" + DocumentExtractor.rootMessage(e)
                    + "); it may be damaged or truncated";
            log.info("Could not parse {} as {}", name, mimeType, e);
        }
        return new ParsedDocument(outcome, reason, text.text(), text.truncated(), ParsedDocument.valuesOf(metadata));
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
