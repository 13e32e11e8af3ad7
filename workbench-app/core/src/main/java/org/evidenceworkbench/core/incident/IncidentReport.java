package org.evidenceworkbench.core.incident;

import java.util.List;

/**
 * What {@link IncidentClusters} found.
 *
 * @param epsMetres  two media are neighbours within this distance...
 * @param epsMinutes ...and this many minutes of each other
 * @param minPoints  a dense core needs this many media in its neighbourhood, itself included
 * @param incidents  the clusters, earliest first
 * @param noise      placed media in no incident
 * @param unplaced   media without a time or a place, from the file or the claim
 */
public record IncidentReport(double epsMetres, double epsMinutes, int minPoints, List<Incident> incidents,
                             List<MediaPoint> noise, List<MediaPoint> unplaced) {
}
