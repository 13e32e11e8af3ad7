package org.evidenceworkbench.core.phone.android;

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

/** Android's call log: table {@code calls}, in {@code calllog.db} since Android 7 and in {@code contacts2.db} before. */
public final class AndroidCallLog implements PhoneDatabase {

    @Override
    public String name() {
        return "Android call log (calllog.db, contacts2.db)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("calllog.db") || lowerPath.endsWith("contacts2.db");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("calls", List.of("_id", "number", "date", "duration", "type"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT _id, number, date, duration, type, " + s.col("calls", "name") + " AS name, "
                + s.col("calls", "geocoded_location") + " AS place FROM calls ORDER BY _id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                Artefact a = new Artefact(ArtefactKind.CALL, "Android calls", "calls", r.getLong("_id"));
                a.time = PhoneTimes.unixMillis(r.getLong("date"));
                a.durationSeconds = number(r, "duration");
                Long type = number(r, "type");
                a.direction = direction(type);
                String number = text(r, "number");
                boolean outgoing = type != null && type == 2;
                a.from = outgoing ? Artefact.OWNER : number;
                a.to(outgoing ? number : Artefact.OWNER);
                a.title = text(r, "name");
                a.field("Place", text(r, "place"));
                out.artefact(a);
            }
        }
    }

    /** CallLog.Calls.TYPE: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked. */
    private static String direction(Long type) {
        if (type == null) {
            return null;
        }
        return switch (type.intValue()) {
            case 1 -> "incoming";
            case 2 -> "outgoing";
            case 3 -> "missed";
            case 4 -> "voicemail";
            case 5 -> "rejected";
            case 6 -> "blocked";
            default -> "type " + type;
        };
    }
}
