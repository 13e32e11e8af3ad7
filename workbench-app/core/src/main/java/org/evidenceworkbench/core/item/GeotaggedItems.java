package org.evidenceworkbench.core.item;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;

/**
 * The items that carry a position (from EXIF GPS), streamed in id order for a map. Positions
 * outside the earth's range are left out: a damaged tag must not put a point off the map.
 */
public final class GeotaggedItems {

    /** One geotagged item; {@code takenAt} is the camera's time as recorded, or null. */
    public record Place(long id, String path, double latitude, double longitude, String takenAt) {
    }

    private final Case theCase;

    public GeotaggedItems(Case theCase) {
        this.theCase = theCase;
    }

    public void forEach(Consumer<Place> sink) {
        try (Connection c = theCase.database().connection();
             PreparedStatement p = c.prepareStatement("SELECT id, path, gps_latitude, gps_longitude, taken_at"
                     + " FROM item WHERE gps_latitude BETWEEN -90 AND 90 AND gps_longitude BETWEEN -180 AND 180"
                     + " ORDER BY id")) {
            p.setFetchSize(5000);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Place(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                            rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the items' positions; the case database may be damaged.", e);
        }
    }
}
