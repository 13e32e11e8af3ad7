package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.phone.ArtefactQueries;
import org.evidenceworkbench.core.phone.ArtefactSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench conversation CASE THREAD}: one chat, its messages in order, with their attachments. */
@Command(name = "conversation", mixinStandardHelpOptions = true,
        description = {"Show one conversation (a thread as 'workbench artefacts' lists it, e.g.",
                "whatsapp:442079460123@s.whatsapp.net or android-sms:3): its messages in the order they were sent,",
                "with their attachments."})
final class ConversationCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "THREAD", description = "The thread, as the artefacts list shows it.")
    String thread;

    @Option(names = "--json", description = "Print one JSON object per line (JSON Lines).")
    boolean json;

    @Override
    public Integer call() {
        AtomicLong shown = new AtomicLong();
        String[] source = {null};
        try (Case c = openForReading(caseDir)) {
            new ArtefactQueries(c).conversation(thread, a -> {
                shown.incrementAndGet();
                if (json) {
                    out.jsonLine(a);
                    return;
                }
                if (!a.sourceFile().equals(source[0])) {
                    source[0] = a.sourceFile();
                    heading(a);
                }
                print(a);
            });
        }
        if (shown.get() == 0) {
            out.error("The case has no conversation '" + thread + "'; 'workbench artefacts CASE --type chat' and "
                    + "'--type message' list the threads.");
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }

    /** Each database's (or report's) part of the thread starts with where it was read from, and the chat's details. */
    private void heading(ArtefactSummary a) {
        boolean chat = "chat".equals(a.kind());
        out.line("Conversation " + Output.printable(a.thread()) + " (" + Output.printable(a.app()) + ")"
                + (chat && a.title() != null ? ": " + Output.printable(a.title()) : "")
                + (chat && a.to() != null ? " with " + Output.printable(a.to()) : "")
                + " in " + Output.printable(a.sourceFile()));
    }

    private void print(ArtefactSummary a) {
        if ("chat".equals(a.kind())) {
            return; // its details are in the heading
        }
        out.line("[" + ArtefactsCommand.dash(a.at()) + "] " + Output.printable(a.from()) + " → "
                + Output.printable(a.to()) + (a.deleted() ? " (deleted)" : "") + ": "
                + (a.body() == null ? "" : Output.printable(a.body())));
        for (String attachment : a.attachments()) {
            out.line("    attachment: " + Output.printable(attachment));
        }
    }
}
