package org.evidenceworkbench.core.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.source.SourceKind;
import org.evidenceworkbench.core.source.Submission;
import org.evidenceworkbench.core.store.CaseDatabase;

/** The case's record of its sources and their submissions, as the ingest keeps it. */
final class SourceRegistry {

    enum State { INGESTING, COMPLETE, INTERRUPTED }

    record Registered(long id, SourceKind kind, State state, boolean existed) {
    }

    private final CaseDatabase db;

    SourceRegistry(CaseDatabase db) {
        this.db = db;
    }

    Registered findOrCreate(String location, String name, SourceKind kind) {
        try (Connection c = db.connection()) {
            try (PreparedStatement p = c.prepareStatement("SELECT id, kind, state FROM source WHERE location = ?")) {
                p.setString(1, location);
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        return new Registered(rs.getLong(1), SourceKind.valueOf(rs.getString(2)),
                                State.valueOf(rs.getString(3)), true);
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO source (kind, location, name, state, added_at) VALUES (?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, kind.name());
                p.setString(2, location);
                p.setString(3, name);
                p.setString(4, State.INGESTING.name());
                p.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    return new Registered(keys.getLong(1), kind, State.INGESTING, false);
                }
            }
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    void setState(long sourceId, State state) {
        try (Connection c = db.connection();
             PreparedStatement p = c.prepareStatement("UPDATE source SET state = ?, completed_at = ? WHERE id = ?")) {
            p.setString(1, state.name());
            if (state == State.COMPLETE) {
                p.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            } else {
                p.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            p.setLong(3, sourceId);
            p.executeUpdate();
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    /**
     * A pack's saved submissions.
     *
     * @param byFile the submission id of each file the manifest lists, by its path relative to the pack root
     * @param byId   each submission by its id in the case
     */
    record SavedSubmissions(Map<String, Long> byFile, Map<Long, Submission> byId) {

        static final SavedSubmissions NONE = new SavedSubmissions(Map.of(), Map.of());
    }

    /** Saves a pack's submissions (once; a resumed ingest finds them saved). */
    SavedSubmissions saveSubmissions(long sourceId, List<Submission> submissions) {
        Map<String, Long> byFile = new HashMap<>();
        Map<Long, Submission> byId = new HashMap<>();
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            for (Submission s : submissions) {
                long id = existing(c, sourceId, s.ref());
                if (id < 0) {
                    id = insert(c, sourceId, s);
                }
                byId.putIfAbsent(id, s);
                for (String f : s.files()) {
                    byFile.putIfAbsent(f, id);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw storeFailure(e);
        }
        return new SavedSubmissions(byFile, byId);
    }

    private static long existing(Connection c, long sourceId, String ref) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT id FROM submission WHERE source_id = ? AND submission_ref = ?")) {
            p.setLong(1, sourceId);
            p.setString(2, ref);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    private static long insert(Connection c, long sourceId, Submission s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO submission (source_id, submission_ref, received_at,"
                + " submitter_ref, claimed_time, claimed_latitude, claimed_longitude, claimed_place, description,"
                + " files, problems) VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, sourceId);
            p.setString(2, s.ref());
            p.setObject(3, s.receivedAt() == null ? null : OffsetDateTime.ofInstant(s.receivedAt(), ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            p.setString(4, s.submitterRef());
            p.setString(5, s.claimedTime());
            p.setObject(6, s.claimedLatitude(), Types.DOUBLE);
            p.setObject(7, s.claimedLongitude(), Types.DOUBLE);
            p.setString(8, s.claimedPlace());
            p.setString(9, s.description());
            p.setString(10, String.join(";", s.files()));
            p.setString(11, s.problems().isEmpty() ? null : String.join("; ", s.problems()));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    long nextItemId() {
        try (Connection c = db.connection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM item")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw storeFailure(e);
        }
    }

    private static WorkbenchException storeFailure(SQLException e) {
        return new WorkbenchException("Could not update the case database; check the disk has space and the "
                + "case folder is writable.", e);
    }
}
