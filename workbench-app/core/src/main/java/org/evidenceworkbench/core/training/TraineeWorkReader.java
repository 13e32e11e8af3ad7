package org.evidenceworkbench.core.training;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;

/** Reads a trainee's tags, confirmed findings and working time from a case's tables and audit log. */
public final class TraineeWorkReader {

    private TraineeWorkReader() {
    }

    public static TraineeWork read(Case theCase) {
        Map<String, Set<String>> tags = new TreeMap<>();
        Map<String, Set<AnswerKey.ExpectedFinding>> confirmed = new TreeMap<>();
        Set<String> people = new HashSet<>();
        try (Connection c = theCase.database().connection()) {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT i.path, t.tag, t.tagged_by FROM tag t JOIN item i ON i.id = t.item_id");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    people.add(rs.getString(3));
                }
            }
            try (PreparedStatement p = c.prepareStatement("SELECT i.path, f.type, f.entity_value, f.reviewed_by"
                    + " FROM finding f JOIN item i ON i.id = f.item_id WHERE f.review_state = 'confirmed'");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    confirmed.computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                            .add(new AnswerKey.ExpectedFinding(rs.getString(2), rs.getString(3)));
                    people.add(rs.getString(4));
                }
            }
            Instant firstIngest = time(c, "SELECT MIN(at) FROM audit WHERE action = 'ingest.started'");
            Instant lastDecision = time(c, "SELECT MAX(at) FROM audit WHERE action IN"
                    + " ('item.tagged', 'finding.confirmed', 'finding.dismissed')");
            Set<String> paths = new TreeSet<>(tags.keySet());
            paths.addAll(confirmed.keySet());
            List<TraineeWork.Mark> marks = new ArrayList<>();
            for (String path : paths) {
                marks.add(new TraineeWork.Mark(path, tags.getOrDefault(path, Set.of()),
                        confirmed.getOrDefault(path, Set.of())));
            }
            return new TraineeWork(marks, people, firstIngest, lastDecision);
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the trainee's work from the case (" + e.getMessage() + ").", e);
        }
    }

    private static Instant time(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
            rs.next();
            OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
    }
}
