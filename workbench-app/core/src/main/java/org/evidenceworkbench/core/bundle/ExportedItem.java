package org.evidenceworkbench.core.bundle;

import java.time.Instant;
import java.util.List;

/**
 * One selected item as every bundle file needs it: identity, where it came from, hashes, times,
 * camera facts and tags. {@code payload} and {@code thumbnail} are the paths inside the bag
 * relative to {@code data/}, or null when the bundle carries none.
 */
public record ExportedItem(long id, long sourceId, String sourceKind, String sourceName, String sourceLocation, String submissionRef,
                           String path, String name, int depth, String category, String mimeType, String extension,
                           Long size, String md5, String sha1, String sha256, Instant created, Instant modified,
                           Instant accessed, String takenAt, Double latitude, Double longitude, String cameraMake,
                           String cameraModel, String caseThumbnail, List<String> tags, String payload,
                           String thumbnail) {

    /** The exhibit reference: the source's name, and the submission for submission-pack items. */
    public String exhibit() {
        return submissionRef == null ? sourceName : sourceName + "/" + submissionRef;
    }

    public boolean isPicture() {
        return "picture".equals(category);
    }

    public boolean isVideo() {
        return "video".equals(category);
    }

    public boolean hasLocation() {
        return latitude != null && longitude != null;
    }

    public ExportedItem withContent(String payloadPath, String thumbnailPath) {
        return new ExportedItem(id, sourceId, sourceKind, sourceName, sourceLocation, submissionRef, path, name, depth, category,
                mimeType, extension, size, md5, sha1, sha256, created, modified, accessed, takenAt, latitude,
                longitude, cameraMake, cameraModel, caseThumbnail, tags, payloadPath, thumbnailPath);
    }
}
