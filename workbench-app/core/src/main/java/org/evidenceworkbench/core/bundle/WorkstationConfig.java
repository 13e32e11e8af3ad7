package org.evidenceworkbench.core.bundle;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The workstation's configuration folder (its signing keystore, the VICS category mapping):
 * system property {@code workbench.config} if set, else {@code $XDG_CONFIG_HOME/evidence-workbench},
 * else {@code ~/.config/evidence-workbench}.
 */
public final class WorkstationConfig {

    public static final String PROPERTY = "workbench.config";

    private WorkstationConfig() {
    }

    public static Path folder() {
        String configured = System.getProperty(PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        String xdg = Objects.requireNonNullElse(System.getenv("XDG_CONFIG_HOME"), "").strip();
        Path config = !xdg.isEmpty() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("evidence-workbench");
    }
}
