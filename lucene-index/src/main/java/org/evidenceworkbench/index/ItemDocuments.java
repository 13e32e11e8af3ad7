package org.evidenceworkbench.index;

import static org.evidenceworkbench.index.IndexSchema.*;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexedItem} into the Lucene document the schema describes. */
final class ItemDocuments {

    /** Extracted text: stored for snippets, with offsets so the highlighter need not re-analyse it. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets = IndexSchema.facetsConfig();

    Document toDocument(IndexedItem item) throws IOException {
        Document d = new Document();
        d.add(new StringField(ID, Long.toString(item.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(ID, item.id()));
        text(d, PATH, item.path(), true);
        keyword(d, PATH_KEY, item.path());
        text(d, NAME, item.name(), true);
        keyword(d, NAME_KEY, item.name());
        if (item.name() != null) {
            d.add(new SortedDocValuesField(NAME_KEY, new BytesRef(lower(item.name()))));
        }
        keyword(d, EXTENSION, item.extension());
        keyword(d, TYPE, item.category());
        keyword(d, MIME, item.mimeType());
        keyword(d, MD5, item.md5());
        keyword(d, SHA1, item.sha1());
        keyword(d, SHA256, item.sha256());
        keyword(d, SOURCE, item.source());
        keyword(d, SUBMISSION, item.submission());
        keyword(d, OUTCOME, item.outcome());
        keyword(d, MAKE, item.cameraMake());
        keyword(d, MODEL, item.cameraModel());
        item.flags().forEach(f -> keyword(d, FLAG, f));
        item.tags().forEach(t -> keyword(d, TAG, t));
        item.findings().forEach(f -> keyword(d, FINDING, f));
        item.detectors().forEach(f -> keyword(d, FINDING, f)); // finding:identifiers.card as well as finding:card
        item.reviewStates().forEach(r -> keyword(d, REVIEW, r));
        stored(d, "category_stored", item.category());
        stored(d, "mime_stored", item.mimeType());
        stored(d, "sha256_stored", item.sha256());
        stored(d, "outcome_stored", item.outcome());

        if (item.size() != null) {
            d.add(new LongPoint(SIZE, item.size()));
            d.add(new NumericDocValuesField(SIZE, item.size()));
            d.add(new StoredField(SIZE, item.size()));
        }
        time(d, CREATED, item.created());
        time(d, MODIFIED, item.modified());
        time(d, ACCESSED, item.accessed());
        time(d, TAKEN, item.taken());
        time(d, SENT, item.sent());
        Instant when = item.when();
        if (when != null) {
            d.add(new LongPoint(TIME, when.toEpochMilli()));
            d.add(new NumericDocValuesField(TIME, when.toEpochMilli()));
            d.add(new StoredField(TIME, when.toEpochMilli()));
            d.add(new SortedSetDocValuesFacetField(FACET_YEAR, Integer.toString(when.atZone(ZoneOffset.UTC).getYear())));
        }

        String camera = join(item.cameraMake(), item.cameraModel());
        text(d, CAMERA, camera, false);
        text(d, AUTHOR, item.author(), false);
        text(d, TITLE, item.title(), false);
        text(d, FROM, item.mailFrom(), false);
        text(d, TO, item.mailTo(), false);
        text(d, SUBJECT, item.mailSubject(), false);
        if (item.text() != null && !item.text().isEmpty()) {
            d.add(new Field(TEXT, item.text(), TEXT_WITH_OFFSETS));
            keyword(d, HAS, "text");
        }

        if (item.latitude() != null && item.longitude() != null) {
            d.add(new LatLonPoint(GEO, item.latitude(), item.longitude()));
            d.add(new StoredField(LATITUDE, item.latitude()));
            d.add(new StoredField(LONGITUDE, item.longitude()));
            keyword(d, HAS, "gps");
        }
        if (!item.findings().isEmpty()) {
            keyword(d, HAS, "findings");
        }
        if (!item.tags().isEmpty()) {
            keyword(d, HAS, "tags");
        }
        if (item.nearDuplicateGroup() != null) {
            String group = Long.toString(item.nearDuplicateGroup());
            keyword(d, GROUP, group);
            stored(d, "group_stored", group);
            keyword(d, HAS, "near-duplicates");
        }

        facet(d, FACET_TYPE, item.category());
        facet(d, FACET_EXTENSION, item.extension());
        facet(d, FACET_CAMERA, item.cameraModel());
        facet(d, FACET_SOURCE, item.source());
        item.findings().forEach(f -> facet(d, FACET_FINDING, f));
        item.tags().forEach(t -> facet(d, FACET_TAG, t));
        return facets.build(d);
    }

    private static void text(Document d, String field, String value, boolean store) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, store ? Field.Store.YES : Field.Store.NO));
        }
    }

    private static void keyword(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, lower(value), Field.Store.NO));
        }
    }

    private static void stored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    private static void time(Document d, String field, Instant t) {
        if (t != null) {
            d.add(new LongPoint(field, t.toEpochMilli()));
        }
    }

    private static void facet(Document d, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new SortedSetDocValuesFacetField(dimension, lower(value)));
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }
}
