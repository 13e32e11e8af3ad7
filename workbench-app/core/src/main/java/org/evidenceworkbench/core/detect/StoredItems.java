package org.evidenceworkbench.core.detect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading items back from the case database for detectors run after the ingest. */
final class StoredItems {

    /** The columns {@link #withFile} reads, in its order; {@code i} is the item table. */
    static final String COLUMNS = "i.id, i.path, i.name, i.category, i.mime_type, i.size, i.md5, i.sha1, i.sha256,"
            + " i.metadata, t.content, i.depth, s.kind, s.location, o.payload";
    /** What {@link #COLUMNS} needs joined to the item table. */
    static final String JOINS = " JOIN source s ON s.id = i.source_id LEFT JOIN item_text t ON t.item_id = i.id"
            + " LEFT JOIN item_origin o ON o.item_id = i.id";

    private StoredItems() {
    }

    /** The item of the current row, its bytes read from where the case knows them to be. */
    static StoredItemView inCase(ResultSet rs, Path caseRoot) throws SQLException {
        Path file = null;
        if ("BUNDLE".equals(rs.getString(13))) {
            // an imported item is read from the copy the import made in the case folder, if one came
            String payload = rs.getString(15);
            file = payload == null ? null : caseRoot.resolve(payload);
        } else if (rs.getInt(12) == 0) {
            // a top-level item is the source file itself, or a file directly in a source folder
            Path location = Path.of(rs.getString(14));
            file = Files.isDirectory(location) ? location.resolve(rs.getString(2)) : location;
        }
        return withFile(rs, file);
    }

    /** The item of the current row, its bytes read from {@code file}. */
    static StoredItemView withFile(ResultSet rs, Path file) throws SQLException {
        return new StoredItemView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                file);
    }
}
