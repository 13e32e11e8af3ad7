package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.detect.AnalysisPass;
import org.evidenceworkbench.core.extract.isolation.ParserLimits;
import org.evidenceworkbench.core.ingest.CancelSignal;
import org.evidenceworkbench.core.ingest.IngestOptions;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.ingest.SourceResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench ingest CASE SOURCE...}: read evidence into a case, resumably. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest evidence sources into a case: folders, single files, archives (zip, tar, tar.gz, 7z)",
                "and submission packs, detected by what they are. Sources are only read, never changed.",
                "Run the same command again to resume an ingest that was stopped or killed."})
final class IngestCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SOURCE", description = "Evidence folders or files.")
    List<Path> sources;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--max-depth", paramLabel = "N",
            description = "How deep archives and attachments are opened (default: ${DEFAULT-VALUE}).")
    int maxDepth = IngestOptions.DEFAULT_MAX_DEPTH;

    @Option(names = "--parse-timeout", paramLabel = "SECONDS",
            description = {"How long one document's parse may take before its parser is stopped and the item",
                    "recorded as timed out (default: ${DEFAULT-VALUE})."})
    long parseTimeoutSeconds = ParserLimits.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--json", description = "Print the result of each source as JSON.")
    boolean json;

    @Option(names = "--progress-every", paramLabel = "MILLIS", hidden = true,
            description = "How often progress is shown, in milliseconds.")
    Long progressEveryMillis;

    @Override
    public Integer call() {
        if (parseTimeoutSeconds < 1) {
            out.error("--parse-timeout must be at least 1 second.");
            return ExitCode.USAGE;
        }
        IngestOptions options = IngestOptions.defaults().withMaxContainerDepth(maxDepth);
        options = options.withParserLimits(options.parsing().withTimeout(Duration.ofSeconds(parseTimeoutSeconds)));
        if (threads != null) {
            if (threads < 1) {
                out.error("--threads must be at least 1.");
                return ExitCode.USAGE;
            }
            options = options.withThreads(threads);
        }
        CancelSignal cancel = new CancelSignal();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C: ask the pipeline to stop, then let it save what is done before the JVM exits
        Thread onInterrupt = new Thread(() -> {
            cancel.cancel();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        ProgressPrinter progress = new ProgressPrinter(out.err(), terminal);
        Duration every = progressEveryMillis != null ? Duration.ofMillis(progressEveryMillis)
                : Duration.ofMillis(terminal ? 500 : 5000);
        try (Case c = openForWriting(caseDir)) {
            IngestService service = new IngestService(c, options).onProgress(progress, every).cancelWith(cancel);
            List<SourceResult> results = service.ingest(sources);
            progress.done();
            report(results, service.analysis());
            boolean complete = results.size() == sources.size() && results.stream()
                    .allMatch(r -> r.status() != SourceResult.Status.INTERRUPTED);
            if (!complete) {
                out.error("The ingest stopped before the end; run the same command again to resume it.");
                return ExitCode.FAILURE;
            }
            return ExitCode.OK;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it was Ctrl-C, and it now sees the ingest finished
            }
        }
    }

    private void report(List<SourceResult> results, AnalysisPass.Summary analysis) {
        if (json) {
            out.json(results);
            return;
        }
        for (SourceResult r : results) {
            String what = switch (r.status()) {
                case COMPLETE -> (r.resumed() ? "resumed and completed" : "completed");
                case ALREADY_INGESTED -> "already ingested; nothing to do";
                case INTERRUPTED -> "stopped; run the same command again to resume";
            };
            out.lines("%s (%s): %s; %,d items, %s, %,d with problems", Output.printable(r.location()),
                    r.kind().label(), what, r.items(), ProgressPrinter.bytes(r.bytes()), r.problems());
        }
        if (analysis != null) {
            out.lines("Analysis pass: %,d items analysed (thumbnails, perceptual hashes, faces), %,d findings, "
                    + "%,d detector failures, %,d pictures found damaged%s", analysis.items(), analysis.findings(),
                    analysis.failures(), analysis.damaged(), analysis.unreadable() == 0 ? ""
                            : String.format(Locale.ROOT, "; %,d wait because their files cannot be read "
                            + "(attach the source and run the same command again)", analysis.unreadable()));
        }
        out.line("See the figures with: workbench status " + caseDir);
    }
}
