package org.evidenceworkbench.core.phone.browser;

import static org.evidenceworkbench.core.phone.Columns.real;
import static org.evidenceworkbench.core.phone.Columns.text;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.phone.Artefact;
import org.evidenceworkbench.core.phone.ArtefactKind;
import org.evidenceworkbench.core.phone.ArtefactSink;
import org.evidenceworkbench.core.phone.PhoneDatabase;
import org.evidenceworkbench.core.phone.PhoneTimes;
import org.evidenceworkbench.core.phone.SqliteSchema;

/** Safari's {@code History.db} (iOS and macOS): {@code history_visits} of {@code history_items}, seconds since 2001. */
public final class SafariHistory implements PhoneDatabase {

    @Override
    public String name() {
        return "Safari history (History.db)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("/history.db") || lowerPath.equals("history.db");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("history_items", List.of("id", "url"), "history_visits", List.of("id", "history_item", "visit_time"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT v.id AS id, v.visit_time AS at, " + (s.has("history_visits", "title") ? "v.title" : "NULL")
                + " AS title, i.url AS url FROM history_visits v JOIN history_items i ON i.id = v.history_item ORDER BY v.id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                Artefact a = new Artefact(ArtefactKind.WEB_VISIT, "Safari", "history_visits", r.getLong("id"));
                a.time = PhoneTimes.apple(real(r, "at"));
                a.title = text(r, "title");
                a.field("URL", text(r, "url"));
                out.artefact(a);
            }
        }
    }
}
