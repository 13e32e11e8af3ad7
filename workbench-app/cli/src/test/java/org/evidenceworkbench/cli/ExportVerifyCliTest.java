package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.evidenceworkbench.testing.EvidenceFactory.Exif;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A force exports tagged items and a hub checks the bundle, as docs/cli.md and docs/bundle.md describe. */
class ExportVerifyCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    Path caseDir;

    @BeforeEach
    void caseWithTaggedPicture() throws IOException {
        System.setProperty("workbench.config", tmp.resolve("config").toString());
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        EvidenceFactory.jpegWithExif(evidence, "IMG_0001.jpg", 320, 240,
                Exif.of("Canon", "EOS 80D", LocalDateTime.of(2024, 3, 1, 14, 30, 5), 51.5014, -0.1419));
        EvidenceFactory.textFile(evidence, "notes.txt", "Meet at the station at 10:00.\n");
        caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "Op Test", "--examiner", "DC Smith",
                "--reference", "CR/123/26", "--marking", "OFFICIAL-SENSITIVE").exitCode()).isZero();
        assertThat(CliRunner.run("ingest", caseDir.toString(), evidence.toString(), "--threads", "2").exitCode()).isZero();
        assertThat(CliRunner.run("tag", caseDir.toString(), "IMG_0001.jpg", "relevant", "--by", "DC Smith").exitCode())
                .isZero();
    }

    @AfterEach
    void forgetConfig() {
        System.clearProperty("workbench.config");
    }

    @Test
    void exportThenVerifyThenATamperedBundleExitsThreeNamingTheFile() throws IOException {
        CliRunner.Result export = CliRunner.run("export", caseDir.toString(), tmp.resolve("out").toString(),
                "--tag", "relevant", "--json");
        assertThat(export.exitCode()).as(export.err()).isZero();
        JsonNode result = JSON.readTree(export.out());
        assertThat(result.get("items").asLong()).isEqualTo(1);
        Path bundle = Path.of(result.get("bundle").asText());
        assertThat(bundle.getFileName().toString()).isEqualTo("bundle-" + result.get("bundleId").asText());

        CliRunner.Result verify = CliRunner.run("verify", bundle.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).contains("signature    ok").contains("bagit        ok").contains("The bundle is intact.");

        Path payload;
        try (Stream<Path> items = Files.list(bundle.resolve("data/items"))) {
            payload = items.findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(payload);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(payload, bytes);
        CliRunner.Result tampered = CliRunner.run("verify", bundle.toString());
        assertThat(tampered.exitCode()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(tampered.out()).contains("bagit        FAILED")
                .contains("changed: data/items/" + payload.getFileName() + " (its SHA-256 differs from manifest-sha256.txt)")
                .contains("The bundle FAILED verification.");

        JsonNode report = JSON.readTree(CliRunner.run("verify", bundle.toString(), "--json").out());
        assertThat(report.get("layers")).extracting(l -> l.get("name").asText())
                .containsExactly("signature", "bagit", "case.jsonld", "vics.json");
        assertThat(report.get("layers").get(1).get("ok").asBoolean()).isFalse();
        assertThat(report.get("ok").asBoolean()).isFalse();

        CliRunner.Result audit = CliRunner.run("audit", caseDir.toString());
        assertThat(audit.out()).contains("bundle.exported");
    }

    @Test
    void aZipForAHubWithATrustFolder() throws IOException {
        Path zip = tmp.resolve("to-hub.zip");
        CliRunner.Result export = CliRunner.run("export", caseDir.toString(), zip.toString(), "--profile", "metadata-only");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("Exported 2 items (metadata-only) to " + zip);
        assertThat(zip).isRegularFile();

        Path trust = Files.createDirectories(tmp.resolve("trust"));
        CliRunner.Result untrusted = CliRunner.run("verify", zip.toString(), "--trust", trust.toString());
        assertThat(untrusted.exitCode()).isEqualTo(ExitCode.VERIFICATION_FAILED);
        assertThat(untrusted.out()).contains("untrusted signer");

        Path pem = tmp.resolve("config").resolve("signer.pem");
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            java.util.zip.ZipEntry entry = z.stream().filter(e -> e.getName().endsWith("signature/signer.pem"))
                    .findFirst().orElseThrow();
            Files.write(trust.resolve("force.pem"), z.getInputStream(entry).readAllBytes());
        }
        CliRunner.Result trusted = CliRunner.run("verify", zip.toString(), "--trust", trust.toString());
        assertThat(trusted.exitCode()).as(trusted.out()).isZero();
        assertThat(trusted.out()).contains("trusted signer");
        assertThat(pem).doesNotExist();
    }

    @Test
    void wrongUseIsRefusedPlainly() {
        CliRunner.Result two = CliRunner.run("export", caseDir.toString(), tmp.resolve("o").toString(),
                "--tag", "relevant", "--items", "1");
        assertThat(two.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(two.err()).contains("Give one of --query, --tag or --items");

        CliRunner.Result noPassword = CliRunner.run("export", caseDir.toString(), tmp.resolve("o").toString(),
                "--sign", tmp.resolve("force.p12").toString(), "--keystore-password-env", "WORKBENCH_TEST_UNSET_VARIABLE");
        assertThat(noPassword.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(noPassword.err()).contains("WORKBENCH_TEST_UNSET_VARIABLE is not set");

        CliRunner.Result profile = CliRunner.run("export", caseDir.toString(), tmp.resolve("o").toString(),
                "--profile", "everything");
        assertThat(profile.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(profile.err()).contains("no export profile 'everything'");
        assertThat(tmp.resolve("o")).doesNotExist();

        CliRunner.Result missing = CliRunner.run("verify", tmp.resolve("nothing-here").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(missing.err()).contains("There is no bundle at");
    }
}
