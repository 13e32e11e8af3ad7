package org.evidenceworkbench.index;

import java.time.Instant;
import java.util.List;

/**
 * One matching item, with enough to show it in a list without a trip to the case database.
 *
 * @param snippets           passages of the item's text with the matches marked between « and »
 * @param nearDuplicateGroup the near-duplicate picture group it belongs to (its representative's
 *                           id; search {@code group:N} for the others), or null
 */
public record SearchHit(long id, String path, String name, String category, String mimeType, Long size,
                        String sha256, Instant time, String outcome, Double latitude, Double longitude, float score,
                        List<String> snippets, Long nearDuplicateGroup) {
}
