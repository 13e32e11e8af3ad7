package org.evidenceworkbench.core.phone.ios;

import static org.evidenceworkbench.core.phone.Columns.number;
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

/**
 * iOS call history, the Core Data store {@code CallHistory.storedata}: {@code ZCALLRECORD} rows,
 * the other party in {@code ZADDRESS} (a BLOB of text on some versions), seconds since 2001.
 */
public final class IosCallHistory implements PhoneDatabase {

    @Override
    public String name() {
        return "iOS call history (CallHistory.storedata)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("callhistory.storedata");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("ZCALLRECORD", List.of("Z_PK", "ZADDRESS", "ZDATE", "ZDURATION", "ZORIGINATED", "ZANSWERED"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT Z_PK, ZADDRESS, ZDATE, ZDURATION, ZORIGINATED, ZANSWERED, "
                + s.col("ZCALLRECORD", "ZNAME") + " AS name, " + s.col("ZCALLRECORD", "ZSERVICE_PROVIDER")
                + " AS provider FROM ZCALLRECORD ORDER BY Z_PK";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                Artefact a = new Artefact(ArtefactKind.CALL, "iOS calls", "ZCALLRECORD", r.getLong("Z_PK"));
                a.time = PhoneTimes.apple(real(r, "ZDATE"));
                a.durationSeconds = Math.round(real(r, "ZDURATION"));
                boolean outgoing = Long.valueOf(1).equals(number(r, "ZORIGINATED"));
                boolean answered = Long.valueOf(1).equals(number(r, "ZANSWERED"));
                a.direction = outgoing ? "outgoing" : answered ? "incoming" : "missed";
                String address = text(r, "ZADDRESS");
                a.from = outgoing ? Artefact.OWNER : address;
                a.to(outgoing ? address : Artefact.OWNER);
                a.title = text(r, "name");
                a.field("Service", text(r, "provider"));
                out.artefact(a);
            }
        }
    }
}
