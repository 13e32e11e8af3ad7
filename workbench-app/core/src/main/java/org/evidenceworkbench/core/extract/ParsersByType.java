package org.evidenceworkbench.core.extract;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's parser for a type already known, found once rather than per document: Tika's composite
 * parser rebuilds its whole type-to-parser map on every call, which showed in profiles of small
 * documents. Looks a type up as Tika does (the type, then its supertypes) and parses with the
 * same guard against XML and zip bombs that Tika's auto-detecting parser adds. Thread-safe.
 */
final class ParsersByType {

    private final Map<MediaType, Parser> parsers;
    private final MediaTypeRegistry registry;

    ParsersByType(TikaConfig tika) {
        this.parsers = Map.copyOf(((org.apache.tika.parser.CompositeParser) tika.getParser())
                .getParsers(new ParseContext()));
        this.registry = tika.getMediaTypeRegistry();
    }

    /**
     * {@code parser} for a parse's context, where Tika's own parsers find it to ask which types
     * it supports (PDF parsing asks at the end of every document): answered from the map made
     * once, where the auto-detecting parser would rebuild it for each question.
     */
    Parser forContext(Parser parser) {
        Set<MediaType> supported = Set.copyOf(parsers.keySet());
        return new ParserDecorator(parser) {
            private static final long serialVersionUID = 1L;

            @Override
            public Set<MediaType> getSupportedTypes(ParseContext context) {
                return supported;
            }
        };
    }

    /** The parser Tika would choose for {@code mimeType}, if any parser claims it or a supertype. */
    Optional<Parser> parserFor(String mimeType) {
        MediaType type = MediaType.parse(mimeType);
        type = type == null ? null : registry.normalize(type.getBaseType());
        while (type != null && !MediaType.OCTET_STREAM.equals(type)) {
            Parser p = parsers.get(type);
            if (p != null) {
                return Optional.of(p);
            }
            type = registry.getSupertype(type);
        }
        return Optional.empty();
    }

    void parse(Parser parser, TikaInputStream in, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        SecureContentHandler secure = new SecureContentHandler(handler, in);
        try {
            parser.parse(in, secure, metadata, context);
        } catch (SAXException e) {
            secure.throwIfCauseOf(e); // a bomb: reported as the TikaException Tika itself would throw
            throw e;
        }
    }
}
