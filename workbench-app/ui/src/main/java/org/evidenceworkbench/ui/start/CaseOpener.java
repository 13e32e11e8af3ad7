package org.evidenceworkbench.ui.start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.samples.Scenario;
import org.evidenceworkbench.samples.Size;

/**
 * The three ways into a case from the start screen, each done off the FX thread: create a new
 * one, open an existing one, or generate a training case and create a case for it. Each gives the
 * case opened for writing and the evidence, if any, the window should ingest at once.
 */
public final class CaseOpener {

    /** A case ready for the window, and evidence to add to it straight away (empty for none). */
    public record Opened(Case theCase, List<Path> evidence) {
    }

    /** Handling markings offered (the Government Security Classifications); the field also takes others. */
    public static final List<String> MARKINGS = List.of("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET");

    private CaseOpener() {
    }

    public static Opened create(Path folder, String name, String reference, String examiner, String marking) {
        requireText(name, "Give the case a name.");
        requireText(examiner, "Give the examiner's name; it goes into the audit log.");
        Objects.requireNonNull(folder, "folder");
        return new Opened(Case.create(folder, name, examiner, reference, marking), List.of());
    }

    public static Opened open(Path folder) {
        return new Opened(Case.openForWriting(folder), List.of());
    }

    /**
     * Writes {@code scenario} into {@code folder} (its evidence, answer key and briefing), creates
     * the case in {@code folder/case}, and returns it with the evidence still to be ingested.
     */
    public static Opened training(Scenario scenario, Path folder, String examiner) {
        requireText(examiner, "Give the examiner's name; it goes into the audit log.");
        try {
            if (Files.exists(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new WorkbenchException(folder + " is not empty; choose a new or empty folder for the"
                                + " training case so nothing is overwritten.");
                    }
                }
            }
            Files.createDirectories(folder);
            scenario.generate(folder, Size.SMALL, 1);
        } catch (IOException e) {
            throw new WorkbenchException("The training case could not be written to " + folder + " ("
                    + e.getMessage() + "); check the disk has space and the folder is writable.", e);
        }
        Case c = Case.create(folder.resolve("case"), "Training: " + scenario.name(), examiner, "training", null);
        return new Opened(c, List.of(folder.resolve("evidence")));
    }

    /**
     * Where a training case goes unless the user picks a folder: under the user's data folder
     * ({@code $XDG_DATA_HOME}, else {@code ~/.local/share}), one new folder per case.
     */
    public static Path defaultTrainingFolder(Scenario scenario) {
        String xdg = Objects.requireNonNullElse(System.getenv("XDG_DATA_HOME"), "").strip();
        Path data = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("evidence-workbench").resolve("training").resolve(scenario.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    private static void requireText(String s, String message) {
        if (s == null || s.isBlank()) {
            throw new WorkbenchException(message);
        }
    }
}
