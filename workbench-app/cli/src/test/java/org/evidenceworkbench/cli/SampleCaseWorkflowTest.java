package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.duplicates.NearDuplicates;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.training.AnswerKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer's path: list the scenarios, generate the fraud case, ingest it with the real detectors,
 * and every item of the answer key is there carrying the findings the key expects.
 */
class SampleCaseWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void listNamesEachScenarioFirst() {
        CliRunner.Result list = CliRunner.run("sample-case", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines()).anySatisfy(l -> assertThat(l).startsWith("fraud\t"))
                .anySatisfy(l -> assertThat(l).startsWith("seized-phone\t"))
                .anySatisfy(l -> assertThat(l).startsWith("crowd-incident\t"));
    }

    @Test
    void generatedFraudCaseIngestsWithEveryKeyItemAndItsFindings() throws Exception {
        Path sample = tmp.resolve("fraud");
        CliRunner.Result generated = CliRunner.run("sample-case", "generate", "fraud", sample.toString(),
                "--size", "small", "--seed", "42");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        assertThat(sample.resolve("answer-key.json")).isRegularFile();
        assertThat(sample.resolve("briefing.md")).isRegularFile();

        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "Fraud training", "--examiner",
                "Trainee").exitCode()).isZero();
        CliRunner.Result ingest = CliRunner.run("ingest", caseDir.toString(), sample.resolve("evidence").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        AnswerKey key = AnswerKey.read(sample.resolve("answer-key.json"));
        assertThat(key.seed()).isEqualTo(42);
        assertEveryKeyItemHasItsFindings(caseDir, key);
        try (Case c = Case.openForReading(caseDir); Connection db = c.database().connection()) {
            assertThat(findingsInOrUnder(db, "notes/shopping-list.txt")).isEmpty();
        }
    }

    @Test
    void seizedPhoneIngestedWithItsHashSetAndWatchlistHasEveryKeyItemAndItsFindings() throws Exception {
        Path sample = tmp.resolve("phone");
        CliRunner.Result generated = CliRunner.run("sample-case", "generate", "seized-phone", sample.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "Phone training", "--examiner",
                "Trainee").exitCode()).isZero();
        // as the briefing sets up: the training hash set imported, the watchlist given to the ingest
        String set = "training-phone-" + tmp.getFileName();
        assertThat(CliRunner.run("hashset", "import", set, sample.resolve("training-hashset.txt").toString(),
                "--kind", "known-bad").exitCode()).isZero();
        System.setProperty("workbench.watchlist", sample.resolve("watchlist.txt").toString());
        try {
            CliRunner.Result ingest = CliRunner.run("ingest", caseDir.toString(), sample.resolve("evidence").toString());
            assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        } finally {
            System.clearProperty("workbench.watchlist");
            assertThat(CliRunner.run("hashset", "remove", set).exitCode()).isZero();
        }
        AnswerKey key = AnswerKey.read(sample.resolve("answer-key.json"));
        assertEveryKeyItemHasItsFindings(caseDir, key);
        // the key points at the SMS themselves, read from mmssms.db, not at the database as a whole
        assertThat(key.items()).filteredOn(i -> i.path().contains("mmssms.db!/message-sms-")).hasSize(3)
                .anySatisfy(i -> assertThat(i.findings()).contains(new AnswerKey.ExpectedFinding("watchlist",
                        "blue dolphin")))
                .anySatisfy(i -> assertThat(i.findings()).extracting(AnswerKey.ExpectedFinding::type)
                        .contains("bitcoin"));
        // as the briefing tells the trainee: the exchange with the supplier is one conversation, in order
        CliRunner.Result conversation = CliRunner.run("conversation", caseDir.toString(), "android-sms:1");
        assertThat(conversation.exitCode()).as(conversation.err()).isZero();
        assertThat(conversation.out()).containsSubsequence("Same place as last time?", "Bring 10 blue dolphin",
                "Paid to");
        try (Case c = Case.openForReading(caseDir); Connection db = c.database().connection()) {
            assertThat(findingsInOrUnder(db, "sdcard/Download/bus-timetable.pdf")).isEmpty();
            // every phone database is in a layout the readers confirm: read whole, no "schema not known"
            CaseQueries q = new CaseQueries(c);
            Map<String, Integer> artefacts = Map.of(
                    "data/data/com.android.providers.telephony/databases/mmssms.db", 3,
                    "data/data/com.android.providers.contacts/databases/contacts2.db", 3 + 1 + 4,
                    "data/data/com.android.chrome/app_chrome/Default/History", 3 + 1);
            artefacts.forEach((path, count) -> {
                ItemDetail d = q.show(path);
                assertThat(d.metadata().get("Phone")).as(path).asInstanceOf(MAP)
                        .doesNotContainKey("Warnings").containsEntry("Artefacts", count);
            });
        }
    }

    @Test
    void crowdIncidentPackIngestsWithItsCopiesGroupedAndOnlyTheKeyItemsFlagged() throws Exception {
        Path sample = tmp.resolve("crowd");
        CliRunner.Result generated = CliRunner.run("sample-case", "generate", "crowd-incident", sample.toString());
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "Crowd training", "--examiner",
                "Trainee").exitCode()).isZero();
        CliRunner.Result ingest = CliRunner.run("ingest", caseDir.toString(), sample.resolve("evidence").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        AnswerKey key = AnswerKey.read(sample.resolve("answer-key.json"));
        assertEveryKeyItemHasItsFindings(caseDir, key);
        try (Case c = Case.openForReading(caseDir); Connection db = c.database().connection()) {
            // every copy is in the near-duplicate group of the picture it copies
            Map<String, Long> groupOf = new HashMap<>();
            for (NearDuplicates.Group g : new NearDuplicates(c).groups()) {
                g.members().forEach(m -> groupOf.put(m.path(), g.representativeId()));
            }
            for (AnswerKey.Item copy : key.items().stream().filter(i -> i.duplicateOf() != null).toList()) {
                assertThat(groupOf.get(copy.path())).as("group of " + copy.path()).isNotNull()
                        .isEqualTo(groupOf.get(copy.duplicateOf()));
            }
            // the honest submissions stay quiet: claim and manipulation findings are on key items only
            Set<String> keyPaths = new HashSet<>(key.items().stream().map(AnswerKey.Item::path).toList());
            try (PreparedStatement q = db.prepareStatement("SELECT DISTINCT i.path FROM finding f JOIN item i"
                    + " ON i.id = f.item_id WHERE f.type IN ('claim-mismatch', 'editing-software', 'thumbnail-mismatch',"
                    + " 'time-disagreement', 'jpeg-resaved', 'missing-camera-metadata')");
                 ResultSet r = q.executeQuery()) {
                Set<String> flagged = new HashSet<>();
                while (r.next()) {
                    flagged.add(r.getString(1));
                }
                assertThat(keyPaths).containsAll(flagged);
            }
        }

        // a trainee who tags the key items as the key says, and one original too, scores accordingly
        for (AnswerKey.Item item : key.items()) {
            for (String tag : item.tags()) {
                assertThat(CliRunner.run("tag", caseDir.toString(), item.path(), tag, "--by", "Trainee").exitCode())
                        .isZero();
            }
        }
        String original = key.items().stream().filter(i -> i.duplicateOf() != null).findFirst().orElseThrow()
                .duplicateOf();
        assertThat(CliRunner.run("tag", caseDir.toString(), original, "duplicate", "--by", "Trainee").exitCode())
                .isZero();
        CliRunner.Result scored = CliRunner.run("train", "score", caseDir.toString(), "--key",
                sample.resolve("answer-key.json").toString(), "--json");
        assertThat(scored.exitCode()).as(scored.err()).isZero();
        JsonNode s = JSON.readTree(scored.out());
        int n = key.items().size();
        assertThat(s.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(s.get("precision").asDouble()).isEqualTo((double) n / (n + 1));
        assertThat(s.get("notInKey").get(0).asText()).isEqualTo(original);
        assertThat(s.get("missedHighPriority")).isEmpty();
    }

    private static void assertEveryKeyItemHasItsFindings(Path caseDir, AnswerKey key) throws Exception {
        try (Case c = Case.openForReading(caseDir); Connection db = c.database().connection()) {
            for (AnswerKey.Item item : key.items()) {
                assertThat(itemExists(db, item.path())).as(item.path()).isTrue();
                Set<AnswerKey.ExpectedFinding> found = findingsInOrUnder(db, item.path());
                assertThat(found).as("findings in or under " + item.path()).containsAll(item.findings());
            }
        }
    }

    @Test
    void trainScoreComparesTheTraineesTagsAndConfirmationsWithTheKey() throws Exception {
        Path sample = tmp.resolve("fraud");
        assertThat(CliRunner.run("sample-case", "generate", "fraud", sample.toString()).exitCode()).isZero();
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "T", "--examiner", "E").exitCode())
                .isZero();
        assertThat(CliRunner.run("ingest", caseDir.toString(), sample.resolve("evidence").toString()).exitCode())
                .isZero();
        String keyFile = sample.resolve("answer-key.json").toString();
        AnswerKey key = AnswerKey.read(sample.resolve("answer-key.json"));
        long high = key.items().stream().filter(i -> i.priority() == AnswerKey.Priority.HIGH).count();

        CliRunner.Result untouched = CliRunner.run("train", "score", caseDir.toString(), "--key", keyFile);
        assertThat(untouched.exitCode()).as(untouched.err()).isZero();
        assertThat(untouched.out()).contains("Recall       0%").contains("Missed high-priority items (" + high + ")");

        // every key item tagged as the key says, one card confirmed, and one harmless file tagged too
        for (AnswerKey.Item item : key.items()) {
            for (String tag : item.tags()) {
                assertThat(CliRunner.run("tag", caseDir.toString(), item.path(), tag, "--by", "Trainee").exitCode())
                        .isZero();
            }
        }
        assertThat(CliRunner.run("tag", caseDir.toString(), "notes/shopping-list.txt", "relevant", "--by", "Trainee")
                .exitCode()).isZero();
        JsonNode cards = JSON.readTree(CliRunner.run("show", caseDir.toString(), "finance/cards-march.xlsx", "--json")
                .out());
        long findingId = cards.get("findings").get(0).get("id").asLong();
        assertThat(CliRunner.run("review", caseDir.toString(), String.valueOf(findingId), "--confirm", "--by",
                "Trainee").exitCode()).isZero();

        CliRunner.Result scored = CliRunner.run("train", "score", caseDir.toString(), "--key", keyFile, "--json");
        assertThat(scored.exitCode()).as(scored.err()).isZero();
        JsonNode s = JSON.readTree(scored.out());
        int n = key.items().size();
        assertThat(s.get("recall").asDouble()).isEqualTo(1.0);
        assertThat(s.get("precision").asDouble()).isEqualTo((double) n / (n + 1));
        assertThat(s.get("missedHighPriority")).isEmpty();
        assertThat(s.get("notInKey").get(0).asText()).isEqualTo("notes/shopping-list.txt");
        assertThat(s.get("matchedTags").asInt()).isEqualTo(s.get("expectedTags").asInt());
        assertThat(s.get("confirmedFindings").asInt()).isEqualTo(1);
        assertThat(s.get("people").get(0).asText()).isEqualTo("Trainee");
        assertThat(s.get("timeTakenSeconds").asLong()).isNotNegative();

        CliRunner.Result noKey = CliRunner.run("train", "score", caseDir.toString(), "--key",
                sample.resolve("briefing.md").toString());
        assertThat(noKey.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(noKey.err()).contains("answer key");
    }

    @Test
    void refusesAnUnknownScenarioAndAFolderThatIsNotEmpty() throws Exception {
        CliRunner.Result unknown = CliRunner.run("sample-case", "generate", "no-such", tmp.resolve("x").toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("fraud");

        Files.writeString(tmp.resolve("keep.txt"), "mine");
        CliRunner.Result occupied = CliRunner.run("sample-case", "generate", "fraud", tmp.toString());
        assertThat(occupied.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readString(tmp.resolve("keep.txt"))).isEqualTo("mine");
        assertThat(tmp.resolve("evidence")).doesNotExist();
    }

    private static boolean itemExists(Connection db, String path) throws Exception {
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM item WHERE path = ?")) {
            q.setString(1, path);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1) == 1;
            }
        }
    }

    private static Set<AnswerKey.ExpectedFinding> findingsInOrUnder(Connection db, String path) throws Exception {
        List<AnswerKey.ExpectedFinding> out = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("SELECT f.type, f.entity_value FROM finding f"
                + " JOIN item i ON i.id = f.item_id WHERE i.path = ? OR i.path LIKE ?")) {
            q.setString(1, path);
            q.setString(2, path.replace("%", "\\%").replace("_", "\\_") + "!/%");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new AnswerKey.ExpectedFinding(r.getString(1), r.getString(2)));
                }
            }
        }
        return new HashSet<>(out);
    }
}
