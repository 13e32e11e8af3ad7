package org.evidenceworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.ui.snapshot.ViewSnapshot;
import org.evidenceworkbench.ui.views.CaseViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench screenshot CASE OUT.png --view NAME}: a view of the window, rendered off-screen. */
@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = {"Render one view of the window off-screen to a PNG, as it shows the case: for reports,",
                "the user guide, and checking a case on a machine without a display (it then runs headless)."})
final class ScreenshotCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "OUT.png", description = "The picture to write.")
    Path picture;

    @Option(names = "--view", paramLabel = "NAME", required = true,
            description = "The view: one of ${COMPLETION-CANDIDATES}.", completionCandidates = ViewNames.class)
    String view;

    @Option(names = "--width", paramLabel = "W", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width = 1280;

    @Option(names = "--height", paramLabel = "H", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int height = 800;

    @Override
    public Integer call() {
        if (width < 200 || height < 150 || width > 8000 || height > 8000) {
            out.error("--width and --height are 200-8000 and 150-8000 pixels.");
            return ExitCode.USAGE;
        }
        if (!CaseViews.NAMES.contains(view)) {
            out.error("There is no view '" + view + "'; the views are " + String.join(", ", CaseViews.NAMES) + ".");
            return ExitCode.USAGE;
        }
        CaseLogging.toCase(caseDir);
        try {
            ViewSnapshot.write(caseDir, view, picture, width, height);
        } catch (IOException e) {
            throw new WorkbenchException("The view could not be written to " + picture + " (" + e.getMessage()
                    + "); check the folder exists and is writable.", e);
        }
        out.line("Wrote the " + view + " view of " + caseDir + " to " + picture + " (" + width + " x " + height + ").");
        return ExitCode.OK;
    }

    /** The view names, for the help text. */
    static final class ViewNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return CaseViews.NAMES.iterator();
        }
    }
}
