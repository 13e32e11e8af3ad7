package org.evidenceworkbench.core.bundle;

import static org.evidenceworkbench.core.bundle.JsonFiles.stringOrNull;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.core.JsonGenerator;
import org.evidenceworkbench.core.casefolder.CaseInfo;

/**
 * data/metadata/vics.json: the exported pictures and videos as a VICS 2.0 (UK) Cases document,
 * the form forces' grading tools import. Items without an MD5 (unreadable ones) are left out:
 * VICS requires it.
 */
final class VicsWriter implements Closeable {

    static final String CONTEXT = "http://github.com/VICSDATAMODEL/ProjectVic/DataModels/2.0.xml/UK/$metadata#Cases";

    private final JsonGenerator g;
    private final VicsCategories categories;
    private final String exportedAt;

    VicsWriter(Path file, CaseInfo info, String organisation, String version, VicsCategories categories,
               Instant exportedAt) throws IOException {
        this.categories = categories;
        this.exportedAt = exportedAt.toString();
        g = JsonFiles.open(file, true);
        g.writeStartObject();
        g.writeStringField("@odata.context", CONTEXT);
        g.writeArrayFieldStart("value");
        g.writeStartObject();
        g.writeStringField("CaseID", info.id().toString());
        g.writeStringField("CaseNumber", info.reference() == null ? info.name() : info.reference());
        g.writeStringField("ContactName", info.examiner());
        g.writeStringField("ContactOrganization", organisation);
        g.writeStringField("SourceApplicationName", "Evidence Workbench");
        g.writeStringField("SourceApplicationVersion", version);
        g.writeArrayFieldStart("Media");
    }

    void write(ExportedItem i) throws IOException {
        if (!(i.isPicture() || i.isVideo()) || i.md5() == null) {
            return;
        }
        g.writeStartObject();
        g.writeNumberField("MediaID", i.id());
        g.writeNumberField("Category", categories.categoryOf(i.tags()));
        g.writeStringField("MD5", i.md5().toUpperCase(java.util.Locale.ROOT));
        stringOrNull(g, "SHA1", i.sha1() == null ? null : i.sha1().toUpperCase(java.util.Locale.ROOT));
        if (i.size() != null) {
            g.writeNumberField("MediaSize", i.size());
        }
        stringOrNull(g, "MimeType", i.mimeType());
        g.writeStringField("DateUpdated", exportedAt);
        g.writeBooleanField("IsPrecategorized", categories.isMapped(i.tags()));
        g.writeStringField("Tags", String.join(",", i.tags()));
        g.writeStringField("Comments", "exhibit " + i.exhibit());
        stringOrNull(g, "RelativeFilePath", i.payload() == null ? null : "data/" + i.payload());
        g.writeArrayFieldStart("MediaFiles");
        g.writeStartObject();
        g.writeStringField("MD5", i.md5().toUpperCase(java.util.Locale.ROOT));
        g.writeStringField("FileName", i.name());
        g.writeStringField("FilePath", i.path());
        stringOrNull(g, "Created", i.created() == null ? null : i.created().toString());
        stringOrNull(g, "Written", i.modified() == null ? null : i.modified().toString());
        stringOrNull(g, "Accessed", i.accessed() == null ? null : i.accessed().toString());
        g.writeBooleanField("Deleted", false);
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        if (!g.isClosed()) {
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.close();
        }
    }
}
