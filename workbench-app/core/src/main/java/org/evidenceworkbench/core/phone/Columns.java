package org.evidenceworkbench.core.phone;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reading a value out of an app's table whatever SQLite type the app gave it: apps store numbers
 * as text and text as blobs (iOS keeps call addresses as BLOBs), and SQLite lets them.
 */
public final class Columns {

    private Columns() {
    }

    public static String text(ResultSet r, String column) throws SQLException {
        Object v = r.getObject(column);
        if (v == null) {
            return null;
        }
        String s = v instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(v);
        return s.isBlank() ? null : s;
    }

    public static Long number(ResultSet r, String column) throws SQLException {
        Object v = r.getObject(column);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s) {
            try {
                return (long) Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static double real(ResultSet r, String column) throws SQLException {
        Object v = r.getObject(column);
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    /** A WhatsApp JID as a party: {@code 447700900123@s.whatsapp.net} is the number {@code +447700900123}. */
    public static String jidParty(String jid) {
        if (jid == null) {
            return null;
        }
        int at = jid.indexOf('@');
        String user = at < 0 ? jid : jid.substring(0, at);
        String server = at < 0 ? "" : jid.substring(at + 1);
        if (server.startsWith("s.whatsapp.net") && user.chars().allMatch(Character::isDigit) && !user.isEmpty()) {
            return "+" + user;
        }
        return jid;
    }
}
