package org.evidenceworkbench.core.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import org.evidenceworkbench.core.casefolder.CaseInfo;

/**
 * data/metadata/case.jsonld: the bundle in CASE/UCO 1.4.0 JSON-LD, written node by node as the
 * items stream past (see docs/bundle.md and the design's CASE/UCO notes). Every node has an IRI:
 * {@code urn:uuid:} of a name-based UUID of the bundle id and the node's role, so a node is named
 * the same wherever it is referenced without keeping a table of names.
 *
 * <p>The graph: the workbench as a {@code uco-tool:Tool}; the examiner as a Person with an
 * Examiner role; the Investigation; the handling marking; per exhibit (source, or submission of a
 * pack) an observable, an acquisition and an analysis action and a ProvenanceRecord with its
 * exhibit number; per item a File with FileFacet, ContentDataFacet (hashes, and a URL node naming
 * its copy in the bag), EXIFFacet, a Contained_Within relationship to its exhibit, a Location with a
 * Located_At relationship, and Annotations for its tags and reviewed findings; last the export
 * action.
 */
final class CaseUcoWriter implements Closeable {

    static final Map<String, String> CONTEXT = contextMap();

    private final JsonGenerator g;
    private final String bundleId;
    private final String marking;
    private final Map<String, String> exhibits = new LinkedHashMap<>(); // exhibit reference -> node IRI
    private final CaseInfo info;
    private final Instant started;

    CaseUcoWriter(Path file, String bundleId, CaseInfo info, String version, String marking, Instant started)
            throws IOException {
        this.bundleId = bundleId;
        this.info = info;
        this.marking = marking;
        this.started = started;
        g = JsonFiles.open(file, true);
        g.writeStartObject();
        g.writeObjectFieldStart("@context");
        for (Map.Entry<String, String> e : CONTEXT.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("@graph");
        writeHeader(version);
    }

    private static Map<String, String> contextMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("case-investigation", "https://ontology.caseontology.org/case/investigation/");
        m.put("uco-action", "https://ontology.unifiedcyberontology.org/uco/action/");
        m.put("uco-core", "https://ontology.unifiedcyberontology.org/uco/core/");
        m.put("uco-identity", "https://ontology.unifiedcyberontology.org/uco/identity/");
        m.put("uco-location", "https://ontology.unifiedcyberontology.org/uco/location/");
        m.put("uco-marking", "https://ontology.unifiedcyberontology.org/uco/marking/");
        m.put("uco-observable", "https://ontology.unifiedcyberontology.org/uco/observable/");
        m.put("uco-tool", "https://ontology.unifiedcyberontology.org/uco/tool/");
        m.put("uco-types", "https://ontology.unifiedcyberontology.org/uco/types/");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return m;
    }

    /** The IRI of the node playing {@code role} for {@code key} in this bundle. */
    String iri(String role, Object key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((bundleId + "/" + role + "/" + key).getBytes(StandardCharsets.UTF_8));
    }

    private void writeHeader(String version) throws IOException {
        start(iri("tool", "workbench"), "uco-tool:Tool");
        g.writeStringField("uco-core:name", "Evidence Workbench");
        g.writeStringField("uco-tool:toolType", "digital evidence triage and review");
        g.writeStringField("uco-tool:version", version);
        g.writeEndObject();

        start(iri("person", "examiner"), "uco-identity:Person");
        g.writeStringField("uco-core:name", info.examiner());
        g.writeEndObject();
        start(iri("role", "examiner"), "case-investigation:Examiner");
        g.writeStringField("uco-core:name", "Examiner");
        g.writeEndObject();
        relationship(iri("relationship", "examiner-role"), iri("person", "examiner"), iri("role", "examiner"), "Has_Role");

        if (marking != null) {
            start(iri("marking", "handling"), "uco-marking:MarkingDefinition");
            g.writeStringField("uco-marking:definitionType", "statement");
            g.writeObjectFieldStart("uco-marking:definition");
            g.writeStringField("@id", iri("marking-statement", "handling"));
            g.writeStringField("@type", "uco-marking:StatementMarking");
            g.writeStringField("uco-marking:definitionType", "statement");
            g.writeStringField("uco-marking:statement", marking);
            g.writeEndObject();
            g.writeEndObject();
        }

        start(iri("investigation", info.id()), "case-investigation:Investigation");
        g.writeStringField("uco-core:name", info.reference() == null ? info.name() : info.reference() + " " + info.name());
        g.writeStringField("case-investigation:investigationForm", "case");
        g.writeStringField("uco-core:description", "Items exported from case " + info.id() + " in bundle " + bundleId);
        g.writeArrayFieldStart("uco-core:object");
        ref(iri("person", "examiner"));
        ref(iri("role", "examiner"));
        g.writeEndArray();
        marked();
        g.writeEndObject();
    }

    /** Writes the exhibit's nodes the first time one of its items passes. */
    private String exhibit(ExportedItem i) throws IOException {
        String existing = exhibits.get(i.exhibit());
        if (existing != null) {
            return existing;
        }
        String node = iri("exhibit", i.exhibit());
        exhibits.put(i.exhibit(), node);
        start(node, "uco-observable:ObservableObject");
        g.writeStringField("uco-core:name", i.exhibit());
        g.writeStringField("uco-core:description", "Evidence source as ingested: " + i.sourceName());
        g.writeEndObject();
        String record = iri("provenance", i.exhibit());
        start(record, "case-investigation:ProvenanceRecord");
        g.writeStringField("case-investigation:exhibitNumber", i.exhibit());
        g.writeStringField("uco-core:description", "Exhibit " + i.exhibit());
        g.writeArrayFieldStart("uco-core:object");
        ref(node);
        g.writeEndArray();
        g.writeEndObject();
        for (String action : List.of("acquired", "analysed")) {
            start(iri(action, i.exhibit()), "case-investigation:InvestigativeAction");
            g.writeStringField("uco-core:name", action);
            g.writeObjectFieldStart("uco-action:performer");
            g.writeStringField("@id", iri("person", "examiner"));
            g.writeEndObject();
            g.writeObjectFieldStart("uco-action:instrument");
            g.writeStringField("@id", iri("tool", "workbench"));
            g.writeEndObject();
            g.writeArrayFieldStart("uco-action:object");
            ref(node);
            g.writeEndArray();
            g.writeArrayFieldStart("uco-action:result");
            ref(record);
            g.writeEndArray();
            g.writeEndObject();
        }
        return node;
    }

    void write(ExportedItem i, List<ExportedFinding> findings) throws IOException {
        String exhibit = exhibit(i);
        String file = iri("file", i.id());
        start(file, "uco-observable:File");
        g.writeStringField("uco-core:name", i.name());
        g.writeArrayFieldStart("uco-core:hasFacet");
        g.writeStartObject();
        g.writeStringField("@id", iri("file-facet", i.id()));
        g.writeStringField("@type", "uco-observable:FileFacet");
        g.writeStringField("uco-observable:fileName", i.name());
        g.writeStringField("uco-observable:filePath", i.path());
        if (i.extension() != null && !i.extension().isBlank()) {
            g.writeStringField("uco-observable:extension", i.extension());
        }
        if (i.size() != null) {
            g.writeNumberField("uco-observable:sizeInBytes", i.size());
        }
        time("uco-observable:observableCreatedTime", i.created());
        time("uco-observable:modifiedTime", i.modified());
        time("uco-observable:accessedTime", i.accessed());
        g.writeEndObject();

        g.writeStartObject();
        g.writeStringField("@id", iri("content-facet", i.id()));
        g.writeStringField("@type", "uco-observable:ContentDataFacet");
        if (i.mimeType() != null) {
            g.writeStringField("uco-observable:mimeType", i.mimeType());
        }
        if (i.size() != null) {
            g.writeNumberField("uco-observable:sizeInBytes", i.size());
        }
        if (i.md5() != null || i.sha1() != null || i.sha256() != null) {
            g.writeArrayFieldStart("uco-observable:hash");
            hash(i.id(), "MD5", i.md5());
            hash(i.id(), "SHA1", i.sha1());
            hash(i.id(), "SHA256", i.sha256());
            g.writeEndArray();
        }
        if (i.payload() != null) {
            g.writeObjectFieldStart("uco-observable:dataPayloadReferenceURL");
            g.writeStringField("@id", iri("payload", i.id()));
            g.writeEndObject();
        }
        g.writeEndObject();

        if (i.cameraMake() != null || i.cameraModel() != null || i.takenAt() != null) {
            g.writeStartObject();
            g.writeStringField("@id", iri("exif-facet", i.id()));
            g.writeStringField("@type", "uco-observable:EXIFFacet");
            g.writeObjectFieldStart("uco-observable:exifData");
            g.writeStringField("@id", iri("exif-data", i.id()));
            g.writeStringField("@type", "uco-types:ControlledDictionary");
            g.writeArrayFieldStart("uco-types:entry");
            exifEntry(i.id(), "Make", i.cameraMake());
            exifEntry(i.id(), "Model", i.cameraModel());
            exifEntry(i.id(), "DateTimeOriginal", i.takenAt());
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        marked();
        g.writeEndObject();

        if (i.payload() != null) {
            start(iri("payload", i.id()), "uco-observable:URL");
            g.writeArrayFieldStart("uco-core:hasFacet");
            g.writeStartObject();
            g.writeStringField("@id", iri("payload-facet", i.id()));
            g.writeStringField("@type", "uco-observable:URLFacet");
            // relative to the bag's root: the copy of the file this bundle carries
            g.writeStringField("uco-observable:fullValue", "data/" + i.payload());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        }

        relationship(iri("contained", i.id()), file, exhibit, "Contained_Within");

        if (i.hasLocation()) {
            String location = iri("location", i.id());
            start(location, "uco-location:Location");
            g.writeArrayFieldStart("uco-core:hasFacet");
            g.writeStartObject();
            g.writeStringField("@id", iri("lat-long", i.id()));
            g.writeStringField("@type", "uco-location:LatLongCoordinatesFacet");
            decimal("uco-location:latitude", i.latitude());
            decimal("uco-location:longitude", i.longitude());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            relationship(iri("located", i.id()), file, location, "Located_At");
        }

        if (!i.tags().isEmpty()) {
            start(iri("tags", i.id()), "uco-core:Annotation");
            g.writeStringField("uco-core:statement", "Tags put on the item by the examiner");
            g.writeArrayFieldStart("uco-core:tag");
            for (String t : i.tags()) {
                g.writeString(t);
            }
            g.writeEndArray();
            objectList(file);
            g.writeEndObject();
        }
        int n = 0;
        for (ExportedFinding f : findings) {
            if (!f.isReviewed()) {
                continue;
            }
            start(iri("finding", i.id() + "/" + n++), "uco-core:Annotation");
            g.writeStringField("uco-core:statement", f.label() + " (" + f.type() + ", " + f.reviewState() + " by "
                    + f.reviewedBy() + (f.reviewNote() == null ? "" : ": " + f.reviewNote()) + ")");
            g.writeStringField("uco-core:description", f.explanation());
            g.writeArrayFieldStart("uco-core:tag");
            g.writeString(f.type());
            g.writeString(f.reviewState());
            g.writeEndArray();
            objectList(file);
            g.writeEndObject();
        }
    }

    private void hash(long item, String method, String value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("@id", iri("hash-" + method, item));
        g.writeStringField("@type", "uco-types:Hash");
        g.writeStringField("uco-types:hashMethod", method);
        g.writeObjectFieldStart("uco-types:hashValue");
        g.writeStringField("@type", "xsd:hexBinary");
        g.writeStringField("@value", value);
        g.writeEndObject();
        g.writeEndObject();
    }

    private void exifEntry(long item, String key, String value) throws IOException {
        if (value == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("@id", iri("exif-" + key, item));
        g.writeStringField("@type", "uco-types:ControlledDictionaryEntry");
        g.writeStringField("uco-types:key", key);
        g.writeStringField("uco-types:value", value);
        g.writeEndObject();
    }

    private void start(String id, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", id);
        g.writeStringField("@type", type);
    }

    private void ref(String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("@id", id);
        g.writeEndObject();
    }

    private void objectList(String id) throws IOException {
        g.writeArrayFieldStart("uco-core:object");
        ref(id);
        g.writeEndArray();
    }

    private void marked() throws IOException {
        if (marking != null) {
            g.writeArrayFieldStart("uco-core:objectMarking");
            ref(iri("marking", "handling"));
            g.writeEndArray();
        }
    }

    private void relationship(String id, String source, String target, String kind) throws IOException {
        start(id, "uco-core:Relationship");
        g.writeObjectFieldStart("uco-core:source");
        g.writeStringField("@id", source);
        g.writeEndObject();
        g.writeArrayFieldStart("uco-core:target");
        ref(target);
        g.writeEndArray();
        g.writeStringField("uco-core:kindOfRelationship", kind);
        g.writeBooleanField("uco-core:isDirectional", true);
        g.writeEndObject();
    }

    private void time(String field, Instant t) throws IOException {
        if (t == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("@type", "xsd:dateTime");
        g.writeStringField("@value", t.toString());
        g.writeEndObject();
    }

    private void decimal(String field, double value) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("@type", "xsd:decimal");
        g.writeStringField("@value", BigDecimal.valueOf(value).toPlainString());
        g.writeEndObject();
    }

    /** Ends the graph with the export action: who exported which exhibits with the workbench, when. */
    void finish(Instant ended) throws IOException {
        start(iri("action", "export"), "case-investigation:InvestigativeAction");
        g.writeStringField("uco-core:name", "exported");
        g.writeStringField("uco-core:description", "Exported as bundle " + bundleId);
        time("uco-action:startTime", started);
        time("uco-action:endTime", ended);
        g.writeObjectFieldStart("uco-action:performer");
        g.writeStringField("@id", iri("person", "examiner"));
        g.writeEndObject();
        g.writeObjectFieldStart("uco-action:instrument");
        g.writeStringField("@id", iri("tool", "workbench"));
        g.writeEndObject();
        g.writeArrayFieldStart("uco-action:object");
        for (String exhibit : exhibits.values()) {
            ref(exhibit);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("uco-action:result");
        ref(iri("provenance", "export"));
        g.writeEndArray();
        g.writeEndObject();

        start(iri("provenance", "export"), "case-investigation:ProvenanceRecord");
        g.writeStringField("case-investigation:exhibitNumber", "bundle-" + bundleId);
        g.writeStringField("uco-core:description", "The exhibits as exported in bundle " + bundleId);
        g.writeArrayFieldStart("uco-core:object");
        for (String exhibit : exhibits.values()) {
            ref(exhibit);
        }
        if (exhibits.isEmpty()) {
            ref(iri("investigation", info.id()));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.close();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
