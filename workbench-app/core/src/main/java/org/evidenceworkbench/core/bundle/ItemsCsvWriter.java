package org.evidenceworkbench.core.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** data/metadata/items.csv: one RFC 4180 row per exported item, for people and spreadsheets. */
final class ItemsCsvWriter implements Closeable {

    static final List<String> COLUMNS = List.of("item_id", "exhibit", "source", "submission", "path", "name",
            "category", "mime_type", "size", "md5", "sha1", "sha256", "created", "modified", "accessed", "taken",
            "latitude", "longitude", "camera_make", "camera_model", "tags", "payload", "thumbnail");

    private final CSVPrinter csv;

    ItemsCsvWriter(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        csv = new CSVPrinter(w, CSVFormat.RFC4180);
        csv.printRecord(COLUMNS);
    }

    void write(ExportedItem i) throws IOException {
        csv.printRecord(i.id(), i.exhibit(), i.sourceName(), i.submissionRef(), i.path(), i.name(), i.category(),
                i.mimeType(), i.size(), i.md5(), i.sha1(), i.sha256(), time(i.created()), time(i.modified()),
                time(i.accessed()), i.takenAt(), i.latitude(), i.longitude(), i.cameraMake(), i.cameraModel(),
                String.join(";", i.tags()), i.payload(), i.thumbnail());
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
