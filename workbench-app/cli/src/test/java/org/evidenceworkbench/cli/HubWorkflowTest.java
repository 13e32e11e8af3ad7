package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.testing.Digests;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub analyst's session end to end: two forces ingest and export signed bundles (a folder and a
 * zip); the hub verifies and imports them, imports one again, meets a tampered bundle (refused,
 * exit 3; then forced, audited) and an untrusted signer, and lists the links between the bundles;
 * and links on an ordinary case with two ingested sources.
 */
class HubWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A force's case: its evidence folder ingested with the built-in detectors. */
    private Path forceCase(String name, String examiner, Path evidence) {
        Path caseDir = tmp.resolve("case-" + name.replace(' ', '-'));
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", name, "--examiner", examiner)
                .exitCode()).isZero();
        CliRunner.Result ingest = CliRunner.run("ingest", caseDir.toString(), evidence.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        return caseDir;
    }

    /** Exports every item of the case as a signed bundle (a folder, or a zip) and returns its path. */
    private Path export(Path caseDir, String organisation, boolean zip) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("outbox-" + organisation.replace(' ', '-')));
        CliRunner.Result r = zip
                ? CliRunner.run("export", caseDir.toString(), out.resolve("bundle.zip").toString(), "--organisation",
                        organisation, "--json")
                : CliRunner.run("export", caseDir.toString(), out.toString(), "--organisation", organisation, "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return Path.of(JSON.readTree(r.out()).get("bundle").asText());
    }

    @Test
    void bundlesExportedByTwoForcesAreVerifiedImportedAndLinked() throws Exception {
        String shared = "Shipment list: 40 boxes, pier 4, Thursday.\n";
        Path phone = Files.createDirectories(tmp.resolve("evidence/phone/Documents"));
        Files.writeString(phone.resolve("list.txt"), shared);
        Files.createDirectories(phone.resolveSibling("Chats"));
        Files.writeString(phone.resolveSibling("Chats").resolve("whatsapp.txt"), "call me on 020 7946 0018 tonight, or mail sam.dealer@example.net\n");
        Path laptop = Files.createDirectories(tmp.resolve("evidence/laptop/Users/bob"));
        Files.writeString(laptop.resolve("manifest.txt"), shared);
        Files.writeString(laptop.resolve("contacts.txt"), "Bob's supplier: 020 7946 0018, Sam.Dealer@Example.net\n");
        Path kent = forceCase("Kent case", "DC Ada Lovelace", phone.getParent());
        Path essex = forceCase("Essex case", "DC Alan Turing", laptop.getParent().getParent());

        Path kentBundle = export(kent, "Kent Police", false);
        Path essexZip = export(essex, "Essex Police", true);
        CliRunner.Result verified = CliRunner.run("verify", essexZip.toString());
        assertThat(verified.exitCode()).as(verified.out() + verified.err()).isZero();

        Path hub = tmp.resolve("hub");
        assertThat(CliRunner.run("case", "create", hub.toString(), "--name", "Regional hub", "--examiner",
                "DS Grace Hopper").exitCode()).isZero();
        CliRunner.Result imported = CliRunner.run("import", hub.toString(), kentBundle.toString(), essexZip.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("from Kent Police: 2 items").contains("from Essex Police: 2 items");

        CliRunner.Result again = CliRunner.run("import", hub.toString(), essexZip.toString(), "--json");
        assertThat(again.exitCode()).isZero();
        assertThat(JSON.readTree(again.out()).get("status").asText()).isEqualTo("already-imported");
        assertThat(JSON.readTree(CliRunner.run("status", hub.toString(), "--json").out()).get("items").asLong())
                .isEqualTo(4);

        JsonNode hit = JSON.readTree(CliRunner.run("search", hub.toString(), "name:list.txt", "--json").out())
                .get("hits").get(0);
        CliRunner.Result show = CliRunner.run("show", hub.toString(), hit.get("id").asText());
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("Kent Police").contains("DC Ada Lovelace").contains("Original path")
                .contains("Documents/list.txt");

        List<JsonNode> links = CliRunner.run("links", hub.toString(), "--json").out().lines()
                .map(HubWorkflowTest::json).toList();
        assertThat(links).extracting(l -> l.get("kind").asText() + " " + l.get("key").asText())
                .containsExactlyInAnyOrder("FILE " + Digests.sha256(EvidenceFactory.utf8(shared)),
                        "IDENTIFIER phone:+442079460018", "IDENTIFIER email:sam.dealer@example.net");
        assertThat(links.get(0).get("items")).extracting(i -> i.get("organization").asText())
                .containsExactlyInAnyOrder("Kent Police", "Essex Police");
        String text = CliRunner.run("links", hub.toString()).out();
        assertThat(text).contains("Kent Police, bundle ").contains("Essex Police, bundle ").contains("3 links.");

        // a bundle signed by a workstation the hub does not trust is refused when a trust folder is given
        Path trust = Files.createDirectories(tmp.resolve("trusted-signers"));
        CliRunner.Result untrusted = CliRunner.run("import", tmp.resolve("hub2").toString(), kentBundle.toString(),
                "--trust", trust.toString());
        assertThat(untrusted.exitCode()).isNotZero();
        Files.copy(kentBundle.resolve("signature/signer.pem"), trust.resolve("kent.pem"));
        Path hub2 = tmp.resolve("hub2");
        assertThat(CliRunner.run("case", "create", hub2.toString(), "--name", "Hub 2", "--examiner", "DS Hopper")
                .exitCode()).isZero();
        CliRunner.Result trusted = CliRunner.run("import", hub2.toString(), kentBundle.toString(), "--trust",
                trust.toString());
        assertThat(trusted.exitCode()).as(trusted.err()).isZero();
    }

    @Test
    void aTamperedBundleIsRefusedWithExitThreeAndForcingItIsAudited() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Files.writeString(evidence.resolve("notes.txt"), "original words\n");
        Path folder = export(forceCase("Kent case", "DC Ada Lovelace", evidence), "Kent Police", false);
        Files.writeString(folder.resolve("data/items/added.txt"), "slipped in later");
        Path hub = tmp.resolve("hub");
        CliRunner.run("case", "create", hub.toString(), "--name", "Hub", "--examiner", "DS Grace Hopper");

        CliRunner.Result refused = CliRunner.run("import", hub.toString(), folder.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(refused.err().strip()).contains("data/items/added.txt").contains("--force")
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
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Files.writeString(evidence.resolve("notes.txt"), "words\n");
        Path goodZip = export(forceCase("Kent case", "DC Ada Lovelace", evidence), "Kent Police", true);
        Path hub = tmp.resolve("hub");
        CliRunner.run("case", "create", hub.toString(), "--name", "Hub", "--examiner", "DS Grace Hopper");

        CliRunner.Result refused = CliRunner.run("import", hub.toString(), notABundle.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(refused.err()).contains("is not a bundle").contains("exactly one folder");

        CliRunner.Result mixed = CliRunner.run("import", hub.toString(), tmp.resolve("missing.zip").toString(),
                goodZip.toString());
        assertThat(mixed.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(mixed.err()).contains("There is no bundle at");
        assertThat(mixed.out()).contains("Imported bundle ");
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
