package org.evidenceworkbench.samples.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * SQLite database files as apps write them, made with sqlite-jdbc: the schema, then rows, in one
 * transaction (so the same rows give the same file).
 */
public final class SqliteFiles {

    private SqliteFiles() {
    }

    /** One table's rows for {@link #write}: an INSERT with ? placeholders and the values of each row. */
    public record Rows(String insert, List<List<Object>> values) {
    }

    public static void write(Path file, List<String> schema, List<Rows> rows) throws IOException {
        try {
            Files.createDirectories(file.getParent());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    for (String ddl : schema) {
                        s.execute(ddl);
                    }
                }
                for (Rows table : rows) {
                    try (PreparedStatement p = c.prepareStatement(table.insert())) {
                        for (List<Object> row : table.values()) {
                            for (int i = 0; i < row.size(); i++) {
                                p.setObject(i + 1, row.get(i));
                            }
                            p.executeUpdate();
                        }
                    }
                }
                c.commit();
            }
        } catch (SQLException e) {
            throw new IOException("could not write the SQLite database " + file + ": " + e.getMessage(), e);
        }
    }
}
