package org.evidenceworkbench.core.training;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a trainee did on a case, as training scoring needs it: each item they marked (tagged, or
 * whose finding they confirmed) with its tags and confirmed findings, who worked, and the time
 * from the first ingest to the last decision (null when the audit log has none).
 */
public record TraineeWork(List<Mark> marks, Set<String> people, Instant firstIngest, Instant lastDecision) {

    public TraineeWork {
        marks = List.copyOf(marks);
        people = Set.copyOf(people);
    }

    /** One marked item, by its path in the case. */
    public record Mark(String path, Set<String> tags, Set<AnswerKey.ExpectedFinding> confirmed) {
        public Mark {
            tags = Set.copyOf(tags);
            confirmed = Set.copyOf(confirmed);
        }
    }
}
