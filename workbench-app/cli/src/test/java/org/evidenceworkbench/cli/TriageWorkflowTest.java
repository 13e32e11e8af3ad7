package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * From findings to decisions, as an investigator works: the built-in identifier detectors run
 * during the ingest, their identifiers become entities, the triage queue ranks items with its
 * reasons, a dismissed finding stops counting, a tag and a review are audited and searchable.
 */
class TriageWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void detectorsFindEntitiesAndPeopleDecide() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Files.writeString(evidence.resolve("payment.txt"),
                "Send it to GB82 WEST 1234 5698 7654 32 today.\nCard used: 4111 1111 1111 1111.\n");
        Files.writeString(evidence.resolve("contacts.txt"), "Ring 020 7946 0018 or write to sam@example.net\n");
        Files.writeString(evidence.resolve("more-contacts.txt"), "Sam: 020 7946 0018\n");
        Files.writeString(evidence.resolve("shopping.txt"), "milk, eggs, bread\n");
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "T", "--examiner", "E").exitCode())
                .isZero();
        assertThat(CliRunner.run("ingest", caseDir.toString(), evidence.toString()).exitCode()).isZero();

        JsonNode detectors = JSON.readTree(CliRunner.run("detectors", "--json").out());
        List<String> ids = new ArrayList<>();
        detectors.get("detectors").forEach(d -> ids.add(d.get("id").asText()));
        assertThat(ids).contains("identifiers.phone", "identifiers.card", "identifiers.iban");

        List<JsonNode> entities = CliRunner.run("entities", caseDir.toString(), "--json").out().lines()
                .map(TriageWorkflowTest::json).toList();
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("phone");
            assertThat(e.get("value").asText()).isEqualTo("+442079460018");
            assertThat(e.get("items").asLong()).as("one number in two files is one entity").isEqualTo(2);
        });
        assertThat(entities).anySatisfy(e -> assertThat(e.get("value").asText()).isEqualTo("411111••••••1111"));
        assertThat(CliRunner.run("entities", caseDir.toString()).out()).doesNotContain("4111111111111111");

        JsonNode queue = JSON.readTree(CliRunner.run("triage", caseDir.toString(), "--json").out());
        assertThat(queue.get(0).get("path").asText()).isEqualTo("payment.txt");
        assertThat(queue.get(0).get("why").toString()).contains("card").contains("iban");
        assertThat(queue).noneSatisfy(e -> assertThat(e.get("path").asText()).isEqualTo("shopping.txt"));
        double before = queue.get(0).get("priority").asDouble();

        JsonNode payment = JSON.readTree(CliRunner.run("show", caseDir.toString(), "payment.txt", "--json").out());
        long card = -1;
        for (JsonNode f : payment.get("findings")) {
            if (f.get("type").asText().equals("card")) {
                card = f.get("id").asLong();
                assertThat(f.get("label").asText()).doesNotContain("4111 1111 1111 1111");
            }
        }
        CliRunner.Result dismissed = CliRunner.run("review", caseDir.toString(), String.valueOf(card), "--dismiss",
                "--by", "DC Smith", "--note", "a test number");
        assertThat(dismissed.exitCode()).as(dismissed.err()).isZero();
        JsonNode after = JSON.readTree(CliRunner.run("triage", caseDir.toString(), "--json").out());
        assertThat(after.get(0).get("priority").asDouble()).isLessThan(before);
        assertThat(after.get(0).get("why").toString()).doesNotContain("card x");

        assertThat(CliRunner.run("tag", caseDir.toString(), "payment.txt", "relevant", "--by", "DC Smith").exitCode())
                .isZero();
        assertThat(searchTotal(caseDir, "tag:relevant")).isEqualTo(1);
        CliRunner.Result noted = CliRunner.run("note", caseDir.toString(), "payment.txt",
                "Account matches the one in exhibit JD/2.", "--by", "DC Smith");
        assertThat(noted.exitCode()).as(noted.err()).isZero();
        assertThat(CliRunner.run("note", caseDir.toString(), "payment.txt", "no author").exitCode())
                .as("a note needs its writer").isNotZero();
        assertThat(CliRunner.run("note", caseDir.toString(), "payment.txt").out())
                .contains("DC Smith: Account matches the one in exhibit JD/2.");
        assertThat(CliRunner.run("show", caseDir.toString(), "payment.txt").out())
                .contains("Notes (1)").contains("Account matches the one in exhibit JD/2.");
        assertThat(searchTotal(caseDir, "finding:phone")).isEqualTo(2);
        assertThat(searchTotal(caseDir, "finding:identifiers.iban")).isEqualTo(1);
        assertThat(searchTotal(caseDir, "finding:card")).as("a dismissed finding is not a finding").isZero();
        assertThat(searchTotal(caseDir, "review:dismissed")).isEqualTo(1);

        String audit = CliRunner.run("audit", caseDir.toString()).out();
        assertThat(audit).contains("finding.dismissed").contains("\"by\":\"DC Smith\"").contains("item.tagged")
                .contains("item.noted");
        assertThat(CliRunner.run("audit", caseDir.toString(), "--verify").exitCode()).isZero();
        assertThat(CliRunner.run("review", caseDir.toString(), "999", "--confirm", "--by", "X").exitCode())
                .isEqualTo(ExitCode.FAILURE);

        // running detectors again keeps the dismissal and does not bring the card back
        CliRunner.Result again = CliRunner.run("detect", caseDir.toString(), "--detector", "identifiers.card",
                "--detector", "identifiers.phone");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("identifiers.card").contains("4 items");
        assertThat(searchTotal(caseDir, "finding:phone")).isEqualTo(2);
        assertThat(searchTotal(caseDir, "finding:card")).isZero();
        JsonNode reread = JSON.readTree(CliRunner.run("show", caseDir.toString(), "payment.txt", "--json").out());
        assertThat(reread.get("findings").toString()).contains("dismissed").contains("a test number");
        assertThat(CliRunner.run("audit", caseDir.toString()).out()).contains("detect.completed");
        assertThat(CliRunner.run("detect", caseDir.toString(), "--detector", "no.such").exitCode())
                .isEqualTo(ExitCode.FAILURE);
    }

    private static long searchTotal(Path caseDir, String query) throws Exception {
        CliRunner.Result r = CliRunner.run("search", caseDir.toString(), query, "--json", "--limit", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("total").asLong();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
