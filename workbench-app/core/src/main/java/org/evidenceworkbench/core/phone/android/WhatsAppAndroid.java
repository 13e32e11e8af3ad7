package org.evidenceworkbench.core.phone.android;

import static org.evidenceworkbench.core.phone.Columns.jidParty;
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
 * WhatsApp for Android's {@code msgstore.db} in the layout used since 2021: {@code message}
 * rows in {@code chat}s, parties as rows of {@code jid}, media in {@code message_media}. The
 * older single {@code messages} table is {@link WhatsAppAndroidLegacy}'s.
 */
public final class WhatsAppAndroid implements PhoneDatabase {

    static final String APP = "WhatsApp";

    @Override
    public String name() {
        return "WhatsApp Android messages (msgstore.db)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("msgstore.db");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("message", List.of("_id", "chat_row_id", "from_me", "timestamp", "text_data", "sender_jid_row_id"),
                "chat", List.of("_id", "jid_row_id"), "jid", List.of("_id", "raw_string"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        readChats(c, s, out);
        boolean media = s.has("message_media", "message_row_id");
        String sql = "SELECT m._id AS id, m.from_me, m.timestamp, m.text_data, " + (s.has("message", "key_id") ? "m.key_id" : "NULL") + " AS key_id,"
                + " cj.raw_string AS chat_jid, sj.raw_string AS sender_jid"
                + (media ? ", mm.file_path, mm.mime_type" : ", NULL AS file_path, NULL AS mime_type")
                + " FROM message m JOIN chat ON chat._id = m.chat_row_id"
                + " LEFT JOIN jid cj ON cj._id = chat.jid_row_id LEFT JOIN jid sj ON sj._id = m.sender_jid_row_id"
                + (media ? " LEFT JOIN message_media mm ON mm.message_row_id = m._id" : "")
                + " ORDER BY m._id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                String body = text(r, "text_data");
                String file = text(r, "file_path");
                if (body == null && file == null) {
                    continue; // system rows: "you created this group", key changes...
                }
                Artefact a = new Artefact(ArtefactKind.MESSAGE, APP, "message", r.getLong("id"));
                String chat = text(r, "chat_jid");
                a.thread = "whatsapp:" + chat;
                a.time = PhoneTimes.unixMillis(r.getLong("timestamp"));
                a.body = body;
                boolean fromMe = Long.valueOf(1).equals(number(r, "from_me"));
                a.direction = fromMe ? "outgoing" : "incoming";
                String sender = text(r, "sender_jid");
                a.from = fromMe ? Artefact.OWNER : jidParty(sender != null ? sender : chat);
                a.to(fromMe ? jidParty(chat) : (sender != null ? jidParty(chat) : Artefact.OWNER));
                if (file != null) {
                    String type = text(r, "mime_type");
                    a.attachments.add(file + (type == null ? "" : " (" + type + ")"));
                }
                a.field("Message id", text(r, "key_id"));
                out.artefact(a);
            }
        }
    }

    private static void readChats(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT chat._id AS id, j.raw_string AS jid, " + s.col("chat", "subject") + " AS subject, "
                + s.col("chat", "created_timestamp") + " AS created FROM chat LEFT JOIN jid j ON j._id = chat.jid_row_id"
                + " ORDER BY chat._id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                String jid = text(r, "jid");
                Artefact a = new Artefact(ArtefactKind.CHAT, APP, "chat", r.getLong("id"));
                a.thread = "whatsapp:" + jid;
                a.title = text(r, "subject");
                Long created = number(r, "created");
                a.time = created == null ? null : PhoneTimes.unixMillis(created);
                a.to(jidParty(jid));
                a.field("Group", jid != null && jid.endsWith("@g.us"));
                out.artefact(a);
            }
        }
    }
}
