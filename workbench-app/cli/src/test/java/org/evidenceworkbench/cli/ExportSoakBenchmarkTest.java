package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test of correctness: a harness that exports two cases of different sizes (a quarter and
 * all of {@code bench.exportFiles} loose files, plus a zip whose members go metadata-only) as full
 * bundles in a second JVM with a small heap, and reports time and peak resident memory of each,
 * so constant memory shows as the same peak for four times the items. Then verifies the larger
 * bundle the same way. Runs only with {@code -Pbench} (docs/performance.md); sizes through
 * {@code bench.exportFiles} and {@code bench.heap}.
 */
@Tag("benchmark")
class ExportSoakBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void exportCasesOfTwoSizesWithBoundedHeap() throws Exception {
        int files = Integer.getInteger("bench.exportFiles", 20_000);
        String heap = System.getProperty("bench.heap", "256m");
        System.setProperty("workbench.config", tmp.resolve("config").toString());
        try {
            for (int n : new int[] {files / 4, files}) {
                Path evidence = Files.createDirectories(tmp.resolve("evidence-" + n));
                long bytes = generate(evidence, n, n / 4);
                Path caseDir = tmp.resolve("case-" + n);
                assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "Bench", "--examiner", "bench")
                        .exitCode()).isZero();
                assertThat(CliRunner.run("ingest", caseDir.toString(), evidence.toString()).exitCode()).isZero();
                Path out = tmp.resolve("out-" + n);
                Run export = fork(heap, "export", caseDir.toString(), out.toString(), "--profile", "full");
                Path bundle;
                try (var listing = Files.list(out)) {
                    bundle = listing.findFirst().orElseThrow();
                }
                Run verify = fork(heap, "verify", bundle.toString());
                long items = n + n / 4 + 1;
                // the one place a harness speaks: the report is its product
                System.out.println(String.format(Locale.ROOT,
                        "BENCHMARK export: %,d items (%,d files, %.1f MB + a zip of %,d members), heap -Xmx%s: "
                                + "export %.1f s, %.0f items/s, peak RSS %.0f MB; verify %.1f s, peak RSS %.0f MB",
                        items, n, bytes / 1e6, n / 4, heap, export.seconds, items / export.seconds,
                        export.peakKb / 1024.0, verify.seconds, verify.peakKb / 1024.0));
            }
        } finally {
            System.clearProperty("workbench.config");
        }
    }

    private record Run(double seconds, long peakKb) {
    }

    private Run fork(String heap, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap,
                "-Dworkbench.config=" + tmp.resolve("config"), "-cp", System.getProperty("java.class.path"),
                WorkbenchCli.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long started = System.nanoTime();
        long peakKb = 0;
        while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, highWaterMarkKb(p.pid()));
        }
        assertThat(p.exitValue()).as(String.join(" ", args)).isZero();
        return new Run((System.nanoTime() - started) / 1e9, peakKb);
    }

    private static long highWaterMarkKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between polls
        }
        return 0;
    }

    private static long generate(Path evidence, int files, int zipEntries) throws IOException {
        Random random = new Random(42);
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            Path dir = Files.createDirectories(evidence.resolve("d" + (i / 500)));
            byte[] content = ("note " + i + " " + Long.toHexString(random.nextLong()) + "\n").repeat(20)
                    .getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("n" + i + ".txt"), content);
            bytes += content.length;
        }
        try (OutputStream f = Files.newOutputStream(evidence.resolve("extraction.zip"));
             ZipOutputStream z = new ZipOutputStream(f)) {
            for (int i = 0; i < zipEntries; i++) {
                z.putNextEntry(new ZipEntry("sdcard/msg" + i + ".txt"));
                z.write(("message " + i + "\n").repeat(10).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes + Files.size(evidence.resolve("extraction.zip"));
    }
}
