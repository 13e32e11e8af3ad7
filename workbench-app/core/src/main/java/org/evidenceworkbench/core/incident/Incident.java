package org.evidenceworkbench.core.incident;

import java.time.Instant;
import java.util.List;

/**
 * A cluster of media taken close together in time and space.
 *
 * @param number          1 for the earliest incident, then in time order
 * @param start           the earliest member's time
 * @param end             the latest member's time
 * @param centreLatitude  the members' mean position
 * @param centreLongitude the members' mean position
 * @param radiusMetres    the furthest member's distance from the centre
 * @param members         the media, in time order
 */
public record Incident(int number, Instant start, Instant end, double centreLatitude, double centreLongitude,
                       double radiusMetres, List<MediaPoint> members) {
}
