package org.evidenceworkbench.core.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.evidenceworkbench.core.WorkbenchException;

/**
 * What a good triage of a training case surfaces: the items (by their path in the case, as the
 * ingest names them), the findings each should carry and the tags a trainee should give it. The
 * JSON form is documented in docs/training.md; the generator writes it, training scoring reads it.
 * An item stands for itself and for everything inside it (archive members, mailbox messages,
 * attachments), so a finding or a tag on any of those counts for the item.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerKey(@JsonProperty("format") int format,
                        @JsonProperty("scenario") String scenario,
                        @JsonProperty("size") String size,
                        @JsonProperty("seed") long seed,
                        @JsonProperty("items") List<Item> items) {

    /** The version of the JSON form; raised when a reader would misread a newer key. */
    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public AnswerKey {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** How urgently a trainee should surface an item; missing a high one is called out in the score. */
    public enum Priority {
        HIGH, MEDIUM, LOW;

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Priority parse(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** A finding the detectors should report: its type (e.g. {@code iban}) and entity value as detectors normalise it. */
    public record ExpectedFinding(@JsonProperty("type") String type, @JsonProperty("entity") String entity) {
    }

    /**
     * One item a good triage surfaces. {@code duplicateOf}, where set, is the path of the picture
     * this one is an exact or near-duplicate copy of (the near-duplicate grouping puts them in one
     * group); it is absent from the JSON for every other item.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@JsonProperty("path") String path,
                       @JsonProperty("priority") Priority priority,
                       @JsonProperty("why") String why,
                       @JsonProperty("findings") List<ExpectedFinding> findings,
                       @JsonProperty("tags") List<String> tags,
                       @JsonProperty("duplicateOf") String duplicateOf) {
        public Item {
            findings = findings == null ? List.of() : List.copyOf(findings);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        /** An item that is not a copy of another. */
        public Item(String path, Priority priority, String why, List<ExpectedFinding> findings, List<String> tags) {
            this(path, priority, why, findings, tags, null);
        }
    }

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
            out.write('\n');
        }
    }

    /** Reads a key; a file that is not a key (or a newer format) is refused with the reason. */
    public static AnswerKey read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            AnswerKey key = JSON.readValue(in, AnswerKey.class);
            if (key.format() > FORMAT) {
                throw new WorkbenchException("The answer key " + file + " is format " + key.format()
                        + "; this workbench reads format " + FORMAT + " and older. Use a newer workbench.");
            }
            return key;
        } catch (IOException e) {
            throw new WorkbenchException("The answer key " + file + " cannot be read (" + e.getMessage()
                    + "); give the answer-key.json a sample case was generated with.", e);
        }
    }
}
