package org.evidenceworkbench.cli;

import java.io.IOException;
import java.util.List;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.detectors.media.PdqSetStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench pdqset …}: reference sets of PDQ picture hashes (docs/hashsets.md). */
@Command(name = "pdqset", mixinStandardHelpOptions = true,
        description = "Manage reference sets of PDQ perceptual picture hashes that every ingest compares pictures with.",
        subcommands = {PdqsetCommand.Import.class, PdqsetCommand.ListSets.class, PdqsetCommand.Remove.class})
final class PdqsetCommand {

    private static WorkbenchException storeFailure(IOException e) {
        return new WorkbenchException("The PDQ set store in " + PdqSetStore.defaultLocation() + " cannot be used ("
                + e.getMessage() + "); check the disk has space and the folder is writable.", e);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import PDQ hashes: CSV (a 64-digit hex hash first on each line, then optionally quality",
                    "and a label) or VICS JSON with PDQ values. Importing a name again replaces that set. Then run",
                    "'workbench detect' on existing cases to compare them with it."})
    static final class Import extends WorkbenchCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "A name for the set.")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", description = "The CSV or VICS JSON file.")
        java.nio.file.Path file;

        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "known-bad or known-good.")
        String kind;

        @Override
        public Integer call() {
            PdqSetStore.Kind k;
            try {
                k = PdqSetStore.Kind.parse(kind);
            } catch (IllegalArgumentException e) {
                out.error(e.getMessage() + ".");
                return ExitCode.USAGE;
            }
            PdqSetStore.ImportResult r;
            try {
                r = PdqSetStore.atDefaultLocation().importSet(name, file, k);
            } catch (IllegalArgumentException e) {
                out.error(e.getMessage() + ".");
                return ExitCode.USAGE;
            } catch (IOException e) {
                throw new WorkbenchException("The PDQ set " + file + " could not be imported (" + e.getMessage()
                        + "); check the file and its format.", e);
            }
            out.lines("%s PDQ set '%s' (%s): %,d hashes, %,d bad lines, in %.1f s", r.replaced() ? "Replaced" : "Imported",
                    r.descriptor().name(), r.descriptor().kind(), r.descriptor().entries(), r.badLines(),
                    r.elapsed().toMillis() / 1000.0);
            for (String b : r.badExamples()) {
                out.line("  skipped: " + Output.printable(b));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the imported PDQ sets.")
    static final class ListSets extends WorkbenchCommand {

        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            List<PdqSetStore.Descriptor> sets;
            try {
                sets = PdqSetStore.atDefaultLocation().list();
            } catch (IOException e) {
                throw storeFailure(e);
            }
            if (json) {
                out.json(sets);
                return ExitCode.OK;
            }
            if (sets.isEmpty()) {
                out.line("No PDQ sets are imported; add one with 'workbench pdqset import'.");
            }
            for (PdqSetStore.Descriptor d : sets) {
                out.lines("%-20s %-10s %,12d hashes  %s  %s", d.name(), d.kind(), d.entries(), d.importedAt(),
                        Output.printable(d.sourceName()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an imported PDQ set.")
    static final class Remove extends WorkbenchCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The set's name.")
        String name;

        @Override
        public Integer call() {
            try {
                if (!PdqSetStore.atDefaultLocation().remove(name)) {
                    out.error("There is no PDQ set called '" + name + "'; see 'workbench pdqset list'.");
                    return ExitCode.FAILURE;
                }
            } catch (IOException e) {
                throw storeFailure(e);
            }
            out.line("Removed the PDQ set '" + name + "'.");
            return ExitCode.OK;
        }
    }
}
