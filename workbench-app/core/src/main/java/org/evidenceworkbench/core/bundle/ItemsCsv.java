package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evidenceworkbench.core.WorkbenchException;

/**
 * Reads a bundle's {@code data/metadata/items.csv} (RFC 4180, header row) one row at a time, so
 * a bundle of any size is read in constant memory. Columns are found by their header names.
 */
final class ItemsCsv implements AutoCloseable, Iterable<ItemsCsv.Row> {

    static final String PATH = "data/metadata/items.csv";
    static final List<String> REQUIRED = List.of("item_id", "exhibit", "path", "name", "sha256");

    /** One exported item as the sender described it. Times are null where empty or unreadable. */
    record Row(long line, String itemId, String exhibit, String source, String submission, String path, String name,
               String category, String mimeType, Long size, String md5, String sha1, String sha256,
               Instant created, Instant modified, Instant accessed, String taken, Double latitude,
               Double longitude, String cameraMake, String cameraModel, Set<String> tags, String payload,
               String thumbnail) {
    }

    private final CSVParser parser;

    ItemsCsv(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        for (String column : REQUIRED) {
            if (!parser.getHeaderMap().containsKey(column)) {
                parser.close();
                throw new WorkbenchException("The bundle's items.csv has no '" + column
                        + "' column; it was not written to the bundle contract (docs/hub.md).");
            }
        }
    }

    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return toRow(records.next());
            }
        };
    }

    private static Row toRow(CSVRecord r) {
        return new Row(r.getRecordNumber() + 1, text(r, "item_id"), text(r, "exhibit"), text(r, "source"),
                text(r, "submission"), text(r, "path"), text(r, "name"), text(r, "category"), text(r, "mime_type"),
                number(r, "size"), hex(r, "md5", 32), hex(r, "sha1", 40), hex(r, "sha256", 64), time(r, "created"),
                time(r, "modified"), time(r, "accessed"), text(r, "taken"), decimal(r, "latitude"),
                decimal(r, "longitude"), text(r, "camera_make"), text(r, "camera_model"), tags(text(r, "tags")),
                text(r, "payload"), text(r, "thumbnail"));
    }

    private static String text(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v.isEmpty() ? null : v;
    }

    /** A hash only if it has the right form; anything else is treated as absent. */
    private static String hex(CSVRecord r, String column, int length) {
        String v = text(r, column);
        return v != null && v.length() == length && v.matches("[0-9a-fA-F]+") ? v.toLowerCase(java.util.Locale.ROOT) : null;
    }

    private static Long number(CSVRecord r, String column) {
        try {
            String v = text(r, column);
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(CSVRecord r, String column) {
        try {
            String v = text(r, column);
            return v == null ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Instant time(CSVRecord r, String column) {
        try {
            String v = text(r, column);
            return v == null ? null : Instant.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Set<String> tags(String joined) {
        Set<String> tags = new LinkedHashSet<>();
        if (joined != null) {
            Arrays.stream(joined.split(";")).map(String::strip).filter(t -> !t.isEmpty()).forEach(tags::add);
        }
        return tags;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
