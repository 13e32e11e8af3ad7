package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.evidenceworkbench.testing.EvidenceFactory.Exif;
import org.evidenceworkbench.testing.EvidenceFactory.SubmissionRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workbench ela} and {@code workbench incidents} as an analyst runs them. */
class MediaCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path newCase() {
        Path caseDir = tmp.resolve("case");
        CliRunner.Result created = CliRunner.run("case", "create", caseDir.toString(), "--name", "Op Media",
                "--examiner", "DC Smith", "--reference", "CR/9/26", "--marking", "OFFICIAL");
        assertThat(created.exitCode()).as(created.err()).isZero();
        return caseDir;
    }

    private void ingest(Path caseDir, Path source) {
        CliRunner.Result ingest = CliRunner.run("ingest", caseDir.toString(), source.toString(), "--threads", "2");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    }

    @Test
    void elaWritesAPictureOfTheItemsSizeAndSaysWhyWhereItCannot() throws IOException {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        EvidenceFactory.jpeg(evidence, "photo.jpg", 320, 200);
        EvidenceFactory.zip(evidence, "phone.zip", Map.of("DCIM/inner.jpg", EvidenceFactory.jpegBytes(64, 64, 3)));
        Path caseDir = newCase();
        ingest(caseDir, evidence);
        Path out = tmp.resolve("out/photo-ela.png");

        CliRunner.Result ela = CliRunner.run("ela", caseDir.toString(), "photo.jpg", out.toString());

        assertThat(ela.exitCode()).as(ela.err()).isZero();
        assertThat(ela.out()).contains("written to").contains("320×200");
        BufferedImage picture = ImageIO.read(out.toFile());
        assertThat(picture.getWidth()).isEqualTo(320);
        assertThat(picture.getHeight()).isEqualTo(200);

        CliRunner.Result member = CliRunner.run("ela", caseDir.toString(), "phone.zip!/DCIM/inner.jpg",
                tmp.resolve("inner.png").toString());
        assertThat(member.exitCode()).isNotZero();
        assertThat(member.err()).contains("inside a container").contains("keeps no copy of its bytes");
        assertThat(tmp.resolve("inner.png")).doesNotExist();

        CliRunner.Result intoEvidence = CliRunner.run("ela", caseDir.toString(), "photo.jpg",
                evidence.resolve("photo-ela.png").toString());
        assertThat(intoEvidence.exitCode()).isNotZero();
        assertThat(intoEvidence.err()).contains("would be written into the evidence source");
        assertThat(evidence.resolve("photo-ela.png")).doesNotExist();

        Files.write(evidence.resolve("photo.jpg"), EvidenceFactory.jpegBytes(320, 200, 99));
        CliRunner.Result changed = CliRunner.run("ela", caseDir.toString(), "photo.jpg", out.toString());
        assertThat(changed.exitCode()).isNotZero();
        assertThat(changed.err()).contains("has changed since it was ingested");
    }

    @Test
    void incidentsListsEachClusterWithItsSubmissionsAndTheStrays() throws Exception {
        List<SubmissionRow> rows = new ArrayList<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        LocalDateTime ten = LocalDateTime.of(2024, 5, 1, 10, 0);
        for (int i = 1; i <= 4; i++) {
            String name = "clip-" + i + ".jpg";
            double lat = i == 4 ? 52.40 : 52.5219 + 0.0001 * i; // the fourth is 14 km away
            files.put(name, EvidenceFactory.jpegWithExifBytes(64, 48,
                    Exif.of("Apple", "iPhone 13", ten.plusSeconds(40L * i), lat, 13.4132)));
            rows.add(new SubmissionRow("S-" + i, "2024-05-02T09:00:00Z", "anon-" + i, null, null, null, null, null,
                    List.of(name)));
        }
        Path pack = EvidenceFactory.submissionPack(tmp, "pack", rows, files);
        Path caseDir = newCase();
        ingest(caseDir, pack);

        CliRunner.Result text = CliRunner.run("incidents", caseDir.toString());
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("1 incident(s) within 150 m and 5 min")
                .contains("Incident 1: 2024-05-01T10:00:40Z to 2024-05-01T10:02:00Z (80 s), 3 media")
                .contains("submission S-1").contains("Noise (in no incident):");

        JsonNode json = JSON.readTree(CliRunner.run("incidents", caseDir.toString(), "--json", "--eps-metres", "20000")
                .out());
        assertThat(json.get("epsMetres").asDouble()).isEqualTo(20000);
        assertThat(json.get("incidents")).hasSize(1);
        assertThat(json.get("incidents").get(0).get("members")).hasSize(4);
        assertThat(json.get("incidents").get(0).get("members").get(0).get("timeSource").asText()).isEqualTo("exif-local");
        assertThat(json.get("noise")).isEmpty();
    }
}
