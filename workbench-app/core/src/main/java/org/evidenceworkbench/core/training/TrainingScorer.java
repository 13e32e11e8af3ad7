package org.evidenceworkbench.core.training;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a trainee's work with an answer key (docs/training.md, "Scoring"). Each thing the
 * trainee marked counts for the key item it is, or is inside of; a mark outside every key item
 * counts once for its top-level file (so tagging three members of one unrelated zip is one miss
 * of precision, not three).
 */
public final class TrainingScorer {

    private static final String INSIDE = "!/";

    private TrainingScorer() {
    }

    public static TrainingScore score(AnswerKey key, TraineeWork work) {
        Map<String, Set<String>> tagsByKeyItem = new LinkedHashMap<>();
        Map<String, Set<AnswerKey.ExpectedFinding>> confirmedByKeyItem = new LinkedHashMap<>();
        Set<String> surfaced = new TreeSet<>();
        Set<String> notInKey = new TreeSet<>();
        for (TraineeWork.Mark mark : work.marks()) {
            String keyPath = keyItemOf(key, mark.path());
            if (keyPath == null) {
                String top = topLevel(mark.path());
                surfaced.add(top);
                notInKey.add(top);
            } else {
                surfaced.add(keyPath);
                tagsByKeyItem.computeIfAbsent(keyPath, k -> new HashSet<>()).addAll(mark.tags());
                confirmedByKeyItem.computeIfAbsent(keyPath, k -> new HashSet<>()).addAll(mark.confirmed());
            }
        }
        List<TrainingScore.ItemResult> items = new ArrayList<>();
        List<String> missedHigh = new ArrayList<>();
        int correct = 0;
        int expectedTags = 0;
        int matchedTags = 0;
        int expectedFindings = 0;
        int confirmedFindings = 0;
        for (AnswerKey.Item item : key.items()) {
            boolean found = surfaced.contains(item.path());
            Set<String> given = tagsByKeyItem.getOrDefault(item.path(), Set.of());
            Set<AnswerKey.ExpectedFinding> confirmed = confirmedByKeyItem.getOrDefault(item.path(), Set.of());
            List<String> matched = item.tags().stream().filter(given::contains).toList();
            int confirmedHere = (int) item.findings().stream().filter(confirmed::contains).count();
            if (found) {
                correct++;
            } else if (item.priority() == AnswerKey.Priority.HIGH) {
                missedHigh.add(item.path());
            }
            expectedTags += item.tags().size();
            matchedTags += matched.size();
            expectedFindings += item.findings().size();
            confirmedFindings += confirmedHere;
            items.add(new TrainingScore.ItemResult(item.path(), item.priority(), found, item.tags(),
                    new ArrayList<>(new TreeSet<>(given)), item.findings().size(), confirmedHere));
        }
        Double precision = surfaced.isEmpty() ? null : (double) correct / surfaced.size();
        double recall = key.items().isEmpty() ? 1.0 : (double) correct / key.items().size();
        Duration taken = work.firstIngest() == null || work.lastDecision() == null ? null
                : Duration.between(work.firstIngest(), work.lastDecision());
        return new TrainingScore(key.scenario(), key.items().size(), surfaced.size(), correct, precision, recall,
                missedHigh, new ArrayList<>(notInKey), expectedTags, matchedTags, expectedFindings, confirmedFindings,
                items, new ArrayList<>(new TreeSet<>(work.people())), work.firstIngest(), work.lastDecision(), taken);
    }

    /** The key item a path is, or is inside of (the innermost when key items nest); null for none. */
    private static String keyItemOf(AnswerKey key, String path) {
        String best = null;
        for (AnswerKey.Item item : key.items()) {
            boolean match = path.equals(item.path()) || path.startsWith(item.path() + INSIDE);
            if (match && (best == null || item.path().length() > best.length())) {
                best = item.path();
            }
        }
        return best;
    }

    private static String topLevel(String path) {
        int inside = path.indexOf(INSIDE);
        return inside < 0 ? path : path.substring(0, inside);
    }
}
