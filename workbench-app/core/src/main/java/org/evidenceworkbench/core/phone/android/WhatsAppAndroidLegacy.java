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
 * WhatsApp for Android's {@code msgstore.db} before 2021: one {@code messages} table keyed by
 * the chat's JID ({@code key_remote_jid}), the body in {@code data}, media in
 * {@code media_name}/{@code media_mime_type}. Where the newer {@code message} table is present
 * too (versions that kept both for a while), {@link WhatsAppAndroid} reads it and this does not,
 * so no message is read twice.
 */
public final class WhatsAppAndroidLegacy implements PhoneDatabase {

    @Override
    public String name() {
        return "WhatsApp Android messages, before 2021 (msgstore.db)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("msgstore.db");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("messages", List.of("_id", "key_remote_jid", "key_from_me", "data", "timestamp"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        if (s.has("message", "text_data")) {
            return;
        }
        String sql = "SELECT _id, key_remote_jid AS chat, key_from_me AS mine, data, timestamp, "
                + s.col("messages", "remote_resource") + " AS sender, " + s.col("messages", "media_name")
                + " AS media, " + s.col("messages", "media_mime_type") + " AS mime, " + s.col("messages", "key_id")
                + " AS key_id FROM messages ORDER BY _id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                String body = text(r, "data");
                String media = text(r, "media");
                String chat = text(r, "chat");
                if ((body == null && media == null) || chat == null || chat.equals("-1")) {
                    continue; // system rows; -1 is WhatsApp's own bookkeeping row
                }
                Artefact a = new Artefact(ArtefactKind.MESSAGE, WhatsAppAndroid.APP, "messages", r.getLong("_id"));
                a.thread = "whatsapp:" + chat;
                a.time = PhoneTimes.unixMillis(r.getLong("timestamp"));
                a.body = body;
                boolean mine = Long.valueOf(1).equals(number(r, "mine"));
                a.direction = mine ? "outgoing" : "incoming";
                String sender = text(r, "sender");
                a.from = mine ? Artefact.OWNER : jidParty(sender != null ? sender : chat);
                a.to(mine || sender != null ? jidParty(chat) : Artefact.OWNER);
                if (media != null) {
                    String type = text(r, "mime");
                    a.attachments.add(media + (type == null ? "" : " (" + type + ")"));
                }
                a.field("Message id", text(r, "key_id"));
                out.artefact(a);
            }
        }
    }
}
