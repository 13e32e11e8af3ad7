package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.audit.AuditLog;

/**
 * data/metadata/audit.jsonl: the case's audit entries about the exported items, one JSON object a
 * line, unchanged, with their chain hashes. Taken: the case's creation; every ingest entry of a
 * source an exported item came from; every entry naming an exported item (reviews of its
 * findings, its tags). Case-wide entries about other items are left out, so the lines are a
 * subset of the chain: each entry's own hash can still be re-computed by a receiver.
 */
final class AuditJsonlWriter {

    private AuditJsonlWriter() {
    }

    /** The case's last audit entry when the bundle was written: a receiver can tell a shortened chain by it. */
    record Head(long seq, String hash) {
        @Override
        public String toString() {
            return seq + " " + hash;
        }
    }

    /** Writes the entries about the items; returns the head of the whole chain. */
    static Head write(Path file, AuditLog log, BitSet items, Set<String> sourceLocations) throws IOException {
        long[] written = {0};
        Head[] head = {new Head(0, "")};
        try (OutputStream out = Files.newOutputStream(file)) {
            log.forEach(e -> {
                head[0] = new Head(e.seq(), e.hash());
                if (about(e, items, sourceLocations)) {
                    try {
                        JsonGenerator g = JsonFiles.FACTORY.createGenerator(out);
                        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        g.writeStartObject();
                        g.writeNumberField("seq", e.seq());
                        g.writeStringField("at", e.at().toString());
                        g.writeStringField("actor", e.actor());
                        g.writeStringField("action", e.action());
                        g.writeStringField("details", e.details());
                        g.writeStringField("prevHash", e.prevHash());
                        g.writeStringField("hash", e.hash());
                        g.writeEndObject();
                        g.close();
                        out.write('\n');
                        written[0]++;
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return head[0];
    }

    private static boolean about(AuditEntry e, BitSet items, Set<String> sourceLocations) {
        if ("case.created".equals(e.action())) {
            return true;
        }
        JsonNode details;
        try {
            details = JsonFiles.MAPPER.readTree(e.details());
        } catch (IOException unreadable) {
            return false;
        }
        if (e.action().startsWith("ingest.")) {
            return sourceLocations.contains(details.path("source").asText(""));
        }
        JsonNode item = details.get("item");
        return item != null && item.canConvertToLong() && item.asLong() <= Integer.MAX_VALUE
                && items.get((int) item.asLong());
    }
}
