package org.evidenceworkbench.core.incident;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.store.Rows;

/**
 * Groups a case's submitted pictures and videos into incidents by density clustering (DBSCAN) over
 * time and place. Each medium is placed by its own metadata where it has it (EXIF capture time and
 * GPS, as the ingest normalised them), else by its submission's claim, and says which was used.
 *
 * <p>EXIF time without a UTC offset is the camera's local clock: it is read in the offset of the
 * submitter's claimed time where the claim has one (the submitter was most likely in that zone),
 * else as if it were UTC — so media from cameras in different zones without offsets can be hours
 * apart here.
 */
public final class IncidentClusters {

    public static final double DEFAULT_EPS_METRES = 150;
    public static final double DEFAULT_EPS_MINUTES = 5;
    public static final int DEFAULT_MIN_POINTS = 3;

    private static final String QUERY = "SELECT i.id, i.path, i.taken_at, i.gps_latitude, i.gps_longitude,"
            + " s.submission_ref, s.claimed_time, s.claimed_latitude, s.claimed_longitude"
            + " FROM item i JOIN submission s ON s.id = i.submission_id"
            + " WHERE LOWER(i.category) IN ('picture', 'video') ORDER BY i.id";

    private final Case theCase;

    public IncidentClusters(Case theCase) {
        this.theCase = theCase;
    }

    /** Clusters the case's submitted media; eps in metres and minutes, minPoints as DBSCAN's. */
    public IncidentReport cluster(double epsMetres, double epsMinutes, int minPoints) {
        if (!(epsMetres > 0) || !(epsMinutes > 0) || minPoints < 1) {
            throw new WorkbenchException("The neighbourhood needs a distance and a time above zero, and at least one"
                    + " point: --eps-metres " + epsMetres + ", --eps-minutes " + epsMinutes + ", --min-points "
                    + minPoints + ".");
        }
        List<MediaPoint> placed = new ArrayList<>();
        List<MediaPoint> unplaced = new ArrayList<>();
        for (MediaPoint p : readPoints()) {
            (p.placed() ? placed : unplaced).add(p);
        }
        int[] labels = new Dbscan(Math.round(epsMinutes * 60_000), epsMetres, minPoints).cluster(placed);
        Map<Integer, List<MediaPoint>> byCluster = new TreeMap<>();
        List<MediaPoint> noise = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == Dbscan.NOISE) {
                noise.add(placed.get(i));
            } else {
                byCluster.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(placed.get(i));
            }
        }
        List<Incident> incidents = new ArrayList<>();
        byCluster.values().stream()
                .map(members -> members.stream().sorted(Comparator.comparing(MediaPoint::time)).toList())
                .sorted(Comparator.comparing(members -> members.get(0).time()))
                .forEach(members -> incidents.add(incident(incidents.size() + 1, members)));
        noise.sort(Comparator.comparing(MediaPoint::time));
        return new IncidentReport(epsMetres, epsMinutes, minPoints, incidents, noise, unplaced);
    }

    private static Incident incident(int number, List<MediaPoint> members) {
        double lat = members.stream().mapToDouble(MediaPoint::latitude).average().orElseThrow();
        double lon = members.stream().mapToDouble(MediaPoint::longitude).average().orElseThrow();
        double radius = members.stream()
                .mapToDouble(m -> GeoDistance.metres(lat, lon, m.latitude(), m.longitude())).max().orElse(0);
        return new Incident(number, members.get(0).time(), members.get(members.size() - 1).time(), lat, lon, radius,
                members);
    }

    private List<MediaPoint> readPoints() {
        List<MediaPoint> points = new ArrayList<>();
        try (Connection c = theCase.database().connection(); Statement s = c.createStatement()) {
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery(QUERY)) {
                while (rs.next()) {
                    points.add(point(rs));
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("The case's items could not be read (" + e.getMessage() + ").", e);
        }
        return points;
    }

    private static MediaPoint point(ResultSet rs) throws SQLException {
        String takenAt = rs.getString(3);
        Double exifLat = Rows.nullableDouble(rs, 4);
        Double exifLon = Rows.nullableDouble(rs, 5);
        String claimedTime = rs.getString(7);
        Double claimedLat = Rows.nullableDouble(rs, 8);
        Double claimedLon = Rows.nullableDouble(rs, 9);

        OffsetDateTime claim = parseOffset(claimedTime);
        Instant time = null;
        String timeSource = null;
        OffsetDateTime exif = parseOffset(takenAt);
        LocalDateTime exifLocal = exif == null ? parseLocal(takenAt) : null;
        if (exif != null) {
            time = exif.toInstant();
            timeSource = "exif";
        } else if (exifLocal != null) {
            time = exifLocal.toInstant(claim != null ? claim.getOffset() : ZoneOffset.UTC);
            timeSource = "exif-local";
        } else if (claim != null) {
            time = claim.toInstant();
            timeSource = "claim";
        } else if (parseLocal(claimedTime) != null) {
            time = parseLocal(claimedTime).toInstant(ZoneOffset.UTC);
            timeSource = "claim";
        }
        Double lat = null;
        Double lon = null;
        String placeSource = null;
        if (exifLat != null && exifLon != null) {
            lat = exifLat;
            lon = exifLon;
            placeSource = "exif";
        } else if (claimedLat != null && claimedLon != null) {
            lat = claimedLat;
            lon = claimedLon;
            placeSource = "claim";
        }
        return new MediaPoint(rs.getLong(1), rs.getString(2), rs.getString(6), time, timeSource, lat, lon,
                placeSource);
    }

    private static OffsetDateTime parseOffset(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime parseLocal(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
