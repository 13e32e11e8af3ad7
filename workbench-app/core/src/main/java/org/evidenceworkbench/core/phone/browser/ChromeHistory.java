package org.evidenceworkbench.core.phone.browser;

import static org.evidenceworkbench.core.phone.Columns.number;
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

/**
 * Chrome's and Chromium's {@code History} (on Android, desktops, and browsers built on
 * Chromium): each row of {@code visits} is a web visit, each of {@code keyword_search_terms} a
 * search, each of {@code downloads} a web visit with what was saved and where. Times are
 * microseconds since 1601.
 */
public final class ChromeHistory implements PhoneDatabase {

    private static final String APP = "Chrome";

    @Override
    public String name() {
        return "Chrome/Chromium history (History)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("/history") || lowerPath.equals("history");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("urls", List.of("id", "url"), "visits", List.of("id", "url", "visit_time"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String visits = "SELECT visits.id AS id, visits.visit_time AS at, " + s.col("visits", "visit_duration")
                + " AS duration, urls.url AS url, " + s.col("urls", "title") + " AS title"
                + " FROM visits JOIN urls ON urls.id = visits.url ORDER BY visits.id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(visits)) {
            while (r.next() && !out.stop()) {
                Artefact a = new Artefact(ArtefactKind.WEB_VISIT, APP, "visits", r.getLong("id"));
                a.time = PhoneTimes.webkitMicros(r.getLong("at"));
                a.title = text(r, "title");
                a.field("URL", text(r, "url"));
                Long micros = number(r, "duration");
                a.durationSeconds = micros == null || micros <= 0 ? null : micros / 1_000_000;
                out.artefact(a);
            }
        }
        if (s.has("keyword_search_terms", "term") && s.has("keyword_search_terms", "url_id")) {
            String searches = "SELECT k.rowid AS id, k.term AS term, urls.url AS url, urls.last_visit_time AS at"
                    + " FROM keyword_search_terms k LEFT JOIN urls ON urls.id = k.url_id ORDER BY k.rowid";
            if (!s.has("urls", "last_visit_time")) {
                searches = searches.replace("urls.last_visit_time", "NULL");
            }
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(searches)) {
                while (r.next() && !out.stop()) {
                    Artefact a = new Artefact(ArtefactKind.WEB_SEARCH, APP, "keyword_search_terms", r.getLong("id"));
                    Long at = number(r, "at");
                    a.time = at == null ? null : PhoneTimes.webkitMicros(at);
                    a.body = text(r, "term");
                    a.field("URL", text(r, "url"));
                    out.artefact(a);
                }
            }
        }
        if (s.has("downloads", "target_path") && s.has("downloads", "start_time")) {
            readDownloads(c, s, out);
        }
    }

    private static void readDownloads(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        boolean chains = s.has("downloads_url_chains", "url");
        String sql = "SELECT d.id AS id, d.target_path AS target, d.start_time AS at, "
                + (s.has("downloads", "total_bytes") ? "d.total_bytes" : "NULL") + " AS bytes, "
                + (chains ? "(SELECT u.url FROM downloads_url_chains u WHERE u.id = d.id ORDER BY u.chain_index DESC LIMIT 1)"
                        : "NULL") + " AS url FROM downloads d ORDER BY d.id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                Artefact a = new Artefact(ArtefactKind.WEB_VISIT, APP, "downloads", r.getLong("id"));
                a.time = PhoneTimes.webkitMicros(r.getLong("at"));
                a.field("URL", text(r, "url"));
                a.field("Downloaded to", text(r, "target"));
                a.field("Bytes", number(r, "bytes"));
                out.artefact(a);
            }
        }
    }
}
