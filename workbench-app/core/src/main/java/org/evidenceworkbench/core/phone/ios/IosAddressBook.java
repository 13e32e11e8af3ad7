package org.evidenceworkbench.core.phone.ios;

import static org.evidenceworkbench.core.phone.Columns.number;
import static org.evidenceworkbench.core.phone.Columns.text;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.evidenceworkbench.core.phone.Artefact;
import org.evidenceworkbench.core.phone.ArtefactKind;
import org.evidenceworkbench.core.phone.ArtefactSink;
import org.evidenceworkbench.core.phone.PhoneDatabase;
import org.evidenceworkbench.core.phone.SqliteSchema;

/**
 * iOS contacts, {@code AddressBook.sqlitedb}: people in {@code ABPerson}, their numbers
 * (property 3) and e-mail addresses (property 4) in {@code ABMultiValue}.
 */
public final class IosAddressBook implements PhoneDatabase {

    private static final int PHONE = 3;
    private static final int EMAIL = 4;

    @Override
    public String name() {
        return "iOS contacts (AddressBook.sqlitedb)";
    }

    @Override
    public boolean matches(String lowerPath) {
        return lowerPath.endsWith("addressbook.sqlitedb");
    }

    @Override
    public Map<String, List<String>> required() {
        return Map.of("ABPerson", List.of("ROWID", "First", "Last"),
                "ABMultiValue", List.of("record_id", "property", "value"));
    }

    @Override
    public void read(Connection c, SqliteSchema s, ArtefactSink out) throws SQLException {
        String sql = "SELECT p.ROWID AS id, p.First AS first, p.Last AS last, "
                + (s.has("ABPerson", "Organization") ? "p.Organization" : "NULL") + " AS org, mv.property AS property,"
                + " mv.value AS value FROM ABPerson p LEFT JOIN ABMultiValue mv ON mv.record_id = p.ROWID"
                + " ORDER BY p.ROWID, mv.rowid";
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            Artefact current = null;
            List<String> phones = new ArrayList<>();
            List<String> emails = new ArrayList<>();
            while (r.next() && !out.stop()) {
                long id = r.getLong("id");
                if (current == null || !current.row.equals(String.valueOf(id))) {
                    emit(current, phones, emails, out);
                    current = new Artefact(ArtefactKind.CONTACT, "iOS contacts", "ABPerson", id);
                    String name = String.join(" ", Stream.of(text(r, "first"), text(r, "last"))
                            .filter(Objects::nonNull).toList());
                    current.title = name.isEmpty() ? null : name;
                    current.field("Organisation", text(r, "org"));
                }
                Long property = number(r, "property");
                String value = text(r, "value");
                if (property != null && value != null) {
                    if (property == PHONE) {
                        phones.add(value);
                    } else if (property == EMAIL) {
                        emails.add(value);
                    }
                }
            }
            emit(current, phones, emails, out);
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
}
