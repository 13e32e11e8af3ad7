package org.evidenceworkbench.core.ingest;

import java.util.Map;

import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.source.Submission;

/**
 * Puts a submission's claims into the metadata of each of its items, group {@value #GROUP}, so
 * detectors (which see items, not submissions) can weigh the claims against the file's own
 * metadata, and a redetect finds them in the case as well. The submission table stays the record.
 */
final class SubmissionClaims {

    static final String GROUP = "Submission";

    private final Map<Long, Submission> byId;

    SubmissionClaims(Map<Long, Submission> byId) {
        this.byId = Map.copyOf(byId);
    }

    /** Adds the claims of submission {@code submissionId} (if any) to {@code facts}. */
    void addTo(Long submissionId, ExtractedFacts facts) {
        Submission s = submissionId == null ? null : byId.get(submissionId);
        if (s == null) {
            return;
        }
        facts.put(GROUP, "Submission Ref", s.ref());
        facts.put(GROUP, "Claimed Time", s.claimedTime());
        facts.put(GROUP, "Claimed Latitude", s.claimedLatitude() == null ? null : s.claimedLatitude().toString());
        facts.put(GROUP, "Claimed Longitude", s.claimedLongitude() == null ? null : s.claimedLongitude().toString());
        facts.put(GROUP, "Claimed Place", s.claimedPlace());
    }
}
