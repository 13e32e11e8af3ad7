package org.evidenceworkbench.core.phone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record read out of a phone database or report: a message, call, contact, chat, web visit
 * or search, location or account, with where it came from. Parsers fill in what their table
 * has; everything else stays null. It becomes a derived child item of the database (or report)
 * it was read from: its {@link #text()} is the item's text, so it is searched, highlighted and
 * scanned by the identifier detectors, which put its parties into the same entities as a number
 * found in any document.
 */
public final class Artefact {

    public final ArtefactKind kind;
    /** The application the record belongs to, e.g. "Android SMS", "WhatsApp", "Chrome". */
    public final String app;
    /** The table (or report model type) and row (or model id) the record was read from. */
    public final String table;
    public final String row;

    public Instant time;
    /** The sender or caller; {@link #OWNER} where it is the device's owner. */
    public String from;
    public final List<String> to = new ArrayList<>();
    /** incoming, outgoing, missed, rejected... as the database says; null where it says nothing. */
    public String direction;
    public String body;
    /** A name: the contact's, the chat's subject, the page's title, the account's. */
    public String title;
    /** The conversation the record belongs to, unique within the case for one app on one device. */
    public String thread;
    public Long durationSeconds;
    public Double latitude;
    public Double longitude;
    /** Attachments as the database names them (a path on the phone, a file name, a MIME type). */
    public final List<String> attachments = new ArrayList<>();
    /** Further fields worth showing (numbers, e-mail addresses, a URL, a status). */
    public final Map<String, Object> fields = new LinkedHashMap<>();
    /** Further provenance (a report's own source references); the file is added by the reader. */
    public final Map<String, Object> provenance = new LinkedHashMap<>();
    /** True for a record recovered from freed space or marked deleted in its source. */
    public boolean deleted;
    /** The evidence path of the database or report it was read from; set by the ingest. */
    public String sourceFile;

    /** How a party is written when it is the device's owner. */
    public static final String OWNER = "device owner";

    public Artefact(ArtefactKind kind, String app, String table, Object row) {
        this.kind = kind;
        this.app = app;
        this.table = table;
        this.row = row == null ? null : String.valueOf(row);
    }

    /** Adds a field when it has a value, so empty columns leave no empty keys. */
    public Artefact field(String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            // times as ISO-8601 text: the metadata is stored as JSON
            fields.put(name, value instanceof Instant t ? t.toString() : value);
        }
        return this;
    }

    public Artefact to(String party) {
        if (party != null && !party.isBlank()) {
            to.add(party);
        }
        return this;
    }

    /** The artefact as the text of its item: a heading line, then one "Key: value" line each, then the body. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(app).append(' ').append(kind.label()).append(deleted ? " (deleted)" : "").append('\n');
        line(b, "From", from);
        line(b, "To", to.isEmpty() ? null : String.join(", ", to));
        line(b, "Time", time);
        line(b, "Direction", direction);
        line(b, "Name", title);
        line(b, "Duration", durationSeconds == null ? null : durationSeconds + " s");
        line(b, "Place", latitude == null || longitude == null ? null : latitude + ", " + longitude);
        fields.forEach((k, v) -> line(b, k, v));
        line(b, "Attachments", attachments.isEmpty() ? null : String.join(", ", attachments));
        if (body != null && !body.isBlank()) {
            b.append('\n').append(body).append('\n');
        }
        return b.toString();
    }

    /** The item's name: kind, table and row, e.g. {@code message-sms-12.txt}. */
    public String fileName() {
        String where = (table == null ? "" : table + "-") + (row == null ? "recovered" : row);
        return (kind.label() + "-" + where).replaceAll("[^A-Za-z0-9._-]", "_") + ".txt";
    }

    /** The artefact's fields as the item's "Artefact" metadata group (keys documented in docs/phones.md). */
    public Map<String, Object> metadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Kind", kind.label());
        m.put("App", app);
        put(m, "Time", time == null ? null : time.toString());
        put(m, "From", from);
        put(m, "To", to.isEmpty() ? null : List.copyOf(to));
        put(m, "Direction", direction);
        put(m, "Title", title);
        put(m, "Thread", thread);
        put(m, "Duration", durationSeconds);
        put(m, "Latitude", latitude);
        put(m, "Longitude", longitude);
        put(m, "Attachments", attachments.isEmpty() ? null : List.copyOf(attachments));
        fields.forEach((k, v) -> put(m, k, v));
        return m;
    }

    /** Where the artefact came from, as the item's "Provenance" metadata group. */
    public Map<String, Object> provenanceMetadata() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "File", sourceFile);
        put(m, "Table", table);
        put(m, "Row", row);
        m.put("Deleted", deleted);
        provenance.forEach((k, v) -> put(m, k, v));
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static void line(StringBuilder b, String key, Object value) {
        String text = value instanceof List<?> list
                ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
        if (value != null && !text.isBlank()) {
            b.append(key).append(": ").append(text).append('\n');
        }
    }
}
