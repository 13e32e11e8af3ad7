package org.evidenceworkbench.core.phone;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables and columns of one SQLite database, read once, so a parser can confirm the file is
 * what its name says and pick the columns this version of the app has.
 */
public final class SqliteSchema {

    private final Map<String, Set<String>> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final int userVersion;

    private SqliteSchema(int userVersion) {
        this.userVersion = userVersion;
    }

    static SqliteSchema read(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        int version;
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                version = r.next() ? r.getInt(1) : 0;
            }
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
        }
        SqliteSchema schema = new SqliteSchema(version);
        for (String table : tables) {
            Set<String> cols = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA table_info(\"" + table.replace("\"", "\"\"") + "\")")) {
                while (r.next()) {
                    cols.add(r.getString("name"));
                }
            }
            schema.columns.put(table, cols);
        }
        return schema;
    }

    public boolean has(String table) {
        return columns.containsKey(table);
    }

    public boolean has(String table, String column) {
        Set<String> cols = columns.get(table);
        return cols != null && cols.contains(column);
    }

    /** The column as a select expression, or SQL NULL where this version of the table lacks it. */
    public String col(String table, String column) {
        return has(table, column) ? table + "." + column : "NULL";
    }

    /** The database's {@code PRAGMA user_version}: apps bump it with each schema change. */
    public int userVersion() {
        return userVersion;
    }

    /**
     * What the database lacks of the given tables and columns, as a sentence part such as
     * "table sms lacks column body"; null when it has them all.
     */
    public String missing(Map<String, List<String>> required) {
        List<String> gaps = new ArrayList<>();
        required.forEach((table, cols) -> {
            if (!has(table)) {
                gaps.add("no table " + table);
            } else {
                cols.stream().filter(col -> !has(table, col))
                        .forEach(col -> gaps.add("table " + table + " lacks column " + col));
            }
        });
        return gaps.isEmpty() ? null : String.join(", ", gaps);
    }

    @Override
    public String toString() {
        return "user_version " + userVersion + ", tables " + String.join(", ", columns.keySet()).toLowerCase(Locale.ROOT);
    }
}
