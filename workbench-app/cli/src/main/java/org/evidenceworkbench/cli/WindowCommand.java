package org.evidenceworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.evidenceworkbench.ui.Launcher;
import org.evidenceworkbench.ui.snapshot.FxToolkit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code workbench window [CASE]}: the investigator's window, on the start screen or on a case. */
@Command(name = "window", mixinStandardHelpOptions = true,
        description = {"Open the workbench window: the start screen (recent cases, new case, training case),",
                "or the case given. Returns when the window is closed. Needs a display."})
final class WindowCommand extends WorkbenchCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "A case folder to open at once.")
    Path caseDir;

    @Override
    public Integer call() {
        if (caseDir != null && !Files.isDirectory(caseDir)) {
            out.error("There is no case folder at " + caseDir + "; check the path.");
            return ExitCode.USAGE;
        }
        if (FxToolkit.noDisplay()) {
            out.error("The window needs a display, and none is set (DISPLAY is empty); run it on the desktop, or use"
                    + " 'workbench screenshot' for a picture of a view.");
            return ExitCode.FAILURE;
        }
        if (caseDir != null) {
            CaseLogging.toCase(caseDir);
        }
        Launcher.main(caseDir == null ? new String[0] : new String[] {caseDir.toAbsolutePath().toString()});
        return ExitCode.OK;
    }
}
