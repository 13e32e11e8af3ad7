package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Some workstations set JVM options for every Java program through the environment
 * ({@code JAVA_TOOL_OPTIONS}, or the JDK's debugging {@code _JAVA_OPTIONS}), and some of those
 * make a JVM print on its standard output: GC or class-loading logs, the flight recorder's
 * start-up lines. The parser process inherits them and
 * answers the ingest on its standard output, so they once stopped every ingest before its first
 * item; the documents are now parsed all the same.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class JvmOptionsFromEnvironmentTest {

    @TempDir
    Path tmp;

    @Test
    void documentsAreParsedWhenTheEnvironmentMakesEveryJvmLogToStandardOutput() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        EvidenceFactory.docx(evidence, "minutes.docx", "Minutes", "A. Clerk", List.of("The pallets left from bay quillwort."));
        EvidenceFactory.pdf(evidence, "receipt.pdf", "Receipt", "Depot", List.of("Collected at bay quillwort."));
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "Env", "--examiner", "E").exitCode())
                .isZero();

        String java = ProcessHandle.current().info().command().orElse("java");
        Path recordings = Files.createDirectories(tmp.resolve("recordings"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                WorkbenchCli.class.getName(), "ingest", caseDir.toString(), evidence.toString())
                .redirectErrorStream(true);
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc*=info -verbose:class -XX:StartFlightRecording=filename="
                + recordings + "/");
        // comes after the command line; classes load as the first documents are parsed, so this log
        // would run through the replies
        pb.environment().put("_JAVA_OPTIONS", "-Xlog:class+load=info");
        Process ingest = pb.start();
        String output = new String(ingest.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ingest.waitFor()).as(output).isZero();
        assertThat(output).contains("Picked up _JAVA_OPTIONS").contains("[info][gc").contains("completed; 2 items");

        CliRunner.Result search = CliRunner.run("search", caseDir.toString(), "quillwort", "--json", "--limit", "0");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(new ObjectMapper().readTree(search.out()).get("total").asLong()).isEqualTo(2);
    }
}
