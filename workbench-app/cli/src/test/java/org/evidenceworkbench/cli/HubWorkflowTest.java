package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.testing.BundleFixtures;
import org.evidenceworkbench.testing.BundleFixtures.Finding;
import org.evidenceworkbench.testing.BundleFixtures.Item;
import org.evidenceworkbench.testing.Digests;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub analyst's session: import two forces' bundles (a folder and a zip), import one again,
 * meet a tampered bundle (refused, exit 3; then forced, audited), read an item's provenance and
 * list the links between the bundles; and links on an ordinary case with two ingested sources.
 */
class HubWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHONE = "+447700900123";

    @TempDir
    Path tmp;

    @Test
    void analystImportsBundlesAndListsTheLinksBetweenThem() throws Exception {
        byte[] shared = EvidenceFactory.utf8("Shipment list: 40 boxes, pier 4, Thursday.\n");
        BundleFixtures.Bundle kent = BundleFixtures.bundle("Kent Police", "DC Ada Lovelace", "KP-1")
                .item(Item.file("1", "phone.zip", "Documents/list.txt", shared).tagged("shared"))
                .item(Item.file("2", "phone.zip", "Chats/whatsapp.txt", EvidenceFactory.utf8("call " + PHONE)))
                .finding(Finding.identifier("2", "phone", PHONE));
        BundleFixtures.Bundle essex = BundleFixtures.bundle("Essex Police", "DC Alan Turing", "EP-9")
                .item(Item.file("101", "laptop.E01", "Users/bob/manifest.txt", shared))
                .item(Item.file("102", "laptop.E01", "Users/bob/contacts.vcf", EvidenceFactory.utf8("TEL:" + PHONE)))
                .finding(Finding.identifier("102", "phone", PHONE));
        Path kentFolder = kent.writeFolder(Files.createDirectories(tmp.resolve("received")));
        Path essexZip = essex.writeZip(tmp);
        Path hub = tmp.resolve("hub");
        assertThat(CliRunner.run("case", "create", hub.toString(), "--name", "Regional hub", "--examiner",
                "DS Grace Hopper").exitCode()).isZero();

        CliRunner.Result imported = CliRunner.run("import", hub.toString(), kentFolder.toString(), essexZip.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported bundle " + kent.id() + " from Kent Police: 2 items, 1 findings.")
                .contains("Imported bundle " + essex.id() + " from Essex Police: 2 items, 1 findings.");

        CliRunner.Result again = CliRunner.run("import", hub.toString(), essexZip.toString(), "--json");
        assertThat(again.exitCode()).isZero();
        JsonNode line = JSON.readTree(again.out());
        assertThat(line.get("status").asText()).isEqualTo("already-imported");
        assertThat(line.get("items").asLong()).isEqualTo(2);
        assertThat(JSON.readTree(CliRunner.run("status", hub.toString(), "--json").out()).get("items").asLong())
                .isEqualTo(4);

        CliRunner.Result show = CliRunner.run("show", hub.toString(), kent.id().substring(0, 8) + "/phone.zip/Documents/list.txt");
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Bundle").contains(kent.id()).contains("DC Ada Lovelace (Kent Police)")
                .contains("Exhibit").contains("phone.zip").contains("Original path").contains("Documents/list.txt");

        List<JsonNode> links = CliRunner.run("links", hub.toString(), "--json").out().lines()
                .map(HubWorkflowTest::json).toList();
        assertThat(links).extracting(l -> l.get("kind").asText() + " " + l.get("key").asText())
                .containsExactly("FILE " + Digests.sha256(shared), "IDENTIFIER phone:" + PHONE);
        assertThat(links.get(0).get("items")).extracting(i -> i.get("organization").asText())
                .containsExactly("Kent Police", "Essex Police");
        String text = CliRunner.run("links", hub.toString()).out();
        assertThat(text).contains("file " + Digests.sha256(shared) + "  (2 items in 2 sources)")
                .contains("Kent Police, bundle " + kent.id() + ", exhibit phone.zip\tDocuments/list.txt")
                .contains("Essex Police, bundle " + essex.id() + ", exhibit laptop.E01\tUsers/bob/contacts.vcf")
                .contains("2 links.");
    }

    @Test
    void aTamperedBundleIsRefusedWithExitThreeAndForcingItIsAudited() throws Exception {
        BundleFixtures.Bundle bundle = BundleFixtures.bundle("Kent Police", "DC Ada Lovelace", "KP-1")
                .item(Item.file("1", "phone.zip", "notes.txt", EvidenceFactory.utf8("original words")));
        Path folder = bundle.writeFolder(tmp);
        Files.writeString(folder.resolve("data/items/added.txt"), "slipped in later");
        Path hub = tmp.resolve("hub");
        CliRunner.run("case", "create", hub.toString(), "--name", "Hub", "--examiner", "DS Grace Hopper");

        CliRunner.Result refused = CliRunner.run("import", hub.toString(), folder.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(refused.err().strip()).contains("data/items/added.txt was added").contains("--force")
                .doesNotContain("Exception").hasLineCount(1);
        assertThat(JSON.readTree(CliRunner.run("status", hub.toString(), "--json").out()).get("items").asLong()).isZero();

        assertThat(CliRunner.run("import", hub.toString(), folder.toString(), "--force").exitCode())
                .isEqualTo(ExitCode.USAGE);
        CliRunner.Result forced = CliRunner.run("import", hub.toString(), folder.toString(), "--force", "--by",
                "DS Grace Hopper", "--reason", "sender confirmed the extra file by phone");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("Forced although it failed its check");
        String audit = CliRunner.run("audit", hub.toString(), "--json").out();
        assertThat(audit).contains("bundle.imported").contains("DS Grace Hopper")
                .contains("sender confirmed the extra file by phone");
        assertThat(CliRunner.run("audit", hub.toString(), "--verify").out()).contains("intact");
    }

    @Test
    void aZipThatIsNotABundleIsRefusedAndAMissingOneFailsWithoutStoppingTheOthers() throws Exception {
        Path notABundle = EvidenceFactory.zip(tmp, "photos.zip", java.util.Map.of("a.jpg",
                EvidenceFactory.jpegBytes(64, 48, 1), "b.jpg", EvidenceFactory.jpegBytes(64, 48, 2)));
        BundleFixtures.Bundle good = BundleFixtures.bundle("Kent Police", "DC Ada Lovelace", "KP-1")
                .item(Item.file("1", "phone.zip", "notes.txt", EvidenceFactory.utf8("words")));
        Path goodZip = good.writeZip(tmp);
        Path hub = tmp.resolve("hub");
        CliRunner.run("case", "create", hub.toString(), "--name", "Hub", "--examiner", "DS Grace Hopper");

        CliRunner.Result refused = CliRunner.run("import", hub.toString(), notABundle.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(refused.err()).contains("is not a bundle").contains("exactly one folder");

        CliRunner.Result mixed = CliRunner.run("import", hub.toString(), tmp.resolve("missing.zip").toString(),
                goodZip.toString());
        assertThat(mixed.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(mixed.err()).contains("There is no bundle at");
        assertThat(mixed.out()).contains("Imported bundle " + good.id());
    }

    @Test
    void anOrdinaryCaseShowsLinksBetweenItsSources() throws Exception {
        Path phone = Files.createDirectories(tmp.resolve("phone"));
        Path laptop = Files.createDirectories(tmp.resolve("laptop"));
        EvidenceFactory.textFile(phone, "sms.txt", "Ring the boss on 020 7946 0018 tonight.");
        EvidenceFactory.textFile(laptop, "contacts.txt", "Boss: +44 20 7946 0018");
        Path caseDir = tmp.resolve("case");
        CliRunner.run("case", "create", caseDir.toString(), "--name", "Op Test", "--examiner", "DC Smith");
        assertThat(CliRunner.run("ingest", caseDir.toString(), phone.toString(), laptop.toString()).exitCode()).isZero();

        String text = CliRunner.run("links", caseDir.toString()).out();

        assertThat(text).contains("identifier phone:+442079460018  (2 items in 2 sources)")
                .contains(phone.toAbsolutePath().normalize() + "\tsms.txt")
                .contains(laptop.toAbsolutePath().normalize() + "\tcontacts.txt");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
