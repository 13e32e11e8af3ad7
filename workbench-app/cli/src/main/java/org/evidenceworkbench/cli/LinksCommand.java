package org.evidenceworkbench.cli;

import java.nio.file.Path;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.links.CrossCaseLinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench links CASE}: what connects items from different bundles or sources. */
@Command(name = "links", mixinStandardHelpOptions = true,
        description = {"List what connects items from different sources of a case (at a hub: from different",
                "bundles): the same file (SHA-256), the same identifier found by the detectors (phone, e-mail,",
                "crypto address, vehicle mark, IBAN…; card numbers masked), and near-duplicate pictures.",
                "Each link lists its items with where they came from."})
final class LinksCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder (a hub case, or any case).")
    Path caseDir;

    @Option(names = "--json", description = "Print one JSON object per link per line (JSON Lines).")
    boolean json;

    @Override
    public Integer call() {
        long[] count = {0};
        try (Case c = openForReading(caseDir)) {
            new CrossCaseLinks(c).forEach(link -> {
                count[0]++;
                if (json) {
                    out.jsonLine(link);
                } else {
                    print(link);
                }
            });
        }
        if (!json) {
            out.line(count[0] == 0 ? "No links: nothing is shared between items of different sources."
                    : count[0] + (count[0] == 1 ? " link." : " links."));
        }
        return ExitCode.OK;
    }

    private void print(CrossCaseLinks.Link link) {
        out.line(link.kind().label() + " " + Output.printable(link.key()) + "  (" + link.items().size() + " items in "
                + link.sources() + " sources)");
        for (CrossCaseLinks.LinkedItem i : link.items()) {
            String from = i.bundleId() == null ? i.source()
                    : (i.organization() == null ? "" : i.organization() + ", ") + "bundle " + i.bundleId()
                            + ", exhibit " + i.exhibit();
            String path = i.originalPath() != null ? i.originalPath() : i.path();
            String distance = i.distance() == null ? "" : "  (" + i.distance() + " bits)";
            out.line("  " + i.itemId() + "\t" + Output.printable(from) + "\t" + Output.printable(path) + distance);
        }
    }
}
