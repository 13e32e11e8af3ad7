package org.evidenceworkbench.detector;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a detector keeps workstation-wide data that belongs to no case (reference hash sets,
 * watchlists): the XDG data folder, so that every detector's data lives in one place a force's IT
 * can back up, and a system property can point elsewhere (tests, shared network stores).
 */
public final class DataFolders {

    private DataFolders() {
    }

    /**
     * The folder named by system property {@code property} if set, else
     * {@code $XDG_DATA_HOME/evidence-workbench/NAME}, else {@code ~/.local/share/evidence-workbench/NAME}.
     */
    public static Path folder(String property, String name) {
        String configured = System.getProperty(property, "").strip();
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        String xdg = Objects.requireNonNullElse(System.getenv("XDG_DATA_HOME"), "").strip();
        Path data = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return data.resolve("evidence-workbench").resolve(name);
    }
}
