package org.evidenceworkbench.core.bundle;

import java.time.Instant;
import java.util.Map;

/** A finding of an exported item, as findings.json and the CASE annotations carry it. */
public record ExportedFinding(long itemId, String sha256, String detector, String detectorVersion, String type,
                              String label, String explanation, String where, double confidence, String severity,
                              String entityType, String entityValue, String reviewState, String reviewedBy,
                              Instant reviewedAt, String reviewNote, Map<String, String> attributes) {

    public boolean isReviewed() {
        return reviewState != null && !"unreviewed".equals(reviewState);
    }
}
