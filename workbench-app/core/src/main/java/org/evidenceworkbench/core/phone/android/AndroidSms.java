package org.evidenceworkbench.core.phone.android;

import static org.evidenceworkbench.core.phone.Columns.number;
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
 * Android's telephony provider, {@code mmssms.db}: SMS in table {@code sms}, MMS in {@code pdu}
 * with their parts ({@code part}) and addresses ({@code addr}). Both share {@code thread_id}, so
 * an SMS and an MMS with the same person are one conversation.
 */
public final class AndroidSms implements PhoneDatabase {

    static final String APP = "Android SMS";
    /** MMS address types (from the MMS encapsulation spec): the sender and the recipients. */
    private static final int MMS_FROM = 137;
    private static final int MMS_TO = 151;

    @Override
    public String name() {
        return "Android SMS/MMS (mmssms.db)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("/mmssms.db") || lowerPath.equals("mmssms.db");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("sms", List.of("_id", "thread_id", "address", "date", "type", "body"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT _id, thread_id, address, date, " + s.col("sms", "date_sent") + " AS date_sent, type, body, "
                + s.col("sms", "read") + " AS is_read, " + s.col("sms", "service_center") + " AS centre FROM sms ORDER BY _id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next() && !out.stop()) {
                Artefact a = new Artefact(ArtefactKind.MESSAGE, APP, "sms", r.getLong("_id"));
                a.time = PhoneTimes.unixMillis(r.getLong("date"));
                a.thread = "android-sms:" + r.getLong("thread_id");
                a.body = text(r, "body");
                parties(a, number(r, "type"), text(r, "address"));
                Long sent = number(r, "date_sent");
                a.field("Sent", sent == null ? null : PhoneTimes.unixMillis(sent));
                a.field("Read", number(r, "is_read") == null ? null : number(r, "is_read") == 1);
                a.field("Service centre", text(r, "centre"));
                a.field("Service", "SMS");
                out.artefact(a);
            }
        }
        if (s.has("pdu", "msg_box") && s.has("part", "mid") && s.has("addr", "msg_id")) {
            readMms(c, s, out);
        }
    }

    /** The SMS provider's message box: 1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued. */
    public static void parties(Artefact a, Long box, String address) {
        boolean incoming = box != null && box == 1;
        a.direction = incoming ? "incoming" : "outgoing";
        if (incoming) {
            a.from = address;
            a.to(Artefact.OWNER);
        } else {
            a.from = Artefact.OWNER;
            a.to(address);
        }
        if (box != null && box > 2) {
            a.field("Folder", switch (box.intValue()) {
                case 3 -> "draft";
                case 4 -> "outbox";
                case 5 -> "failed";
                case 6 -> "queued";
                default -> "box " + box;
            });
        }
    }

    private void readMms(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT _id, thread_id, date, msg_box, " + s.col("pdu", "sub") + " AS subject FROM pdu ORDER BY _id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql);
             PreparedStatement parts = c.prepareStatement("SELECT ct, text, " + s.col("part", "cl") + " AS cl, "
                     + s.col("part", "_data") + " AS data FROM part WHERE mid = ? ORDER BY _id");
             PreparedStatement addrs = c.prepareStatement("SELECT address, type FROM addr WHERE msg_id = ? ORDER BY _id")) {
            while (r.next() && !out.stop()) {
                long id = r.getLong("_id");
                Artefact a = new Artefact(ArtefactKind.MESSAGE, APP, "pdu", id);
                a.time = PhoneTimes.unixSeconds(r.getLong("date"));
                a.thread = "android-sms:" + r.getLong("thread_id");
                Long box = number(r, "msg_box");
                a.direction = box != null && box == 1 ? "incoming" : "outgoing";
                a.field("Service", "MMS");
                a.field("Subject", text(r, "subject"));
                addrs.setLong(1, id);
                try (ResultSet ad = addrs.executeQuery()) {
                    while (ad.next()) {
                        String who = text(ad, "address");
                        Long type = number(ad, "type");
                        if (who == null || "insert-address-token".equals(who)) {
                            who = Artefact.OWNER; // the provider's placeholder for this phone's own number
                        }
                        if (type != null && type == MMS_FROM) {
                            a.from = who;
                        } else if (type != null && type == MMS_TO) {
                            a.to(who);
                        }
                    }
                }
                StringBuilder body = new StringBuilder();
                parts.setLong(1, id);
                try (ResultSet p = parts.executeQuery()) {
                    while (p.next()) {
                        String type = text(p, "ct");
                        if ("text/plain".equals(type)) {
                            body.append(body.length() == 0 ? "" : "\n").append(text(p, "text") == null ? "" : text(p, "text"));
                        } else if (!"application/smil".equals(type)) {
                            String where = text(p, "data") != null ? text(p, "data") : text(p, "cl");
                            a.attachments.add((where == null ? "part" : where) + " (" + type + ")");
                        }
                    }
                }
                a.body = body.length() == 0 ? null : body.toString();
                out.artefact(a);
            }
        }
    }
}
