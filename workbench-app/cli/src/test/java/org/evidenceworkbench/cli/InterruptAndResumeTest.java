package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.casefolder.Case;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest in a real second process, killed with SIGKILL at varied moments (four times, after a
 * seeded random number of items each time) or stopped with a signal, then resumed with the same
 * command: the case ends equal to a clean run (the same items, hashes, outcomes and findings), with
 * no item lost or doubled, its audit chain intact and no scratch file left behind. While the ingest runs, the case is refused to
 * other processes with a plain message.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class InterruptAndResumeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KILLS = 4;
    private static final Pattern ITEMS = Pattern.compile("progress: .*?: ([0-9,]+) items");

    @TempDir
    Path tmp;

    Path evidence;

    @BeforeEach
    void corpus() throws IOException {
        evidence = TextCorpus.write(tmp.resolve("evidence"));
    }

    @Test
    void killedAtVariedMomentsThenResumedEqualsACleanRun() throws Exception {
        int total = TextCorpus.ITEMS + MixedCorpus.write(evidence.resolve("mixed"));
        Path interrupted = tmp.resolve("case-killed");
        create(interrupted);
        Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
        // a fixed seed: the moments vary from round to round, and a failure can be replayed
        Random moments = new Random(20261127L);
        List<String> kills = new ArrayList<>();
        for (int round = 0; round < KILLS; round++) {
            long saved = itemKeys(interrupted).size();
            long threshold = 1 + moments.nextInt((int) Math.max(1, (total - saved) / 3));
            Process p = startIngest(interrupted, javaTmp);
            List<String> seen = new ArrayList<>();
            awaitItemsDone(p, seen, threshold);
            if (round == 0) {
                CliRunner.Result busy = CliRunner.run("status", interrupted.toString());
                assertThat(busy.exitCode()).isEqualTo(ExitCode.FAILURE);
                assertThat(busy.err()).contains("in use by another workbench process");
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("killed mid-ingest, not finished: %s", seen).isEqualTo(137);
            kills.add("round " + round + ": killed after " + threshold + " items of this run, " + saved
                    + " saved before");
        }
        // after the kills the index may lag the database; a search catches it up before it answers
        long inDatabase = CliRunner.run("items", interrupted.toString(), "--json").out().lines().count();
        assertThat(searchTotal(interrupted, "*:*")).isEqualTo(inDatabase);

        Process resume = startIngest(interrupted, javaTmp);
        String resumeErr = new String(resume.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(resume.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(resume.exitValue()).as(resumeErr).isZero();

        Path clean = tmp.resolve("case-clean");
        create(clean);
        assertThat(CliRunner.run("ingest", clean.toString(), evidence.toString()).exitCode()).isZero();

        List<String> afterKills = itemKeys(interrupted);
        assertThat(afterKills).as("%s", kills).doesNotHaveDuplicates().hasSize(total);
        assertThat(afterKills).isEqualTo(itemKeys(clean));
        List<String> findings = findings(interrupted);
        assertThat(findings).as("the mixed corpus gives the detectors something to find").isNotEmpty();
        assertThat(findings).isEqualTo(findings(clean));
        assertThat(searchTotal(interrupted, "*:*")).isEqualTo(total);
        assertThat(searchTotal(interrupted, "station AND ticket")).isEqualTo(searchTotal(clean, "station AND ticket"));
        CliRunner.Result audit = CliRunner.run("audit", interrupted.toString(), "--verify");
        assertThat(audit.exitCode()).as(audit.out() + audit.err()).isZero();
        assertThat(Files.list(interrupted.resolve("tmp")).count()).isZero();
        try (Stream<Path> left = Files.list(javaTmp)) {
            assertThat(left.map(Path::toString)).as("the ingest's java.io.tmpdir after %s", kills).isEmpty();
        }
    }

    @Test
    void aSignalStopsTheIngestCleanlyAndTheSameCommandFinishesIt() throws Exception {
        Path caseDir = tmp.resolve("case-stopped");
        create(caseDir);
        Process p = startIngest(caseDir);
        awaitItemsDone(p, new ArrayList<>());
        // destroy sends SIGTERM, which takes the same path as Ctrl-C's SIGINT (the JVM's
        // shutdown hook); SIGINT itself may be ignored by processes started from a non-interactive build
        p.toHandle().destroy(); // the handle, unlike Process.destroy, leaves our pipes open to read
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isNotZero();

        JsonNode status = JSON.readTree(CliRunner.run("status", caseDir.toString(), "--json").out());
        assertThat(status.get("sources").get(0).get("state").asText()).as(err).isEqualTo("interrupted");
        assertThat(CliRunner.run("audit", caseDir.toString()).out()).contains("ingest.interrupted");

        CliRunner.Result finish = CliRunner.run("ingest", caseDir.toString(), evidence.toString());
        assertThat(finish.exitCode()).isZero();
        assertThat(itemKeys(caseDir)).doesNotHaveDuplicates().hasSize(TextCorpus.ITEMS);
    }

    @Test
    void aSearchDuringAnIngestSeesWhatHasBeenCommitted() throws Exception {
        Path caseDir = tmp.resolve("case-live");
        create(caseDir);
        Process p = startIngest(caseDir);
        BufferedReader progress = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        JsonNode live = null;
        String line;
        // the ingest prints progress every 50 ms and commits the index every second: ask after each report
        while ((line = progress.readLine()) != null) {
            JsonNode r = JSON.readTree(CliRunner.run("search", caseDir.toString(), "*:*", "--json", "--limit", "0")
                    .out());
            if (r.get("total").asLong() > 0 && p.isAlive()) {
                live = r;
                break;
            }
            assertThat(line).doesNotContain("Exception");
        }
        assertThat(live).as("a search saw items while the ingest ran").isNotNull();
        assertThat(live.get("live").asBoolean()).isTrue();
        assertThat(live.get("total").asLong()).isBetween(1L, (long) TextCorpus.ITEMS);
        progress.transferTo(java.io.Writer.nullWriter());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        JsonNode after = JSON.readTree(CliRunner.run("search", caseDir.toString(), "*:*", "--json").out());
        assertThat(after.get("live").asBoolean()).isFalse();
        assertThat(after.get("total").asLong()).isEqualTo(TextCorpus.ITEMS);
    }

    @Test
    void reindexGivesTheSameResults() throws Exception {
        Path caseDir = tmp.resolve("case-reindex");
        create(caseDir);
        assertThat(CliRunner.run("ingest", caseDir.toString(), evidence.toString()).exitCode()).isZero();
        String[] queries = {"*:*", "station AND ticket", "name:note-1*.txt", "path:bundle.zip*", "\"cash delivery\"",
                "ext:txt NOT bank"};
        List<String> before = new ArrayList<>();
        for (String q : queries) {
            before.add(hits(caseDir, q));
        }
        CliRunner.Result reindex = CliRunner.run("reindex", caseDir.toString());
        assertThat(reindex.exitCode()).isZero();
        assertThat(reindex.out()).contains(String.format("%,d items", TextCorpus.ITEMS));
        for (int i = 0; i < queries.length; i++) {
            assertThat(hits(caseDir, queries[i])).as(queries[i]).isEqualTo(before.get(i));
        }
        assertThat(CliRunner.run("audit", caseDir.toString()).out()).contains("index.rebuilt");
    }

    private static String hits(Path caseDir, String query) throws IOException {
        JsonNode r = JSON.readTree(CliRunner.run("search", caseDir.toString(), query, "--json", "--limit", "100000",
                "--sort", "name").out());
        List<String> ids = new ArrayList<>();
        r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return r.get("total").asLong() + ":" + String.join(",", ids);
    }

    private static long searchTotal(Path caseDir, String query) throws IOException {
        CliRunner.Result r = CliRunner.run("search", caseDir.toString(), query, "--json", "--limit", "0");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("total").asLong();
    }

    private void create(Path caseDir) {
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "Resume", "--examiner", "E")
                .exitCode()).isZero();
    }

    private Process startIngest(Path caseDir) throws IOException {
        return startIngest(caseDir, Path.of(System.getProperty("java.io.tmpdir")));
    }

    private Process startIngest(Path caseDir, Path javaTmp) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Djava.io.tmpdir=" + javaTmp,
                "-cp", System.getProperty("java.class.path"),
                WorkbenchCli.class.getName(), "ingest", caseDir.toString(), evidence.toString(), "--threads", "2",
                "--progress-every", "50");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /** Reads progress lines until the child reports finished items, so the kill lands mid-ingest. */
    private static void awaitItemsDone(Process p, List<String> seen) throws Exception {
        awaitItemsDone(p, seen, 1);
    }

    /** Reads progress lines until the child reports at least {@code items} finished in this run. */
    private static void awaitItemsDone(Process p, List<String> seen, long items) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> progressed = CompletableFuture.runAsync(() -> {
            try {
                String line;
                while ((line = err.readLine()) != null) {
                    seen.add(line);
                    Matcher m = ITEMS.matcher(line);
                    if (m.find() && Long.parseLong(m.group(1).replace(",", "")) >= items) {
                        return;
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        progressed.get(90, TimeUnit.SECONDS);
        assertThat(p.isAlive()).as("still ingesting when interrupted: %s", seen).isTrue();
    }

    /** Every finding of the case as "path detector type label offset", sorted. */
    private static List<String> findings(Path caseDir) throws SQLException {
        List<String> all = new ArrayList<>();
        try (Case c = Case.openForReading(caseDir); Connection db = c.database().connection();
             ResultSet rs = db.createStatement().executeQuery("SELECT i.path, f.detector_id, f.type, f.label, "
                     + "f.text_offset FROM finding f JOIN item i ON f.item_id = i.id")) {
            while (rs.next()) {
                all.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                        + " " + rs.getString(5));
            }
        }
        Collections.sort(all);
        return all;
    }

    private static List<String> itemKeys(Path caseDir) {
        return CliRunner.run("items", caseDir.toString(), "--json").out().lines().map(line -> {
            try {
                JsonNode n = JSON.readTree(line);
                return n.get("path").asText() + " " + n.get("sha256").asText() + " " + n.get("outcome").asText();
            } catch (IOException e) {
                throw new AssertionError(line, e);
            }
        }).sorted().toList();
    }
}
