package org.evidenceworkbench.cli;

import java.nio.file.Path;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.phone.ArtefactQueries;
import org.evidenceworkbench.core.phone.ArtefactSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench artefacts CASE}: what was read out of phone databases and reports, in time order. */
@Command(name = "artefacts", mixinStandardHelpOptions = true,
        description = {"List the artefacts read out of phone databases and reader reports (messages, calls, contacts,",
                "chats, web visits and searches, locations, accounts) in time order, with where each came from."})
final class ArtefactsCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Option(names = "--type", paramLabel = "T",
            description = "Only this type: message, call, contact, chat, web-visit, web-search, location, account.")
    String type;

    @Option(names = "--json", description = "Print one JSON object per line (JSON Lines).")
    boolean json;

    @Override
    public Integer call() {
        try (Case c = openForReading(caseDir)) {
            if (!json) {
                out.line("item\ttime\ttype\tapp\tfrom\tto\ttitle/body\tthread\tsource");
            }
            new ArtefactQueries(c).forEach(type, a -> {
                if (json) {
                    out.jsonLine(a);
                } else {
                    out.line(line(a));
                }
            });
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            out.error(e.getMessage());
            return ExitCode.USAGE;
        }
    }

    private static String line(ArtefactSummary a) {
        String what = a.title() != null ? a.title() : a.body();
        return a.itemId() + "\t" + dash(a.at()) + "\t" + a.kind() + (a.deleted() ? " (deleted)" : "") + "\t"
                + Output.printable(a.app()) + "\t" + dash(Output.printable(a.from())) + "\t" + dash(Output.printable(a.to()))
                + "\t" + dash(Output.printable(shorten(what))) + "\t" + dash(Output.printable(a.thread())) + "\t"
                + Output.printable(a.sourceFile()) + " " + a.sourceTable() + "#" + (a.sourceRow() == null ? "-" : a.sourceRow());
    }

    static String shorten(String s) {
        return s == null || s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }

    static String dash(Object o) {
        return o == null || o.toString().isEmpty() ? "-" : o.toString();
    }
}
