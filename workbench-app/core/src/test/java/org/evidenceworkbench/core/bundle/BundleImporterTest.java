package org.evidenceworkbench.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.detect.DetectorCatalog;
import org.evidenceworkbench.core.detect.RedetectService;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.media.ItemBytes;
import org.evidenceworkbench.core.search.CaseSearch;
import org.evidenceworkbench.index.SearchRequest;
import org.evidenceworkbench.testing.BundleFixtures;
import org.evidenceworkbench.testing.BundleFixtures.Finding;
import org.evidenceworkbench.testing.BundleFixtures.Item;
import org.evidenceworkbench.testing.Digests;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Receiving bundles at a hub: what an import records (items with provenance, metadata, tags and
 * reviewed findings, copies of the files), that a second import of the same bundle changes
 * nothing, and that a bundle failing its BagIt check is refused unless forced, which is audited.
 */
class BundleImporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant REVIEWED = Instant.parse("2024-05-30T14:00:00Z");

    @TempDir
    Path tmp;

    private final byte[] chat = EvidenceFactory.utf8("Meet at 6. Call me on +447700900123 when you land.\n");

    private byte[] photo;

    @BeforeEach
    void picture() throws IOException {
        photo = EvidenceFactory.jpegBytes(320, 240, 11);
    }

    private BundleFixtures.Bundle kentBundle() throws IOException {
        return BundleFixtures.bundle("Kent Police", "DC Ada Lovelace", "KP-2024-0042")
                .item(Item.picture("17", "phone.zip", "DCIM/Camera/IMG_0001.jpg", photo)
                        .camera("Apple", "iPhone 13", "2024-05-01T10:00:00", 51.2787, 1.0789,
                                Instant.parse("2024-05-01T09:00:05Z"))
                        .tagged("holiday", "shared")
                        .withThumbnail(EvidenceFactory.jpegBytes(64, 48, 12)))
                .item(Item.file("18", "phone.zip", "Snapchat/chat-export.txt", chat).tagged("shared"))
                .finding(Finding.identifier("18", "phone", "+447700900123")
                        .reviewed("confirmed", "DC Ada Lovelace", REVIEWED, "the suspect's number"));
    }

    private static BundleImporter importer(Case c) {
        return new BundleImporter(c, new BagChecker());
    }

    @Test
    void aFolderBundleBecomesItemsWithTheirProvenanceTagsAndReviewedFindings() throws IOException, SQLException {
        BundleFixtures.Bundle bundle = kentBundle();
        Path folder = bundle.writeFolder(tmp);
        Path caseDir = tmp.resolve("hub");
        try (Case c = CaseTestSupport.newCase(caseDir)) {
            BundleImporter.Result r = importer(c).importBundle(folder, BundleImporter.Options.CHECKED);

            assertThat(r.status()).isEqualTo(BundleImporter.Status.IMPORTED);
            assertThat(r.bundleId()).isEqualTo(bundle.id());
            assertThat(r.organization()).isEqualTo("Kent Police");
            assertThat(r.items()).isEqualTo(2);
            assertThat(r.findings()).isEqualTo(1);
            assertThat(r.forced()).isFalse();

            String prefix = bundle.id().substring(0, 8) + "/phone.zip/";
            CaseQueries q = new CaseQueries(c);
            ItemDetail picture = q.show(prefix + "DCIM/Camera/IMG_0001.jpg");
            assertThat(picture.item().sha256()).isEqualTo(Digests.sha256(photo));
            assertThat(picture.item().category()).isEqualTo("picture");
            assertThat(picture.item().mimeType()).isEqualTo("image/jpeg");
            assertThat(picture.cameraMake()).isEqualTo("Apple");
            assertThat(picture.cameraModel()).isEqualTo("iPhone 13");
            assertThat(picture.takenAt()).isEqualTo("2024-05-01T10:00:00");
            assertThat(picture.gpsLatitude()).isEqualTo(51.2787);
            assertThat(picture.fsModified()).isEqualTo(Instant.parse("2024-05-01T09:00:05Z"));
            assertThat(picture.tags()).containsExactly("holiday", "shared");
            assertThat(picture.thumbnail()).isNotNull();
            assertThat(c.layout().thumbsDir().resolve(picture.thumbnail())).exists();

            ItemDetail.Provenance p = picture.provenance();
            assertThat(p.sourceKind()).isEqualTo("bundle");
            assertThat(p.sourceLocation()).isEqualTo(folder.toAbsolutePath().normalize().toString());
            ItemDetail.BundleOrigin origin = p.bundle();
            assertThat(origin.bundleId()).isEqualTo(bundle.id());
            assertThat(origin.organization()).isEqualTo("Kent Police");
            assertThat(origin.contact()).isEqualTo("DC Ada Lovelace");
            assertThat(origin.caseReference()).isEqualTo("KP-2024-0042");
            assertThat(origin.exhibit()).isEqualTo("phone.zip");
            assertThat(origin.originalItemId()).isEqualTo("17");
            assertThat(origin.originalPath()).isEqualTo("DCIM/Camera/IMG_0001.jpg");
            assertThat(origin.originalSource()).isEqualTo("/evidence/phone.zip");
            assertThat(origin.originalSha256()).isEqualTo(picture.item().sha256());
            assertThat(origin.payload()).isEqualTo("imports/" + bundle.id() + "/items/" + picture.item().sha256() + ".jpg");

            ItemDetail text = q.show(prefix + "Snapchat/chat-export.txt");
            assertThat(text.findings()).singleElement().satisfies(f -> {
                assertThat(f.type()).isEqualTo("phone");
                assertThat(f.reviewState()).isEqualTo("confirmed");
                assertThat(f.reviewedBy()).isEqualTo("DC Ada Lovelace (Kent Police)");
                assertThat(f.reviewedAt()).isEqualTo(REVIEWED);
                assertThat(f.reviewNote()).isEqualTo("the suspect's number");
                assertThat(f.where()).isEqualTo("line 1, characters 0–13");
            });
            assertThat(rows(c, "SELECT tagged_by FROM tag WHERE item_id = " + text.item().id()))
                    .containsExactly("DC Ada Lovelace (Kent Police)");

            // the case keeps its own copy: the bytes are there after the bundle is gone
            deleteTree(folder);
            assertThat(new ItemBytes(c).read(Long.toString(text.item().id()), 1 << 20)).isEqualTo(chat);

            assertThat(rows(c, "SELECT source_organization || '|' || contact_name || '|' || case_reference || '|'"
                    + " || export_profile || '|' || handling_marking || '|' || forced FROM bundle"))
                    .containsExactly("Kent Police|DC Ada Lovelace|KP-2024-0042|full|OFFICIAL-SENSITIVE|FALSE");

            AuditEntry last = lastAudit(c);
            assertThat(last.action()).isEqualTo("bundle.imported");
            Map<?, ?> details = JSON.readValue(last.details(), Map.class);
            assertThat(details.get("bundleId")).isEqualTo(bundle.id());
            assertThat(details.get("organization")).isEqualTo("Kent Police");
            assertThat(details.get("items")).isEqualTo(2);
            assertThat(details.get("forced")).isEqualTo(false);
            assertThat(c.audit().verify().problems()).isEmpty();
        }
        // the import reached the search index: the sender's folder names find the items
        assertThat(CaseSearch.search(caseDir, SearchRequest.of("path:snapchat")).result().hits())
                .extracting(h -> h.path()).containsExactly(bundle.id().substring(0, 8) + "/phone.zip/Snapchat/chat-export.txt");
    }

    @Test
    void aZipBundleIsReadInPlaceAndImportingItAgainChangesNothing() throws IOException, SQLException {
        BundleFixtures.Bundle bundle = kentBundle();
        Path zip = bundle.writeZip(tmp);
        String zipHash = Digests.sha256(zip);
        try (Case c = CaseTestSupport.newCase(tmp.resolve("hub"))) {
            BundleImporter.Result first = importer(c).importBundle(zip, BundleImporter.Options.CHECKED);
            assertThat(first.status()).isEqualTo(BundleImporter.Status.IMPORTED);
            assertThat(first.items()).isEqualTo(2);
            Map<String, Long> before = counts(c);
            long auditBefore = lastAudit(c).seq();

            BundleImporter.Result again = importer(c).importBundle(zip, BundleImporter.Options.CHECKED);

            assertThat(again.status()).isEqualTo(BundleImporter.Status.ALREADY_IMPORTED);
            assertThat(again.items()).isEqualTo(2);
            assertThat(counts(c)).isEqualTo(before);
            assertThat(lastAudit(c).seq()).isEqualTo(auditBefore);
            // the same bundle unzipped is the same bundle
            Path unzipped = bundle.writeFolder(Files.createDirectories(tmp.resolve("unzipped")));
            assertThat(importer(c).importBundle(unzipped, BundleImporter.Options.CHECKED).status())
                    .isEqualTo(BundleImporter.Status.ALREADY_IMPORTED);
            assertThat(counts(c)).isEqualTo(before);
        }
        assertThat(Digests.sha256(zip)).isEqualTo(zipHash);
        assertThat(zip.resolveSibling("bundle-" + bundle.id())).doesNotExist();
    }

    @Test
    void aDifferentBundleWithAnIdAlreadyImportedIsRefused() throws IOException, SQLException {
        BundleFixtures.Bundle first = kentBundle();
        BundleFixtures.Bundle impostor = BundleFixtures.bundle("Elsewhere", "Someone", "X-1").id(first.id())
                .item(Item.file("1", "laptop", "notes.txt", EvidenceFactory.utf8("other content")));
        Path a = first.writeFolder(Files.createDirectories(tmp.resolve("a")));
        Path b = impostor.writeFolder(Files.createDirectories(tmp.resolve("b")));
        try (Case c = CaseTestSupport.newCase(tmp.resolve("hub"))) {
            importer(c).importBundle(a, BundleImporter.Options.CHECKED);
            Map<String, Long> before = counts(c);
            assertThatThrownBy(() -> importer(c).importBundle(b, BundleImporter.Options.CHECKED))
                    .isInstanceOf(BundleRefusedException.class)
                    .hasMessageContaining("A different bundle with the id " + first.id())
                    .hasMessageContaining("not imported");
            assertThat(counts(c)).isEqualTo(before);
        }
    }

    @Test
    void aTamperedBundleIsRefusedNamingTheFileAndForcingItIsAudited() throws IOException, SQLException {
        BundleFixtures.Bundle bundle = kentBundle();
        Path folder = bundle.writeFolder(tmp);
        Path chatCopy = folder.resolve("data/items/" + Digests.sha256(chat) + ".txt");
        byte[] changed = Files.readAllBytes(chatCopy);
        changed[5] ^= 1;
        Files.write(chatCopy, changed);
        try (Case c = CaseTestSupport.newCase(tmp.resolve("hub"))) {
            Map<String, Long> before = counts(c);
            assertThatThrownBy(() -> importer(c).importBundle(folder, BundleImporter.Options.CHECKED))
                    .isInstanceOf(BundleRefusedException.class)
                    .hasMessageStartingWith("The bundle fails its BagIt check: data/items/" + Digests.sha256(chat)
                            + ".txt has changed")
                    .hasMessageContaining("--force");
            assertThat(counts(c)).isEqualTo(before);
            assertThat(c.layout().importsDir()).doesNotExist();

            assertThatThrownBy(() -> importer(c).importBundle(folder, new BundleImporter.Options(true, null, null)))
                    .hasMessageContaining("--by").hasMessageContaining("--reason");

            BundleImporter.Result r = importer(c).importBundle(folder,
                    new BundleImporter.Options(true, "DS Grace Hopper", "the sender confirmed by phone; urgent"));
            assertThat(r.status()).isEqualTo(BundleImporter.Status.IMPORTED);
            assertThat(r.forced()).isTrue();
            assertThat(r.payloadProblems()).isEqualTo(1);
            ItemDetail text = new CaseQueries(c).show(bundle.id().substring(0, 8) + "/phone.zip/Snapchat/chat-export.txt");
            assertThat(text.item().reason()).contains("not the " + Digests.sha256(chat) + " the sender recorded");
            assertThat(text.provenance().bundle().forced()).isTrue();
            assertThat(rows(c, "SELECT forced FROM bundle")).containsExactly("TRUE");

            Map<?, ?> details = JSON.readValue(lastAudit(c).details(), Map.class);
            assertThat(lastAudit(c).action()).isEqualTo("bundle.imported");
            assertThat(details.get("forced")).isEqualTo(true);
            assertThat(details.get("forcedBy")).isEqualTo("DS Grace Hopper");
            assertThat(details.get("reason")).isEqualTo("the sender confirmed by phone; urgent");
            assertThat((String) details.get("checkProblem")).contains("has changed");
        }
    }

    @Test
    void theBagCheckNamesMissingAddedAndEditedFiles() throws IOException {
        Path folder = kentBundle().writeFolder(tmp);
        Files.writeString(folder.resolve("data/items/extra.txt"), "slipped in");
        Files.delete(folder.resolve("data/metadata/findings.json"));
        Files.writeString(folder.resolve("bag-info.txt"), "Source-Organization: Someone Else\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        try (OpenBundle b = OpenBundle.open(folder)) {
            assertThat(new BagChecker().problems(b)).containsExactlyInAnyOrder(
                    "data/metadata/findings.json is missing",
                    "data/items/extra.txt was added: the payload manifest does not list it",
                    "bag-info.txt has changed: its SHA-256 differs from the manifest's");
        }
        try (OpenBundle b = OpenBundle.open(kentBundle().writeFolder(Files.createDirectories(tmp.resolve("ok"))))) {
            assertThat(new BagChecker().check(b).passed()).isTrue();
        }
    }

    @Test
    void aMetadataOnlyBundleImportsItsItemsWithoutCopies() throws IOException {
        BundleFixtures.Bundle bundle = kentBundle().metadataOnly();
        Path folder = bundle.writeFolder(tmp);
        try (Case c = CaseTestSupport.newCase(tmp.resolve("hub"))) {
            BundleImporter.Result r = importer(c).importBundle(folder, BundleImporter.Options.CHECKED);
            assertThat(r.items()).isEqualTo(2);
            assertThat(r.payloadProblems()).isZero();
            ItemDetail text = new CaseQueries(c).show(bundle.id().substring(0, 8) + "/phone.zip/Snapchat/chat-export.txt");
            assertThat(text.item().sha256()).isEqualTo(Digests.sha256(chat));
            assertThat(text.provenance().bundle().payload()).isNull();
            assertThatThrownBy(() -> new ItemBytes(c).read(Long.toString(text.item().id()), 1 << 20))
                    .hasMessageContaining("without its bytes");
        }
    }

    @Test
    void detectorsRunAtTheHubReadTheCaseCopyOfAnImportedPicture() throws IOException {
        BundleFixtures.Bundle bundle = kentBundle();
        Path folder = bundle.writeFolder(tmp);
        DetectorCatalog pdqOnly = DetectorCatalog.load(Files.createDirectories(tmp.resolve("no-plugins")))
                .only(d -> d.info().id().equals("media.pdq"));
        try (Case c = CaseTestSupport.newCase(tmp.resolve("hub"))) {
            importer(c).importBundle(folder, BundleImporter.Options.CHECKED);
            deleteTree(folder);

            RedetectService.Summary s = new RedetectService(c, pdqOnly, Duration.ofSeconds(60)).run();

            assertThat(s.failures()).isZero();
            ItemDetail picture = new CaseQueries(c).show(bundle.id().substring(0, 8) + "/phone.zip/DCIM/Camera/IMG_0001.jpg");
            assertThat(picture.findings()).extracting(f -> f.type()).contains("pdq");
            // the sender's reviewed finding on the other item is kept
            ItemDetail text = new CaseQueries(c).show(bundle.id().substring(0, 8) + "/phone.zip/Snapchat/chat-export.txt");
            assertThat(text.findings()).extracting(f -> f.reviewState()).containsExactly("confirmed");
        }
    }

    @Test
    void twoItemsWithOnePathInAnExhibitAreBothKept() throws IOException {
        BundleFixtures.Bundle bundle = BundleFixtures.bundle("Kent Police", "DC Ada Lovelace", "KP-1")
                .item(Item.file("7", "upload.zip", "IMG.txt", EvidenceFactory.utf8("first member")))
                .item(Item.file("8", "upload.zip", "IMG.txt", EvidenceFactory.utf8("second member, same name")));
        try (Case c = CaseTestSupport.newCase(tmp.resolve("hub"))) {
            BundleImporter.Result r = importer(c).importBundle(bundle.writeFolder(tmp), BundleImporter.Options.CHECKED);
            assertThat(r.items()).isEqualTo(2);
            String prefix = bundle.id().substring(0, 8) + "/upload.zip/IMG.txt";
            assertThat(CaseTestSupport.items(c)).extracting(i -> i.path()).containsExactly(prefix, prefix + " [8]");
            assertThat(new CaseQueries(c).show(prefix + " [8]").provenance().bundle().originalPath()).isEqualTo("IMG.txt");
        }
    }

    static Map<String, Long> counts(Case c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : List.of("source", "bundle", "item", "item_origin", "tag", "finding", "near_duplicate")) {
            out.put(table, Long.valueOf(rows(c, "SELECT COUNT(*) FROM " + table).get(0)));
        }
        return out;
    }

    static List<String> rows(Case c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection conn = c.database().connection(); Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    static AuditEntry lastAudit(Case c) {
        AuditEntry[] last = {null};
        c.audit().forEach(e -> last[0] = e);
        return last[0];
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
