package org.evidenceworkbench.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.testing.Digests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of a real ingested case: what each profile and selection puts in the bundle, folder and zip. */
class BundleExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    BundleFixture fixture;

    @BeforeEach
    void caseWithPicturesPdfAndZip() throws IOException {
        System.setProperty(WorkstationConfig.PROPERTY, tmp.resolve("config").toString());
        fixture = new BundleFixture(tmp);
    }

    @AfterEach
    void forgetConfig() {
        System.clearProperty(WorkstationConfig.PROPERTY);
    }

    @Test
    void fullExportCarriesEveryLayerAndVerifies() throws IOException {
        ExportResult result = fixture.export(tmp.resolve("out"), Selection.all(), ExportProfile.FULL, false);
        Path bag = result.bundle();

        assertThat(bag.getFileName().toString()).isEqualTo("bundle-" + result.bundleId());
        for (String f : List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
                "tagmanifest-sha256.txt", "data/metadata/case.jsonld", "data/metadata/vics.json",
                "data/metadata/items.csv", "data/metadata/findings.json", "data/metadata/audit.jsonl",
                "data/metadata/locations.geojson", "signature/tagmanifest-sha256.txt.p7s", "signature/signer.pem")) {
            assertThat(bag.resolve(f)).as(f).isRegularFile();
        }
        // nothing staged is left behind next to the bundle
        try (Stream<Path> siblings = Files.list(bag.getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly(bag.getFileName().toString());
        }

        List<CSVRecord> rows = csv(bag);
        assertThat(rows).hasSize(6); // two pictures, the pdf, the zip and its two members
        CSVRecord picture = row(rows, "IMG_0001.jpg");
        byte[] original = Files.readAllBytes(fixture.evidence.resolve("IMG_0001.jpg"));
        String sha256 = Digests.sha256(original);
        assertThat(picture.get("sha256")).isEqualTo(sha256);
        assertThat(picture.get("payload")).isEqualTo("items/" + sha256 + ".jpg");
        assertThat(Files.readAllBytes(bag.resolve("data").resolve(picture.get("payload")))).isEqualTo(original);
        assertThat(picture.get("thumbnail")).isEqualTo("thumbs/" + sha256 + ".jpg");
        assertThat(bag.resolve("data").resolve(picture.get("thumbnail"))).isRegularFile();
        assertThat(picture.get("exhibit")).isEqualTo("evidence");
        assertThat(picture.get("camera_make")).isEqualTo("Canon");
        assertThat(Double.parseDouble(picture.get("latitude"))).isCloseTo(51.5014, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(picture.get("tags")).isEqualTo("relevant");

        // members of the zip cannot be read back: metadata-only, with the reason counted
        CSVRecord member = row(rows, "phone.zip!/notes.txt");
        assertThat(member.get("payload")).isEmpty();
        assertThat(result.metadataOnly()).isEqualTo(2);
        assertThat(result.metadataOnlyWhy()).containsOnlyKeys("inside a container; the case keeps no copy of its bytes");

        Map<String, String> info = bagInfo(bag);
        assertThat(info).containsEntry("Bundle-Identifier", result.bundleId())
                .containsEntry("Source-Organization", "Test Constabulary")
                .containsEntry("Contact-Name", "Test Examiner")
                .containsEntry("External-Identifier", "OP-TEST-1")
                .containsEntry("Export-Profile", "full")
                .containsEntry("Handling-Marking", "OFFICIAL")
                .containsEntry("Export-Selection", "all items");
        assertThat(info.get("Bag-Group-Identifier")).isEqualTo(caseId());

        JsonNode vics = JSON.readTree(bag.resolve("data/metadata/vics.json").toFile());
        JsonNode media = vics.get("value").get(0).get("Media");
        assertThat(media).hasSize(3); // three pictures, one of them inside the zip
        JsonNode tagged = find(media, "RelativeFilePath", "data/items/" + sha256 + ".jpg");
        assertThat(tagged.get("Category").asInt()).as("'relevant' maps to 2 in this mapping").isEqualTo(2);
        assertThat(tagged.get("MD5").asText()).isEqualTo(Digests.md5(original).toUpperCase());

        JsonNode findings = JSON.readTree(bag.resolve("data/metadata/findings.json").toFile());
        JsonNode confirmed = find(findings, "review_state", "confirmed");
        assertThat(confirmed.get("item_id").asText()).isEqualTo(picture.get("item_id"));
        assertThat(confirmed.get("sha256").asText()).isEqualTo(sha256);
        assertThat(confirmed.get("reviewed_by").asText()).isEqualTo("DC Smith");
        assertThat(confirmed.get("review_note").asText()).isEqualTo("seen before");
        for (String field : List.of("detector", "detector_version", "type", "label", "explanation", "where",
                "confidence", "severity", "entity_type", "entity_value", "reviewed_at", "attributes")) {
            assertThat(confirmed.has(field)).as(field).isTrue();
        }
        assertThat(confirmed.get("attributes").isObject()).isTrue();

        JsonNode geo = JSON.readTree(bag.resolve("data/metadata/locations.geojson").toFile());
        assertThat(geo.get("features")).hasSize(2);
        assertThat(geo.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble()).isLessThan(0);

        VerifyReport report = new BundleVerifier(null).verify(bag);
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.bundleId()).isEqualTo(result.bundleId());
    }

    @Test
    void theExportIsAuditedWithTheBundlesHashAndTheBundleCarriesTheItemsAuditEntries() throws IOException {
        ExportResult result = fixture.export(tmp.resolve("out"), Selection.tag("relevant"), ExportProfile.FULL, false);
        String tagManifestHash = Digests.sha256(Files.readAllBytes(result.bundle().resolve("tagmanifest-sha256.txt")));
        assertThat(result.bundleHash()).isEqualTo(tagManifestHash);

        List<AuditEntry> entries = new ArrayList<>();
        try (Case c = Case.openForReading(fixture.caseDir)) {
            c.audit().forEach(entries::add);
            assertThat(c.audit().verify().problems()).isEmpty();
        }
        AuditEntry exported = entries.get(entries.size() - 1);
        assertThat(exported.action()).isEqualTo("bundle.exported");
        JsonNode details = JSON.readTree(exported.details());
        assertThat(details.get("bundleHash").asText()).isEqualTo(tagManifestHash);
        assertThat(details.get("items").asLong()).isEqualTo(1);
        assertThat(details.get("itemIds")).hasSize(1);
        assertThat(details.get("destination").asText()).isEqualTo(result.bundle().toString());
        assertThat(details.get("profile").asText()).isEqualTo("full");
        assertThat(details.get("selection").asText()).isEqualTo("tag: relevant");
        AuditEntry before = entries.get(entries.size() - 2);
        assertThat(bagInfo(result.bundle())).containsEntry("Audit-Chain-Head", before.seq() + " " + before.hash());

        List<String> actions = new ArrayList<>();
        for (String line : Files.readAllLines(result.bundle().resolve("data/metadata/audit.jsonl"))) {
            JsonNode entry = JSON.readTree(line);
            actions.add(entry.get("action").asText());
            assertThat(entry.get("hash").asText()).hasSize(64);
        }
        assertThat(actions).containsExactly("case.created", "ingest.started", "ingest.completed", "item.tagged",
                "finding.confirmed");
    }

    @Test
    void zipHoldsTheBagFolderAsItsOnlyTopLevelEntryAndVerifies() throws IOException {
        ExportResult result = fixture.export(tmp.resolve("sent.zip"), Selection.all(), ExportProfile.FULL, false);
        assertThat(result.bundle()).isEqualTo(tmp.resolve("sent.zip"));
        Set<String> tops = new HashSet<>();
        try (ZipFile zip = new ZipFile(result.bundle().toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                tops.add(e.nextElement().getName().split("/")[0]);
            }
        }
        assertThat(tops).containsExactly("bundle-" + result.bundleId());
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).doesNotContain(".bundle-" + result.bundleId() + ".partial");
        }
        VerifyReport report = new BundleVerifier(null).verify(result.bundle());
        assertThat(report.ok()).as(report.toString()).isTrue();
    }

    @Test
    void metadataOnlyCarriesNoFilesAndThumbnailsCarriesOnlyThumbnails() throws IOException {
        ExportResult meta = fixture.export(tmp.resolve("meta"), Selection.all(), ExportProfile.METADATA_ONLY, false);
        assertThat(meta.bundle().resolve("data/items")).doesNotExist();
        assertThat(meta.bundle().resolve("data/thumbs")).doesNotExist();
        assertThat(meta.metadataOnly()).as("metadata-only is asked for, not a fallback").isZero();
        assertThat(csv(meta.bundle())).allSatisfy(r -> assertThat(r.get("payload")).isEmpty());
        assertThat(new BundleVerifier(null).verify(meta.bundle()).ok()).isTrue();

        ExportResult thumbs = fixture.export(tmp.resolve("thumbs"), Selection.all(), ExportProfile.THUMBNAILS, false);
        assertThat(thumbs.bundle().resolve("data/items")).doesNotExist();
        assertThat(thumbs.thumbnails()).isGreaterThanOrEqualTo(3);
        try (Stream<Path> files = Files.list(thumbs.bundle().resolve("data/thumbs"))) {
            assertThat(files.count()).isEqualTo(thumbs.thumbnails());
        }
        assertThat(bagInfo(thumbs.bundle())).containsEntry("Export-Profile", "thumbnails");
        assertThat(new BundleVerifier(null).verify(thumbs.bundle()).ok()).isTrue();
    }

    @Test
    void selectionByQueryTagAndIdsTakesExactlyThoseItems() throws IOException {
        long pdf;
        long second;
        try (Case c = Case.openForReading(fixture.caseDir)) {
            pdf = BundleFixture.item(c, "statement.pdf").id();
            second = BundleFixture.item(c, "IMG_0002.jpg").id();
        }
        ExportResult byQuery = fixture.export(tmp.resolve("q"), Selection.query("depot"), ExportProfile.FULL, false);
        assertThat(ids(byQuery)).containsExactly(String.valueOf(pdf));
        assertThat(bagInfo(byQuery.bundle())).containsEntry("Export-Selection", "query: depot");

        ExportResult byTag = fixture.export(tmp.resolve("t"), Selection.tag("relevant"), ExportProfile.FULL, false);
        assertThat(csv(byTag.bundle())).extracting(r -> r.get("path")).containsExactly("IMG_0001.jpg");

        ExportResult byIds = fixture.export(tmp.resolve("i"), Selection.items(pdf + "," + second),
                ExportProfile.FULL, false);
        assertThat(ids(byIds)).containsExactlyInAnyOrder(String.valueOf(pdf), String.valueOf(second));

        assertThatThrownBy(() -> fixture.export(tmp.resolve("n"), Selection.tag("no-such-tag"), ExportProfile.FULL, false))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("No items match");
        assertThat(tmp.resolve("n")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void aBundleIsNeverWrittenIntoAnEvidenceSource() throws IOException {
        Map<String, String> before = tree(fixture.evidence);
        assertThatThrownBy(() -> fixture.export(fixture.evidence.resolve("out"), Selection.all(), ExportProfile.FULL, false))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("evidence source");
        assertThat(tree(fixture.evidence)).isEqualTo(before);
    }

    @Test
    void aFailedExportLeavesNothingThatLooksLikeABundle() throws IOException {
        // a damaged workstation keystore: the export fails part way, after its staging folder was made
        Path config = Files.createDirectories(tmp.resolve("config"));
        Files.writeString(config.resolve(WorkstationKeys.KEYSTORE_FILE), "not a keystore");
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> fixture.export(out, Selection.all(), ExportProfile.FULL, false))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("workstation keystore");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.toList()).isEmpty();
        }
        assertThatThrownBy(() -> fixture.export(tmp.resolve("sent.zip"), Selection.all(), ExportProfile.FULL, false))
                .isInstanceOf(WorkbenchException.class);
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".bundle-") || n.equals("sent.zip"));
        }
    }

    @Test
    void aChangedSourceFileGoesMetadataOnlyWithTheReason() throws IOException {
        Files.write(fixture.evidence.resolve("IMG_0002.jpg"), new byte[] {1, 2, 3});
        ExportResult result = fixture.export(tmp.resolve("out"), Selection.all(), ExportProfile.FULL, false);
        assertThat(result.metadataOnlyWhy()).containsEntry("its file changed since ingest (the SHA-256 differs)", 1L);
        assertThat(row(csv(result.bundle()), "IMG_0002.jpg").get("payload")).isEmpty();
        assertThat(new BundleVerifier(null).verify(result.bundle()).ok()).isTrue();
    }

    /** Every file under {@code root} with its SHA-256. */
    static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Digests.sha256(p));
            }
        }
        return out;
    }

    private String caseId() {
        try (Case c = Case.openForReading(fixture.caseDir)) {
            return c.info().id().toString();
        }
    }

    private static List<String> ids(ExportResult r) throws IOException {
        return csv(r.bundle()).stream().map(x -> x.get("item_id")).toList();
    }

    static List<CSVRecord> csv(Path bag) throws IOException {
        try (Reader r = Files.newBufferedReader(bag.resolve("data/metadata/items.csv"), StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(ItemsCsvWriter.COLUMNS);
            return p.getRecords();
        }
    }

    static CSVRecord row(List<CSVRecord> rows, String path) {
        return rows.stream().filter(r -> r.get("path").equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + path + " in " + rows));
    }

    static Map<String, String> bagInfo(Path bag) throws IOException {
        Map<String, String> info = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(bag.resolve("bag-info.txt"))) {
            int colon = line.indexOf(':');
            info.put(line.substring(0, colon), line.substring(colon + 1).strip());
        }
        return info;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.path(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }
}
