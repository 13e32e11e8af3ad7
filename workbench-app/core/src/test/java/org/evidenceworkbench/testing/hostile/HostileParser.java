package org.evidenceworkbench.testing.hostile;

import java.util.Set;

import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * The shared part of the test-only parsers that misbehave the way real ones do on hostile input
 * (hang, loop, exhaust memory). They are found by Tika's service loading, from
 * META-INF/services/org.apache.tika.parser.Parser in the tests' class path, for made-up types that
 * custom-mimetypes.xml gives to files starting with a marker. A good parser never sees those files.
 */
abstract class HostileParser implements Parser {

    private final MediaType type;

    HostileParser(String type) {
        this.type = MediaType.parse(type);
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(type);
    }
}
