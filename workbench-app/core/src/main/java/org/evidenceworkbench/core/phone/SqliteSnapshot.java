package org.evidenceworkbench.core.phone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A working copy of an evidence database and its write-ahead log, opened with sqlite-jdbc.
 * Opening a WAL database writes to it (SQLite builds its -shm index and checkpoints on close),
 * so the evidence is never opened: the copy is, in the case's scratch folder, and it is deleted
 * on close. With the -wal beside it, rows not yet checkpointed into the main file are read too.
 */
final class SqliteSnapshot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SqliteSnapshot.class);
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path copy;
    private final Connection connection;
    final boolean withWal;

    private SqliteSnapshot(Path copy, Connection connection, boolean withWal) {
        this.copy = copy;
        this.connection = connection;
        this.withWal = withWal;
    }

    /** True when the file starts with SQLite's header. */
    static boolean isSqlite(Path file) {
        byte[] head = new byte[MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    static SqliteSnapshot open(Path database, Path wal, Path workDir) throws IOException, SQLException {
        Files.createDirectories(workDir);
        Path copy = Files.createTempFile(workDir, "phone-db", ".sqlite");
        try {
            Files.copy(database, copy, StandardCopyOption.REPLACE_EXISTING);
            boolean withWal = wal != null && Files.isRegularFile(wal) && Files.size(wal) > 0;
            if (withWal) {
                Files.copy(wal, sidecar(copy, "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1"); // a parser bug must not even change the copy
            }
            return new SqliteSnapshot(copy, c, withWal);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteCopies(copy);
            throw e;
        }
    }

    Connection connection() {
        return connection;
    }

    /** The working copy's main file, for the freed-space scan (read after the WAL is checkpointed into it). */
    Path copy() {
        return copy;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            log.warn("Could not close the working copy {}", copy, e);
        }
        deleteCopies(copy);
    }

    private static Path sidecar(Path db, String suffix) {
        return db.resolveSibling(db.getFileName() + suffix);
    }

    private static void deleteCopies(Path copy) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(sidecar(copy, suffix));
            } catch (IOException e) {
                log.warn("Could not delete the working copy {}{}", copy, suffix, e);
            }
        }
    }
}
