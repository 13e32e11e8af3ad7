package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.detectors.media.PdqHasher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A force's reference set of PDQ hashes of known-bad pictures: imported from CSV or VICS JSON,
 * then every ingested picture near one of them — resized, recompressed or turned — is flagged
 * with the set, the reference and the distance, and an unrelated picture is not.
 */
class PdqSetWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String saved;

    @BeforeEach
    void ownStore() {
        saved = System.getProperty("workbench.pdqsets");
        System.setProperty("workbench.pdqsets", tmp.resolve("pdqsets").toString());
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("workbench.pdqsets");
        } else {
            System.setProperty("workbench.pdqsets", saved);
        }
    }

    @Test
    void picturesNearAReferenceHashAreFlaggedWithTheSetAndDistance() throws Exception {
        BufferedImage bad = DuplicatesWorkflowTest.scene(11, 1000, 800);
        BufferedImage other = DuplicatesWorkflowTest.scene(12, 1000, 800);
        String badHash = new PdqHasher().hash(bad).toHex();
        Path csv = Files.writeString(tmp.resolve("series.csv"), "pdq_hash,quality,label\n" + badHash
                + ",100,series A picture 3\nnot-a-hash,1,x\n" + "0".repeat(63) + "1,100,flat\n");
        CliRunner.Result imported = CliRunner.run("pdqset", "import", "series-a", csv.toString(), "--kind", "known-bad");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported PDQ set 'series-a' (known-bad): 2 hashes, 1 bad lines");
        Path vics = Files.writeString(tmp.resolve("vics.json"), "{\"value\":[{\"Media\":[{\"MD5\":\"00\","
                + "\"PDQ\":\"" + new PdqHasher().hash(other).toHex() + "\",\"Category\":0}]}]}");
        CliRunner.Result importedVics = CliRunner.run("pdqset", "import", "cleared", vics.toString(), "--kind",
                "known-good");
        assertThat(importedVics.exitCode()).as(importedVics.err()).isZero();
        JsonNode sets = JSON.readTree(CliRunner.run("pdqset", "list", "--json").out());
        assertThat(sets).hasSize(2);

        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Files.write(evidence.resolve("resized.jpg"), DuplicatesWorkflowTest.jpeg(DuplicatesWorkflowTest.resized(bad, 0.5), 0.7f));
        Files.write(evidence.resolve("turned.jpg"), DuplicatesWorkflowTest.jpeg(DuplicatesWorkflowTest.turned(bad), 0.8f));
        Files.write(evidence.resolve("unrelated.jpg"), DuplicatesWorkflowTest.jpeg(DuplicatesWorkflowTest.scene(13, 900, 700), 0.8f));
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "P", "--examiner", "E").exitCode()).isZero();
        CliRunner.Result ingest = CliRunner.run("ingest", caseDir.toString(), evidence.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        for (String name : List.of("resized.jpg", "turned.jpg")) {
            JsonNode item = JSON.readTree(CliRunner.run("show", caseDir.toString(), name, "--json").out());
            List<JsonNode> matches = new ArrayList<>();
            item.get("findings").forEach(f -> {
                if (f.get("type").asText().equals("pdq-known-bad")) {
                    matches.add(f);
                }
            });
            assertThat(matches).as(name).hasSize(1);
            assertThat(matches.get(0).get("label").asText()).startsWith("Near a known-bad picture (series-a, ");
            assertThat(matches.get(0).get("explanation").asText()).contains(badHash).contains("series A picture 3");
        }
        JsonNode turned = JSON.readTree(CliRunner.run("show", caseDir.toString(), "turned.jpg", "--json").out());
        assertThat(turned.get("findings").toString()).contains("rotate_");
        JsonNode unrelated = JSON.readTree(CliRunner.run("show", caseDir.toString(), "unrelated.jpg", "--json").out());
        assertThat(unrelated.get("findings").toString()).doesNotContain("pdq-known");
        assertThat(JSON.readTree(CliRunner.run("search", caseDir.toString(), "finding:pdq-known-bad", "--json").out())
                .get("total").asLong()).isEqualTo(2);

        assertThat(CliRunner.run("pdqset", "remove", "series-a").exitCode()).isZero();
        assertThat(CliRunner.run("pdqset", "remove", "series-a").exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(CliRunner.run("pdqset", "import", "x", csv.toString(), "--kind", "bad").exitCode())
                .isEqualTo(ExitCode.USAGE);
    }
}
