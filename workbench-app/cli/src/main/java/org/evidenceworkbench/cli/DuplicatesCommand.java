package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.util.List;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.duplicates.NearDuplicates;
import org.evidenceworkbench.core.search.CaseSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench duplicates CASE}: groups of near-duplicate pictures, with each member's distance. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"List groups of near-duplicate pictures (resized, recompressed, cropped, recoloured, rotated",
                "or mirrored copies), biggest first. Each member shows its PDQ distance in bits from the group's",
                "representative (0 to 31 is a match) and as which rotation or mirror image it matched.",
                "Search a group with 'group:N'."})
final class DuplicatesCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Option(names = "--distance", paramLabel = "BITS",
            description = "Group again at this Hamming distance (default groups use 31); audited.")
    Integer distance;

    @Option(names = "--json", description = "Print one JSON object per group per line (JSON Lines).")
    boolean json;

    @Override
    public Integer call() {
        List<NearDuplicates.Group> groups;
        if (distance != null) {
            try (Case c = openForWriting(caseDir)) {
                NearDuplicates.Summary s = new NearDuplicates(c).regroup(distance);
                CaseSearch.refresh(c);
                if (!json) {
                    out.line("Grouped " + s.hashedPictures() + " pictures with a perceptual hash at distance "
                            + s.maxDistance() + ": " + s.groups() + " groups holding " + s.groupedPictures()
                            + " pictures.");
                }
                groups = new NearDuplicates(c).groups();
            }
        } else {
            try (Case c = openForReading(caseDir)) {
                groups = new NearDuplicates(c).groups();
            }
        }
        if (json) {
            groups.forEach(out::jsonLine);
            return ExitCode.OK;
        }
        if (groups.isEmpty()) {
            out.line("No near-duplicate pictures. (Pictures are compared once the media detector has hashed them.)");
        }
        for (NearDuplicates.Group g : groups) {
            out.line("group " + g.representativeId() + ": " + g.members().size() + " pictures");
            for (NearDuplicates.Member m : g.members()) {
                out.line("  " + m.itemId() + "\t" + m.distance() + "\t" + m.transform() + "\t" + Output.printable(m.path()));
            }
        }
        return ExitCode.OK;
    }
}
