package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON factory the bundle writers and the verifier share: streaming, UTF-8, indented. */
final class JsonFiles {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonFactory FACTORY = MAPPER.getFactory();

    private JsonFiles() {
    }

    static JsonGenerator open(Path file, boolean indent) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8);
        if (indent) {
            g.useDefaultPrettyPrinter();
        }
        return g;
    }

    static void stringOrNull(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
