package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test of correctness: the harness behind docs/performance.md's ingest figures. It generates
 * a corpus ({@link BenchCorpus}), then times over the same files, in this order: md5sum, sha1sum
 * and sha256sum (the hashing limit: the ingest computes all three), the ingest with the packaged
 * launcher's heap (512 MB, G1, two threads) with its peak resident memory and the time to the
 * first search hit, exiftool's {@code -json -r} and tika-app's batch mode (the tools a user would
 * otherwise reach for); the ingest and the tools with their CPU time too. Runs only with {@code -Pbench}; settings: {@code bench.corpus} (photos,
 * documents, mixed, or hostile: docs/robustness.md's corpus at full size, for its peak memory, with
 * no baselines), {@code bench.corpusMB}, {@code bench.tikaApp} (the tika-app jar the bench
 * profile copies), {@code bench.out} (where the figures are written).
 */
@Tag("benchmark")
class StressBenchmarkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BASH_TIME = Pattern.compile("(\\d+)m([0-9.]+)s");
    private static final long TICKS = clockTicksPerSecond();

    @TempDir
    Path tmp;

    private final List<String> report = new ArrayList<>();

    @Test
    void ingestAgainstTheHashingLimitAndTheUsualTools() throws Exception {
        String corpus = System.getProperty("bench.corpus", "mixed").toLowerCase(Locale.ROOT);
        long megabytes = Long.getLong("bench.corpusMB", 2048);
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        long started = System.nanoTime();
        long files = corpus.equals("hostile") ? BenchCorpus.writeHostile(evidence)
                : BenchCorpus.write(evidence, BenchCorpus.Mix.valueOf(corpus.toUpperCase(Locale.ROOT)), megabytes);
        long bytes = bytes(evidence);
        line("corpus %s: %,d files, %.1f MB (generated in %.0f s)", corpus, files, bytes / 1e6, seconds(started));
        line("machine: %d processors, load average before the run %s, %s", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).trim(), Instant.now());

        double hashing = 0;
        for (String tool : List.of("md5sum", "sha1sum", "sha256sum")) {
            double s = timed(tmp, "find '" + evidence + "' -type f -print0 | xargs -0 " + tool + " > /dev/null").wall();
            hashing += s;
            line("%s: %.1f s, %.1f MB/s", tool, s, bytes / 1e6 / s);
        }
        line("hashing limit (the three one after another): %.1f s, %.1f MB/s", hashing, bytes / 1e6 / hashing);

        Ingest ingest = ingest(evidence);
        if (ingest.searchableSeconds > 0) {
            line("ingest, first pass (every item hashed, read, indexed and searchable; light detectors run): %.1f s, "
                    + "%.1f MB/s, %.0f items/s; ratio to the hashing limit %.3f", ingest.searchableSeconds,
                    bytes / 1e6 / ingest.searchableSeconds, ingest.items / ingest.searchableSeconds,
                    hashing / ingest.searchableSeconds);
        }
        line("ingest, whole (with the analysis pass of the heavy detectors, faces): %.1f s, %,d items, %.1f MB/s, "
                + "%.0f items/s; ratio to the hashing limit %.3f", ingest.seconds, ingest.items, bytes / 1e6 / ingest.seconds,
                ingest.items / ingest.seconds, hashing / ingest.seconds);
        line("ingest peak RSS: %.0f MB (ingest JVM), %.0f MB (with its parser processes, sampled together)",
                ingest.peakKb / 1024.0, ingest.peakTotalKb / 1024.0);
        line("  of which, at that peak: %.0f MB anonymous (heaps, native allocations), %.0f MB file-backed "
                + "(mapped index and case files, jars, native libraries), %.0f MB shared memory",
                ingest.peakParts[0] / 1024.0, ingest.peakParts[1] / 1024.0, ingest.peakParts[2] / 1024.0);
        line("time to the first search result: %.1f s", ingest.firstHitSeconds);
        line("ingest CPU time (user and system, the ingest JVM and its parser processes, sampled every 0.2 s): "
                + "%.1f s", ingest.cpuSeconds);

        if (corpus.equals("hostile")) {
            finish(corpus, ingest, files);
            return;
        }
        if (onPath("exiftool")) {
            Timed t = timed(tmp, "exiftool -json -r '" + evidence + "' > '" + tmp.resolve("exiftool.json")
                    + "' 2>/dev/null");
            line("exiftool -json -r: %.1f s, %.1f MB/s, %.1f s CPU; the ingest took %.2f times as long, and %.2f times "
                    + "the CPU", t.wall(), bytes / 1e6 / t.wall(), t.cpu(), ingest.seconds / t.wall(),
                    ingest.cpuSeconds / t.cpu());
        } else {
            line("exiftool: not installed (apt-get install libimage-exiftool-perl)");
        }
        Path tikaApp = Path.of(System.getProperty("bench.tikaApp", "target/bench-tools/tika-app.jar"));
        if (Files.isRegularFile(tikaApp)) {
            Path out = Files.createDirectories(tmp.resolve("tika-out"));
            String java = ProcessHandle.current().info().command().orElse("java");
            Timed t = timed(tmp, "'" + java + "' -jar '" + tikaApp.toAbsolutePath() + "' -i '" + evidence + "' -o '"
                    + out + "' -J -t -numConsumers 2 > '" + tmp.resolve("tika.log") + "' 2>&1");
            line("tika-app batch (-J -t, 2 consumers): %.1f s, %.1f MB/s, %.1f s CPU; the ingest took %.2f times as "
                    + "long, and %.2f times the CPU", t.wall(), bytes / 1e6 / t.wall(), t.cpu(), ingest.seconds / t.wall(),
                    ingest.cpuSeconds / t.cpu());
        } else {
            line("tika-app: no jar at %s (the bench profile copies it)", tikaApp);
        }

        finish(corpus, ingest, files);
    }

    private void finish(String corpus, Ingest ingest, long files) throws IOException {
        String text = String.join("\n", report) + "\n";
        Path target = Path.of(System.getProperty("bench.out", "target/stress-benchmark-" + corpus + ".txt"));
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, text);
        // the one place a harness speaks: the report is its product
        System.out.println(text);
        assertThat(ingest.items).isGreaterThanOrEqualTo(files);
    }

    /**
     * @param searchableSeconds when the ingest said every item was searchable (its analysis pass began), or -1
     * @param peakParts         RssAnon, RssFile and RssShmem of the ingest and its parser process when
     *                          peakTotalKb was seen
     * @param cpuSeconds        user and system time of the ingest and its parser processes; steadier
     *                          than wall time on a shared machine, where other guests take turns on
     *                          the cores
     */
    private record Ingest(double seconds, double searchableSeconds, long items, long peakKb, long peakTotalKb,
                          long[] peakParts, double firstHitSeconds, double cpuSeconds) {
    }

    /** A tool's run: wall time, and the user and system time of the shell's children. */
    private record Timed(double wall, double cpu) {
    }

    private Ingest ingest(Path evidence) throws Exception {
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "Bench", "--examiner", "bench")
                .exitCode()).isZero();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx512m", "-XX:+UseG1GC", "-cp", System.getProperty("java.class.path"),
                WorkbenchCli.class.getName(), "ingest", caseDir.toString(), evidence.toString(), "--threads", "2",
                "--progress-every", "100")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long started = System.nanoTime();
        StringBuilder err = new StringBuilder();
        AtomicLong searchable = new AtomicLong(-1);
        CountDownLatch ingesting = new CountDownLatch(1);
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    err.append(line).append('\n');
                    if (line.startsWith("Every item is searchable") && searchable.get() < 0) {
                        searchable.set(System.nanoTime() - started);
                    }
                    ingesting.countDown(); // the first report: the ingest holds the case, searches may ask
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        AtomicLong firstHit = new AtomicLong(-1);
        CompletableFuture<Void> searching = CompletableFuture.runAsync(() -> {
            try {
                ingesting.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            while (p.isAlive() && firstHit.get() < 0) {
                CliRunner.Result r = CliRunner.run("search", caseDir.toString(), "*:*", "--json", "--limit", "1");
                try {
                    if (r.exitCode() == 0 && JSON.readTree(r.out()).get("total").asLong() > 0) {
                        firstHit.set(System.nanoTime() - started);
                    }
                } catch (IOException e) {
                    // not answered yet: ask again
                }
                try {
                    // a pause between searches, so the harness does not take the cores the ingest is measured on
                    p.waitFor(250, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
        long peak = 0;
        long peakTotal = 0;
        long[] peakParts = new long[3];
        Map<Long, Long> cpuTicks = new HashMap<>(); // the last reading of each process, ingest and parsers
        while (!p.waitFor(200, TimeUnit.MILLISECONDS)) {
            cpuTicks.merge(p.pid(), cpuTicks(p.pid()), Math::max);
            p.descendants().forEach(d -> cpuTicks.merge(d.pid(), cpuTicks(d.pid()), Math::max));
            long own = highWaterMarkKb(p.pid(), "VmHWM:");
            long now = highWaterMarkKb(p.pid(), "VmRSS:") + p.descendants()
                    .mapToLong(d -> highWaterMarkKb(d.pid(), "VmRSS:")).sum();
            peak = Math.max(peak, own);
            if (now > peakTotal) {
                peakTotal = now;
                int i = 0;
                for (String part : new String[] {"RssAnon:", "RssFile:", "RssShmem:"}) {
                    peakParts[i++] = highWaterMarkKb(p.pid(), part) + p.descendants()
                            .mapToLong(d -> highWaterMarkKb(d.pid(), part)).sum();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ingesting.countDown();
        searching.get(60, TimeUnit.SECONDS);
        reading.get(60, TimeUnit.SECONDS);
        assertThat(p.exitValue()).as(err.toString()).isZero();
        long items = CliRunner.run("items", caseDir.toString(), "--json").out().lines().count();
        return new Ingest(seconds, searchable.get() / 1e9, items, peak, peakTotal, peakParts,
                firstHit.get() / 1e9, cpuTicks.values().stream().mapToLong(Long::longValue).sum() / (double) TICKS);
    }

    /** User and system time of a process so far, in clock ticks; 0 once it has ended. */
    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the fields after the command name, which is in parentheses and may hold spaces:
            // state is field 3, utime 14 and stime 15
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended between polls
        }
    }

    private static long highWaterMarkKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between polls
        }
        return 0;
    }

    private static Timed timed(Path dir, String shell) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path times = dir.resolve("times.txt");
        // bash's times: the shell's own user and system time, then its children's ("1m36.290s 0m8.980s")
        Process p = new ProcessBuilder("bash", "-c", shell + "\ntimes > '" + times + "'").directory(dir.toFile())
                .inheritIO().start();
        assertThat(p.waitFor(2, TimeUnit.HOURS)).isTrue();
        assertThat(p.exitValue()).as(shell).isZero();
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = 0;
        Matcher m = BASH_TIME.matcher(Files.readAllLines(times).get(1));
        while (m.find()) {
            cpu += Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2));
        }
        return new Timed(wall, cpu);
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return new ProcessBuilder("bash", "-c", "command -v " + tool).start().waitFor() == 0;
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static long clockTicksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Long.parseLong(new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim());
        } catch (IOException | NumberFormatException e) {
            return 100; // what Linux uses on every machine we know of
        }
    }

    private void line(String format, Object... args) {
        report.add(String.format(Locale.ROOT, format, args));
    }
}
