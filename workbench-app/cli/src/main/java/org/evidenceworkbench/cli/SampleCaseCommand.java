package org.evidenceworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.samples.Scenario;
import org.evidenceworkbench.samples.Scenarios;
import org.evidenceworkbench.samples.Size;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench sample-case …}: generated training cases with answer keys (docs/training.md). */
@Command(name = "sample-case", mixinStandardHelpOptions = true,
        description = "Generate training cases: synthetic evidence, an answer key and a trainer's briefing.",
        subcommands = {SampleCaseCommand.ListScenarios.class, SampleCaseCommand.Generate.class})
final class SampleCaseCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The scenarios, one a line, name first.")
    static final class ListScenarios extends WorkbenchCommand {
        @Override
        public Integer call() {
            for (Scenario s : Scenarios.all()) {
                out.line(s.name() + "\t" + s.description());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write a scenario into DIR: the evidence under DIR/evidence/, the key as",
                    "DIR/answer-key.json, the briefing as DIR/briefing.md. The same seed gives the same bytes."})
    static final class Generate extends WorkbenchCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The scenario (see 'sample-case list').")
        String name;

        @Parameters(index = "1", paramLabel = "DIR", description = "A new or empty folder.")
        Path dir;

        @Option(names = "--size", paramLabel = "SIZE", description = "small (default) or full.")
        Size size = Size.SMALL;

        @Option(names = "--seed", paramLabel = "N", description = "Which variant to generate (default 1).")
        long seed = 1;

        @Override
        public Integer call() {
            Scenario scenario = Scenarios.named(name).orElse(null);
            if (scenario == null) {
                out.error("There is no scenario '" + name + "'; there are: "
                        + Scenarios.all().stream().map(Scenario::name).collect(Collectors.joining(", ")) + ".");
                return ExitCode.USAGE;
            }
            try {
                if (Files.exists(dir) && (!Files.isDirectory(dir) || hasFiles(dir))) {
                    out.error(dir + " is not an empty folder; give a new or empty one so nothing is overwritten.");
                    return ExitCode.USAGE;
                }
                Files.createDirectories(dir);
                scenario.generate(dir, size, seed);
            } catch (IOException e) {
                throw new WorkbenchException("The sample case could not be written to " + dir + " ("
                        + e.getMessage() + "); check the disk has space and the folder is writable.", e);
            }
            out.line("Generated '" + scenario.name() + "' (" + size.label() + ", seed " + seed + ") in " + dir + ":");
            out.line("  evidence:   " + dir.resolve("evidence"));
            out.line("  answer key: " + dir.resolve("answer-key.json"));
            out.line("  briefing:   " + dir.resolve("briefing.md"));
            return ExitCode.OK;
        }

        private static boolean hasFiles(Path folder) throws IOException {
            try (var entries = Files.list(folder)) {
                return entries.findAny().isPresent();
            }
        }
    }
}
