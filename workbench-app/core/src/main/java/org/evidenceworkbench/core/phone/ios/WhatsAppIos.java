package org.evidenceworkbench.core.phone.ios;

import static org.evidenceworkbench.core.phone.Columns.jidParty;
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
 * WhatsApp for iOS, the Core Data store {@code ChatStorage.sqlite}: {@code ZWAMESSAGE} rows in
 * {@code ZWACHATSESSION}s, media in {@code ZWAMEDIAITEM}, seconds since 2001.
 */
public final class WhatsAppIos implements PhoneDatabase {

    private static final String APP = "WhatsApp";

    @Override
    public String name() {
        return "WhatsApp iOS (ChatStorage.sqlite)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("chatstorage.sqlite");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("ZWAMESSAGE", List.of("Z_PK", "ZCHATSESSION", "ZISFROMME", "ZFROMJID", "ZTEXT", "ZMESSAGEDATE"),
                "ZWACHATSESSION", List.of("Z_PK", "ZCONTACTJID"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String partner = s.has("ZWACHATSESSION", "ZPARTNERNAME") ? "ZPARTNERNAME" : "NULL";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(
                "SELECT Z_PK, ZCONTACTJID, " + partner + " AS partner FROM ZWACHATSESSION ORDER BY Z_PK")) {
            while (r.next() && !out.stop()) {
                String jid = text(r, "ZCONTACTJID");
                Artefact a = new Artefact(ArtefactKind.CHAT, APP, "ZWACHATSESSION", r.getLong("Z_PK"));
                a.thread = "whatsapp:" + jid;
                a.title = text(r, "partner");
                a.to(jidParty(jid));
                out.artefact(a);
            }
        }
        boolean media = s.has("ZWAMESSAGE", "ZMEDIAITEM") && s.has("ZWAMEDIAITEM", "ZMEDIALOCALPATH");
        String sql = "SELECT m.Z_PK AS id, m.ZISFROMME AS mine, m.ZFROMJID AS from_jid, "
                + (s.has("ZWAMESSAGE", "ZTOJID") ? "m.ZTOJID" : "NULL") + " AS to_jid, m.ZTEXT AS body,"
                + " m.ZMESSAGEDATE AS at, cs.ZCONTACTJID AS chat, "
                + (media ? "mi.ZMEDIALOCALPATH" : "NULL") + " AS media FROM ZWAMESSAGE m"
                + " LEFT JOIN ZWACHATSESSION cs ON cs.Z_PK = m.ZCHATSESSION"
                + (media ? " LEFT JOIN ZWAMEDIAITEM mi ON mi.Z_PK = m.ZMEDIAITEM" : "") + " ORDER BY m.Z_PK";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                String body = text(r, "body");
                String file = text(r, "media");
                if (body == null && file == null) {
                    continue;
                }
                Artefact a = new Artefact(ArtefactKind.MESSAGE, APP, "ZWAMESSAGE", r.getLong("id"));
                String chat = text(r, "chat");
                a.thread = "whatsapp:" + chat;
                a.time = PhoneTimes.apple(real(r, "at"));
                a.body = body;
                boolean mine = Long.valueOf(1).equals(number(r, "mine"));
                a.direction = mine ? "outgoing" : "incoming";
                a.from = mine ? Artefact.OWNER : jidParty(text(r, "from_jid"));
                a.to(mine ? jidParty(text(r, "to_jid") != null ? text(r, "to_jid") : chat) : Artefact.OWNER);
                if (file != null) {
                    a.attachments.add(file);
                }
                out.artefact(a);
            }
        }
    }
}
