package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.WorkbenchException;

/**
 * Reads a bundle's {@code data/metadata/findings.json} (a JSON array of finding objects) one
 * object at a time, so the file's size does not bound memory.
 */
final class FindingsJson {

    static final String PATH = "data/metadata/findings.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finding as the sender recorded it, with its review. */
    record Entry(String itemId, String detector, String detectorVersion, String type, String label,
                 String explanation, String where, double confidence, String severity, String entityType,
                 String entityValue, String reviewState, String reviewedBy, Instant reviewedAt, String reviewNote,
                 Map<String, String> attributes) {
    }

    private FindingsJson() {
    }

    static void read(InputStream in, Consumer<Entry> sink) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new WorkbenchException("The bundle's findings.json is not a JSON array; it was not written"
                        + " to the bundle contract (docs/hub.md).");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                sink.accept(entry(p.readValueAsTree()));
            }
        }
    }

    private static Entry entry(JsonNode n) {
        Map<String, String> attributes = new TreeMap<>();
        JsonNode a = n.path("attributes");
        if (a.isObject()) {
            a.fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        }
        return new Entry(text(n, "item_id"), orElse(text(n, "detector"), "unknown"),
                orElse(text(n, "detector_version"), "unknown"), orElse(text(n, "type"), "unknown"),
                orElse(text(n, "label"), ""), orElse(text(n, "explanation"), ""), text(n, "where"),
                n.path("confidence").asDouble(0), orElse(text(n, "severity"), "info"), text(n, "entity_type"),
                text(n, "entity_value"), orElse(text(n, "review_state"), "unreviewed"), text(n, "reviewed_by"),
                time(text(n, "reviewed_at")), text(n, "review_note"), attributes);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }

    private static String orElse(String v, String fallback) {
        return v == null ? fallback : v;
    }

    private static Instant time(String v) {
        try {
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
