package org.evidenceworkbench.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.evidenceworkbench.core.WorkbenchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a case database to the schema this version of the workbench knows. Each migration is a
 * SQL script {@code db/migration/V<n>.sql} on the class path, applied once, in order, in its own
 * transaction; {@code schema_version} records which ran. A case from a newer workbench is refused
 * rather than guessed at.
 */
final class SchemaMigrator {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

    /** The migrations in order; the last one is the schema version this code writes. */
    static final List<String> MIGRATIONS = List.of("V1.sql", "V2.sql", "V3.sql", "V4.sql", "V5.sql", "V6.sql",
            "V7.sql", "V8.sql");

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    void migrate(Connection c) throws SQLException {
        int current = currentVersion(c);
        refuseNewer(current);
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= latestVersion(); v++) {
                apply(c, v, MIGRATIONS.get(v - 1));
                c.commit();
                log.info("Case database migrated to schema version {}", v);
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    void checkReadable(Connection c) throws SQLException {
        int current = currentVersion(c);
        refuseNewer(current);
        if (current < latestVersion()) {
            throw new WorkbenchException("This case was made by an older workbench (schema " + current
                    + "); run any command that changes it, such as an ingest, to upgrade it first.");
        }
    }

    private static void refuseNewer(int current) {
        if (current > latestVersion()) {
            throw new WorkbenchException("This case was made by a newer version of the workbench (schema "
                    + current + "; this version knows up to " + latestVersion()
                    + "); open it with that version or newer.");
        }
    }

    static int currentVersion(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet tables = meta.getTables(null, null, "SCHEMA_VERSION", null)) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(Connection c, int version, String resource) throws SQLException {
        String sql = readScript("/db/migration/" + resource);
        try (Statement s = c.createStatement()) {
            for (String statement : sql.split(";\\s*\\n")) {
                String trimmed = stripComments(statement);
                if (!trimmed.isEmpty()) {
                    s.execute(trimmed);
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, version);
            p.setString(2, resource);
            p.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
            p.executeUpdate();
        }
    }

    private static String stripComments(String statement) {
        StringBuilder out = new StringBuilder();
        for (String line : statement.split("\n")) {
            if (!line.strip().startsWith("--")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().strip();
    }

    private static String readScript(String resource) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + resource, e);
        }
    }
}
