package org.evidenceworkbench.core.extract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.tika.metadata.Message;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.item.Outcome;

/**
 * What one Tika parse of a document gave: its text (up to the limit), its metadata as Tika names
 * it, and, if the parse failed, the outcome and the reason. Plain values only, so it crosses from a
 * parser process to the ingest unchanged.
 *
 * @param outcome  {@link Outcome#OK}, or what went wrong (encrypted, corrupt, timed out, crashed)
 * @param reason   why, in a sentence for the examiner; null when OK
 * @param metadata Tika's metadata names and their values, in Tika's order
 */
public record ParsedDocument(Outcome outcome, String reason, String text, boolean truncated,
                             Map<String, List<String>> metadata) {

    /** A parse that gave nothing: the parser never finished (it hung, crashed or ran out of memory). */
    public static ParsedDocument failed(Outcome outcome, String reason) {
        return new ParsedDocument(outcome, reason, "", false, Map.of());
    }

    static Map<String, List<String>> valuesOf(Metadata metadata) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String key : metadata.names()) {
            values.put(key, List.copyOf(Arrays.asList(metadata.getValues(key))));
        }
        return values;
    }

    /** Records the outcome, text and metadata on the item's facts, with the fields search uses pulled out. */
    public void applyTo(ExtractedFacts facts) {
        if (outcome != Outcome.OK) {
            facts.fail(outcome, reason);
        }
        facts.text = text;
        facts.textTruncated = truncated;
        if (truncated) {
            facts.flags.add(ItemFlag.TEXT_TRUNCATED);
        }
        metadata.forEach((key, values) -> facts.put("tika", key, values.size() == 1 ? values.get(0) : values));
        facts.author = first(TikaCoreProperties.CREATOR.getName());
        facts.title = first(TikaCoreProperties.TITLE.getName());
        String from = first(Message.MESSAGE_FROM);
        if (from != null) {
            facts.mailFrom = from;
            List<String> to = metadata.getOrDefault(Message.MESSAGE_TO, List.of());
            facts.mailTo = to.isEmpty() ? null : String.join(", ", to);
            facts.mailSubject = first("dc:subject") != null ? first("dc:subject") : facts.title;
            Metadata dates = new Metadata();
            List<String> created = metadata.get(TikaCoreProperties.CREATED.getName());
            if (created != null && !created.isEmpty()) {
                dates.set(TikaCoreProperties.CREATED.getName(), created.get(0));
            }
            facts.sentAt = dates.getDate(TikaCoreProperties.CREATED) == null ? null
                    : dates.getDate(TikaCoreProperties.CREATED).toInstant();
        }
    }

    private String first(String key) {
        List<String> values = metadata.get(key);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String v = values.get(0);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
