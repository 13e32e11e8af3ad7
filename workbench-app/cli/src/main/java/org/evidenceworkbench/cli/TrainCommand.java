package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.core.training.TraineeWorkReader;
import org.evidenceworkbench.core.training.TrainingScore;
import org.evidenceworkbench.core.training.TrainingScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench train …}: training mode on generated sample cases (docs/training.md). */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Training mode on sample cases.",
        subcommands = TrainCommand.Score.class)
final class TrainCommand {

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Compare a trainee's tags and confirmed findings with a sample case's answer key:",
                    "precision, recall, missed high-priority items and time taken. Reads the case only."})
    static final class Score extends WorkbenchCommand {

        @Parameters(index = "0", paramLabel = "CASE", description = "The trainee's case folder.")
        Path caseDir;

        @Option(names = "--key", required = true, paramLabel = "KEY",
                description = "The answer-key.json the sample case was generated with.")
        Path keyFile;

        @Option(names = "--json", description = "Print as JSON (shape in docs/training.md).")
        boolean json;

        @Override
        public Integer call() {
            AnswerKey key = AnswerKey.read(keyFile);
            TrainingScore score;
            try (Case c = openForReading(caseDir)) {
                score = TrainingScorer.score(key, TraineeWorkReader.read(c));
            }
            if (json) {
                out.json(score);
            } else {
                print(score);
            }
            return ExitCode.OK;
        }

        private void print(TrainingScore s) {
            out.line("Training score: " + s.scenario() + " (" + s.keyItems() + " items in the key)");
            out.line("  Precision  " + (s.precision() == null ? "-   " : percent(s.precision())) + "  "
                    + s.correct() + " of " + s.surfaced() + " surfaced items are in the key");
            out.line("  Recall     " + percent(s.recall()) + "  " + s.correct() + " of " + s.keyItems()
                    + " key items surfaced");
            out.line("  Tags       " + s.matchedTags() + " of " + s.expectedTags() + " expected tags given");
            out.line("  Findings   " + s.confirmedFindings() + " of " + s.expectedFindings()
                    + " expected findings confirmed");
            out.line("  Time taken " + (s.timeTaken() == null ? "- (no tag or review in the audit log yet)"
                    : duration(s.timeTaken()) + " (first ingest " + s.started() + ", last decision " + s.finished()
                    + ")"));
            if (!s.people().isEmpty()) {
                out.line("  By         " + String.join(", ", s.people()));
            }
            out.line(s.missedHighPriority().isEmpty() ? "No high-priority item missed."
                    : "Missed high-priority items (" + s.missedHighPriority().size() + "):");
            s.missedHighPriority().forEach(p -> out.line("  " + Output.printable(p)));
            if (!s.notInKey().isEmpty()) {
                out.line("Surfaced but not in the key (" + s.notInKey().size() + "):");
                s.notInKey().forEach(p -> out.line("  " + Output.printable(p)));
            }
            out.line("Key items:");
            for (TrainingScore.ItemResult i : s.items()) {
                out.line(String.format(Locale.ROOT, "  %-6s %-6s %s  tags %s of %s, findings %d of %d confirmed",
                        i.priority().label(), i.surfaced() ? "found" : "missed", Output.printable(i.path()),
                        i.givenTags().stream().filter(i.expectedTags()::contains).toList(), i.expectedTags(),
                        i.confirmedFindings(), i.expectedFindings()));
            }
        }

        private static String percent(double fraction) {
            return String.format(Locale.ROOT, "%3.0f%%", fraction * 100);
        }

        private static String duration(Duration d) {
            return String.format(Locale.ROOT, "%dh %02dm %02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
        }
    }
}
