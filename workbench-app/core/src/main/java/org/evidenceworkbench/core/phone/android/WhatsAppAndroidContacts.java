package org.evidenceworkbench.core.phone.android;

import static org.evidenceworkbench.core.phone.Columns.jidParty;
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
import org.evidenceworkbench.core.phone.SqliteSchema;

/** WhatsApp for Android's {@code wa.db}: the people WhatsApp knows, in {@code wa_contacts}. */
public final class WhatsAppAndroidContacts implements PhoneDatabase {

    @Override
    public String name() {
        return "WhatsApp Android contacts (wa.db)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("/wa.db") || lowerPath.equals("wa.db");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("wa_contacts", List.of("_id", "jid"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT _id, jid, " + s.col("wa_contacts", "display_name") + " AS display, "
                + s.col("wa_contacts", "wa_name") + " AS wa_name, " + s.col("wa_contacts", "status") + " AS status"
                + " FROM wa_contacts ORDER BY _id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                String jid = text(r, "jid");
                Artefact a = new Artefact(ArtefactKind.CONTACT, WhatsAppAndroid.APP, "wa_contacts", r.getLong("_id"));
                a.title = text(r, "display") != null ? text(r, "display") : text(r, "wa_name");
                String party = jidParty(jid);
                a.field("Phones", party != null && party.startsWith("+") ? List.of(party) : null);
                a.field("WhatsApp id", jid);
                a.field("Status", text(r, "status"));
                out.artefact(a);
            }
        }
    }
}
