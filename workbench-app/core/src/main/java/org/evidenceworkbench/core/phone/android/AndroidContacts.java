package org.evidenceworkbench.core.phone.android;

import static org.evidenceworkbench.core.phone.Columns.number;
import static org.evidenceworkbench.core.phone.Columns.text;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.phone.Artefact;
import org.evidenceworkbench.core.phone.ArtefactKind;
import org.evidenceworkbench.core.phone.ArtefactSink;
import org.evidenceworkbench.core.phone.PhoneDatabase;
import org.evidenceworkbench.core.phone.SqliteSchema;

/**
 * Android's contacts provider, {@code contacts2.db}: a contact is a {@code raw_contacts} row and
 * its {@code data} rows (name, numbers, e-mail addresses), each typed through {@code mimetypes}.
 * Contacts the provider marks deleted (but has not yet purged) are read and marked deleted.
 * The {@code accounts} table gives the accounts the contacts are synced with.
 */
public final class AndroidContacts implements PhoneDatabase {

    private static final String NAME = "vnd.android.cursor.item/name";
    private static final String PHONE = "vnd.android.cursor.item/phone_v2";
    private static final String EMAIL = "vnd.android.cursor.item/email_v2";
    private static final String ORGANISATION = "vnd.android.cursor.item/organization";

    @Override
    public String name() {
        return "Android contacts (contacts2.db)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("contacts2.db");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("raw_contacts", List.of("_id"), "data", List.of("raw_contact_id", "mimetype_id", "data1"),
                "mimetypes", List.of("_id", "mimetype"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        // one ordered pass over the join: a contact's rows are consecutive, so only one is held at a time
        String sql = "SELECT raw_contacts._id AS id, " + s.col("raw_contacts", "display_name") + " AS display, "
                + s.col("raw_contacts", "deleted") + " AS deleted, " + s.col("raw_contacts", "account_name")
                + " AS account, m.mimetype AS mimetype, d.data1 AS value"
                + " FROM raw_contacts LEFT JOIN data d ON d.raw_contact_id = raw_contacts._id"
                + " LEFT JOIN mimetypes m ON m._id = d.mimetype_id ORDER BY raw_contacts._id, d._id";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            Artefact current = null;
            List<String> phones = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            while (r.next() && !out.stop()) {
                long id = r.getLong("id");
                if (current == null || !current.row.equals(String.valueOf(id))) {
                    emit(current, phones, emails, out);
                    current = new Artefact(ArtefactKind.CONTACT, "Android contacts", "raw_contacts", id);
                    current.title = text(r, "display");
                    Long deleted = number(r, "deleted");
                    current.deleted = deleted != null && deleted == 1;
                    current.field("Account", text(r, "account"));
                }
                String type = text(r, "mimetype");
                String value = text(r, "value");
                if (type == null || value == null) {
                    continue;
                }
                switch (type) {
                    case NAME -> current.title = value;
                    case PHONE -> phones.add(value);
                    case EMAIL -> emails.add(value);
                    case ORGANISATION -> current.field("Organisation", value);
                    default -> { }
                }
            }
            emit(current, phones, emails, out);
        }
        if (s.has("accounts", "account_name") && s.has("accounts", "account_type")) {
            readAccounts(c, out);
        }
    }

    private static void emit(Artefact contact, List<String> phones, List<String> emails, ArtefactSink out) {
        if (contact == null) {
            return;
        }
        contact.field("Phones", phones.isEmpty() ? null : List.copyOf(phones));
        contact.field("E-mails", emails.isEmpty() ? null : List.copyOf(emails));
        phones.clear();
        emails.clear();
        out.artefact(contact);
    }

    private static void readAccounts(Connection c, ArtefactSink out) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT rowid AS id, account_name, account_type FROM accounts ORDER BY rowid")) {
            while (r.next() && !out.stop()) {
                String name = text(r, "account_name");
                if (name == null) {
                    continue; // the provider's local, unsynced "account" has no name
                }
                Artefact a = new Artefact(ArtefactKind.ACCOUNT, "Android accounts", "accounts", r.getLong("id"));
                a.title = name;
                a.field("Account type", text(r, "account_type"));
                out.artefact(a);
            }
        }
    }
}
