package org.evidenceworkbench.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.SourceSummary;
import org.evidenceworkbench.core.media.ErrorLevelAnalysis;
import org.evidenceworkbench.core.media.ItemBytes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench ela CASE ITEM OUT.png}: the Error Level Analysis picture of one item, for a person to judge. */
@Command(name = "ela", mixinStandardHelpOptions = true,
        description = {"Render the Error Level Analysis (ELA) picture of a picture item as PNG.",
            "The picture is saved again as JPEG at --quality and the difference, times --scale, is drawn:"
                    + " regions with another compression history may stand out. A picture to judge, not proof."})
final class ElaCommand extends WorkbenchCommand {

    /** Pictures larger than this are not read into memory for ELA. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "ITEM", description = "The item's id, or its exact path.")
    String item;

    @Parameters(index = "2", paramLabel = "OUT.png", description = "Where to write the ELA picture (not inside the evidence).")
    Path outFile;

    @Option(names = "--quality", defaultValue = "" + ErrorLevelAnalysis.DEFAULT_QUALITY,
            description = "JPEG quality of the resave, 1 to 100 (default: ${DEFAULT-VALUE}).")
    int quality;

    @Option(names = "--scale", defaultValue = "" + ErrorLevelAnalysis.DEFAULT_SCALE,
            description = "How much the difference is amplified, 1 to 255 (default: ${DEFAULT-VALUE}).")
    int scale;

    @Override
    public Integer call() {
        ErrorLevelAnalysis ela;
        try {
            ela = new ErrorLevelAnalysis(quality, scale);
        } catch (IllegalArgumentException e) {
            out.error(e.getMessage() + ".");
            return ExitCode.USAGE;
        }
        BufferedImage picture;
        try (Case c = openForReading(caseDir)) {
            refuseInsideEvidence(c);
            picture = ela.render(new ItemBytes(c).read(item, MAX_BYTES));
        }
        try {
            Path parent = outFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(picture, "png", outFile.toFile());
        } catch (IOException e) {
            throw new WorkbenchException("The ELA picture could not be written to " + outFile + " (" + e.getMessage()
                    + ").", e);
        }
        out.line("ELA of item " + item + " (resaved at quality " + quality + ", difference ×" + scale + ") written to "
                + outFile + " (" + picture.getWidth() + "×" + picture.getHeight() + ").");
        return ExitCode.OK;
    }

    /** Evidence is never written to: not even a new file beside it in a source folder. */
    private void refuseInsideEvidence(Case c) {
        Path target = outFile.toAbsolutePath().normalize();
        for (SourceSummary source : new CaseQueries(c).status().sources()) {
            Path location = Path.of(source.location()).toAbsolutePath().normalize();
            if (target.startsWith(location)) {
                throw new WorkbenchException("OUT.png " + outFile + " would be written into the evidence source "
                        + location + "; choose a place outside the evidence.");
            }
        }
    }
}
