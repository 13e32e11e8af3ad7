package org.evidenceworkbench.core.phone.ios;

import static org.evidenceworkbench.core.phone.Columns.number;
import static org.evidenceworkbench.core.phone.Columns.real;
import static org.evidenceworkbench.core.phone.Columns.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * iOS Messages, {@code sms.db}: SMS and iMessage rows of {@code message}, the other party as a
 * {@code handle}, conversations in {@code chat} (joined through {@code chat_message_join}),
 * attachments through {@code message_attachment_join}.
 */
public final class IosMessages implements PhoneDatabase {

    private static final String APP = "iOS Messages";

    @Override
    public String name() {
        return "iOS Messages (sms.db)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("/sms.db") || lowerPath.equals("sms.db");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("message", List.of("ROWID", "text", "handle_id", "date", "is_from_me"),
                "handle", List.of("ROWID", "id"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        boolean chats = s.has("chat", "chat_identifier") && s.has("chat_message_join", "message_id");
        if (chats) {
            readChats(c, s, out);
        }
        String sql = "SELECT m.ROWID AS id, m.text AS body, m.date AS at, m.is_from_me AS mine, "
                + (s.has("message", "attributedBody") ? "m.attributedBody" : "NULL") + " AS rich, "
                + (s.has("message", "service") ? "m.service" : "NULL") + " AS service, h.id AS handle, "
                + (chats ? "ch.chat_identifier" : "NULL") + " AS chat FROM message m LEFT JOIN handle h ON h.ROWID = m.handle_id"
                + (chats ? " LEFT JOIN chat_message_join cmj ON cmj.message_id = m.ROWID LEFT JOIN chat ch ON ch.ROWID = cmj.chat_id" : "")
                + " ORDER BY m.ROWID";
        boolean attachments = s.has("message_attachment_join", "message_id") && s.has("attachment", "filename");
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql);
             PreparedStatement files = attachments ? c.prepareStatement("SELECT attachment.filename AS file, "
                     + s.col("attachment", "mime_type") + " AS type FROM message_attachment_join j"
                     + " JOIN attachment ON attachment.ROWID = j.attachment_id WHERE j.message_id = ?"
                     ) : null) {
            while (r.next() && !out.stop()) {
                long id = r.getLong("id");
                Artefact a = new Artefact(ArtefactKind.MESSAGE, APP, "message", id);
                a.time = PhoneTimes.apple(real(r, "at"));
                a.body = text(r, "body");
                if (a.body == null) {
                    a.body = AttributedBody.text(r.getBytes("rich")); // iOS 16+: the text only in the archived string
                }
                String handle = text(r, "handle");
                String chat = text(r, "chat");
                a.thread = "imessage:" + (chat != null ? chat : handle);
                boolean mine = Long.valueOf(1).equals(number(r, "mine"));
                a.direction = mine ? "outgoing" : "incoming";
                a.from = mine ? Artefact.OWNER : handle;
                a.to(mine ? (handle != null ? handle : chat) : Artefact.OWNER);
                a.field("Service", text(r, "service"));
                if (files != null) {
                    files.setLong(1, id);
                    try (ResultSet f = files.executeQuery()) {
                        while (f.next()) {
                            String type = text(f, "type");
                            a.attachments.add(text(f, "file") + (type == null ? "" : " (" + type + ")"));
                        }
                    }
                }
                out.artefact(a);
            }
        }
    }

    private static void readChats(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT ROWID AS id, chat_identifier, " + s.col("chat", "display_name") + " AS display, "
                + s.col("chat", "service_name") + " AS service FROM chat ORDER BY ROWID";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                String id = text(r, "chat_identifier");
                Artefact a = new Artefact(ArtefactKind.CHAT, APP, "chat", r.getLong("id"));
                a.thread = "imessage:" + id;
                a.title = text(r, "display");
                a.to(id);
                a.field("Service", text(r, "service"));
                out.artefact(a);
            }
        }
    }
}
