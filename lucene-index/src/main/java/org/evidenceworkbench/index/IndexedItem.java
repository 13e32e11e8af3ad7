package org.evidenceworkbench.index;

import java.time.Instant;
import java.util.List;

/**
 * One item as the index sees it. Times are instants; a camera time recorded without an offset is
 * given as if it were UTC, so it compares as written. Lists may be empty, never null.
 */
public record IndexedItem(
        long id,
        String source,
        String submission,
        String path,
        String name,
        String extension,
        String category,
        String mimeType,
        Long size,
        String md5,
        String sha1,
        String sha256,
        Instant created,
        Instant modified,
        Instant accessed,
        Instant taken,
        Instant sent,
        String cameraMake,
        String cameraModel,
        String author,
        String title,
        String mailFrom,
        String mailTo,
        String mailSubject,
        String text,
        Double latitude,
        Double longitude,
        String outcome,
        List<String> flags,
        List<String> tags,
        List<String> findings,
        List<String> reviewStates,
        List<String> detectors,
        Long nearDuplicateGroup) {

    public IndexedItem {
        flags = flags == null ? List.of() : List.copyOf(flags);
        tags = tags == null ? List.of() : List.copyOf(tags);
        findings = findings == null ? List.of() : List.copyOf(findings);
        reviewStates = reviewStates == null ? List.of() : List.copyOf(reviewStates);
        detectors = detectors == null ? List.of() : List.copyOf(detectors);
    }

    /** An item without findings or tags yet. */
    public IndexedItem(long id, String source, String submission, String path, String name, String extension,
                       String category, String mimeType, Long size, String md5, String sha1, String sha256,
                       Instant created, Instant modified, Instant accessed, Instant taken, Instant sent,
                       String cameraMake, String cameraModel, String author, String title, String mailFrom,
                       String mailTo, String mailSubject, String text, Double latitude, Double longitude,
                       String outcome, List<String> flags, List<String> tags, List<String> findings,
                       List<String> reviewStates) {
        this(id, source, submission, path, name, extension, category, mimeType, size, md5, sha1, sha256, created,
                modified, accessed, taken, sent, cameraMake, cameraModel, author, title, mailFrom, mailTo,
                mailSubject, text, latitude, longitude, outcome, flags, tags, findings, reviewStates, List.of(), null);
    }

    /**
     * The same item with what people and detectors added: tags, finding types, review states of
     * its findings, and the detectors that found something.
     */
    public IndexedItem withLabels(List<String> newTags, List<String> findingTypes, List<String> newReviewStates,
                                  List<String> detectorIds) {
        return new IndexedItem(id, source, submission, path, name, extension, category, mimeType, size, md5, sha1,
                sha256, created, modified, accessed, taken, sent, cameraMake, cameraModel, author, title, mailFrom,
                mailTo, mailSubject, text, latitude, longitude, outcome, flags, newTags, findingTypes,
                newReviewStates, detectorIds, nearDuplicateGroup);
    }

    /**
     * The same item as a member of a group of near-duplicate pictures, named by the group's
     * representative item; null when it belongs to none.
     */
    public IndexedItem withNearDuplicateGroup(Long group) {
        return new IndexedItem(id, source, submission, path, name, extension, category, mimeType, size, md5, sha1,
                sha256, created, modified, accessed, taken, sent, cameraMake, cameraModel, author, title, mailFrom,
                mailTo, mailSubject, text, latitude, longitude, outcome, flags, tags, findings, reviewStates,
                detectors, group);
    }

    /** The time an item is placed at on a timeline: taken, else sent, else modified. */
    public Instant when() {
        return taken != null ? taken : sent != null ? sent : modified;
    }
}
