package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.util.List;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.review.ItemNote;
import org.evidenceworkbench.core.review.ItemNotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code workbench note CASE ITEM TEXT --by NAME}: write a note on an item (audited); without TEXT,
 * list the item's notes.
 */
@Command(name = "note", mixinStandardHelpOptions = true,
        description = "Write a note on an item (audited), or list its notes when no text is given.")
final class NoteCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "ITEM", description = "The item's id, or its exact path.")
    String item;

    @Parameters(index = "2", arity = "0..1", paramLabel = "TEXT", description = "The note (quote it).")
    String text;

    @Option(names = "--by", paramLabel = "NAME", description = "Who writes the note (needed to write one).")
    String by;

    @Option(names = "--json", description = "List the notes as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (text == null) {
            try (Case c = openForReading(caseDir)) {
                long id = new CaseQueries(c).show(item).item().id();
                List<ItemNote> notes = new ItemNotes(c).of(id);
                if (json) {
                    out.json(notes);
                } else if (notes.isEmpty()) {
                    out.line("Item " + id + " has no notes.");
                } else {
                    for (ItemNote n : notes) {
                        out.line(n.writtenAt() + "  " + Output.printable(n.writtenBy()) + ": "
                                + Output.printable(n.note()));
                    }
                }
                return ExitCode.OK;
            }
        }
        try (Case c = openForWriting(caseDir)) {
            long id = new CaseQueries(c).show(item).item().id();
            ItemNote note = new ItemNotes(c).add(id, text, by);
            out.line("Note " + note.id() + " written on item " + id + " by " + note.writtenBy() + ".");
            return ExitCode.OK;
        }
    }
}
