package org.evidenceworkbench.core.bundle;

import static org.evidenceworkbench.core.bundle.JsonFiles.stringOrNull;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

/** data/metadata/findings.json: a JSON array with one object per finding of the exported items. */
final class FindingsJsonWriter implements Closeable {

    private final JsonGenerator g;

    FindingsJsonWriter(Path file) throws IOException {
        g = JsonFiles.open(file, true);
        g.writeStartArray();
    }

    void write(ExportedFinding f) throws IOException {
        g.writeStartObject();
        g.writeNumberField("item_id", f.itemId());
        stringOrNull(g, "sha256", f.sha256());
        g.writeStringField("detector", f.detector());
        g.writeStringField("detector_version", f.detectorVersion());
        g.writeStringField("type", f.type());
        g.writeStringField("label", f.label());
        g.writeStringField("explanation", f.explanation());
        g.writeStringField("where", f.where());
        g.writeNumberField("confidence", f.confidence());
        g.writeStringField("severity", f.severity());
        stringOrNull(g, "entity_type", f.entityType());
        stringOrNull(g, "entity_value", f.entityValue());
        g.writeStringField("review_state", f.reviewState());
        stringOrNull(g, "reviewed_by", f.reviewedBy());
        stringOrNull(g, "reviewed_at", f.reviewedAt() == null ? null : f.reviewedAt().toString());
        stringOrNull(g, "review_note", f.reviewNote());
        g.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> a : f.attributes().entrySet()) {
            g.writeStringField(a.getKey(), a.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        if (!g.isClosed()) {
            g.writeEndArray();
            g.close();
        }
    }
}
