package org.evidenceworkbench.core.training;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a trainee's triage compares with the answer key. Precision and recall count items: an item
 * is surfaced when the trainee tagged it, or confirmed one of its findings, or did so on something
 * inside it. Precision is null when nothing was surfaced (there is nothing to be precise about).
 */
public record TrainingScore(String scenario,
                            int keyItems,
                            int surfaced,
                            int correct,
                            Double precision,
                            double recall,
                            List<String> missedHighPriority,
                            List<String> notInKey,
                            int expectedTags,
                            int matchedTags,
                            int expectedFindings,
                            int confirmedFindings,
                            List<ItemResult> items,
                            List<String> people,
                            Instant started,
                            Instant finished,
                            @JsonIgnore Duration timeTaken) {

    public TrainingScore {
        missedHighPriority = List.copyOf(missedHighPriority);
        notInKey = List.copyOf(notInKey);
        items = List.copyOf(items);
        people = List.copyOf(people);
    }

    /** Whole seconds from the first ingest to the last decision, for JSON readers; null when unknown. */
    @JsonProperty("timeTakenSeconds")
    public Long timeTakenSeconds() {
        return timeTaken == null ? null : timeTaken.toSeconds();
    }

    /** One answer-key item: was it surfaced, which expected tags it got, how many expected findings were confirmed. */
    public record ItemResult(String path, AnswerKey.Priority priority, boolean surfaced, List<String> expectedTags,
                             List<String> givenTags, int expectedFindings, int confirmedFindings) {
        public ItemResult {
            expectedTags = List.copyOf(expectedTags);
            givenTags = List.copyOf(givenTags);
        }
    }
}
