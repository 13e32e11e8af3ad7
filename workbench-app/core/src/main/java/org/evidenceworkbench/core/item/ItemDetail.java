package org.evidenceworkbench.core.item;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the case knows about one item, for {@code workbench show}: the summary, times,
 * type evidence, normalised metadata, raw metadata by group, provenance and children.
 */
public record ItemDetail(ItemSummary item, String name, int depth, String state, String extension,
                         String extensionType, Instant fsCreated, Instant fsModified, Instant fsAccessed,
                         String takenAt, Double gpsLatitude, Double gpsLongitude, String cameraMake,
                         String cameraModel, String author, String title, String mailFrom, String mailTo,
                         String mailSubject, Instant sentAt, String thumbnail, Instant ingestedAt,
                         Map<String, Object> metadata, Provenance provenance, TextInfo text,
                         List<ItemSummary> children, List<FindingInfo> findings, List<String> detectorErrors,
                         List<String> tags) {

    /**
     * Where the item came from: the source, the container chain, for packs the submission, and for
     * items imported from a bundle the bundle's record of them.
     */
    public record Provenance(String sourceKind, String sourceLocation, List<Long> ancestors,
                             SubmissionInfo submission, BundleOrigin bundle) {
    }

    /**
     * An imported item's origin: the bundle and who sent it, the exhibit, and the item as the
     * sender had it (id, path, source, hashes); {@code payload} is its copy in the case folder.
     */
    public record BundleOrigin(String bundleId, String organization, String contact, String caseReference,
                               String baggingDate, boolean forced, String exhibit, String originalItemId,
                               String originalPath, String originalSource, String originalMd5,
                               String originalSha1, String originalSha256, String payload) {
    }

    /** A crowdsourced submission as recorded from the pack's manifest. */
    public record SubmissionInfo(String ref, Instant receivedAt, String submitterRef, String claimedTime,
                                 Double claimedLatitude, Double claimedLongitude, String claimedPlace,
                                 String description, String problems) {
    }

    /**
     * A detector's finding on the item, with its review. {@code where} describes the location
     * ("line 3, characters 120–133"); the identifier's value itself is in {@code label}, masked
     * where it is sensitive.
     */
    public record FindingInfo(long id, String detector, String detectorVersion, String type, String label,
                              String explanation, String where, double confidence, String severity,
                              String entityType, String reviewState, String reviewedBy, Instant reviewedAt,
                              String reviewNote) {
    }

    /** How much text was extracted, and its beginning. */
    public record TextInfo(int length, boolean truncated, String preview) {
    }
}
