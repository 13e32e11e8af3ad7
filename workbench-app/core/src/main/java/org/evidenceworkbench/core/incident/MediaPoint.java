package org.evidenceworkbench.core.incident;

import java.time.Instant;

/**
 * One submitted picture or video placed in time and space, with where each came from.
 *
 * @param itemId        the item's id
 * @param path          the item's path
 * @param submissionRef the pack's own submission id
 * @param time          when it was taken, as an instant, or null if neither the file nor the claim says
 * @param timeSource    {@code exif} (with its UTC offset), {@code exif-local} (camera local time read in the
 *                      claim's offset, or as UTC where the claim has none), {@code claim}, or null
 * @param latitude      WGS84 decimal degrees, or null
 * @param longitude     WGS84 decimal degrees, or null
 * @param placeSource   {@code exif} (the file's GPS) or {@code claim}, or null
 */
public record MediaPoint(long itemId, String path, String submissionRef, Instant time, String timeSource,
                         Double latitude, Double longitude, String placeSource) {

    /** Whether the point has both a time and a place, and so can be clustered. */
    public boolean placed() {
        return time != null && latitude != null && longitude != null;
    }
}
