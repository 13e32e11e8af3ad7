package org.evidenceworkbench.ui.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import org.evidenceworkbench.core.bundle.WorkstationConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the window remembers for the user between sessions: recent cases, the examiner's name, the
 * theme, the tag list of the number keys, split pane positions and table columns. Kept as a small
 * properties file in the workstation's configuration folder ({@link WorkstationConfig}: the system
 * property {@code workbench.config}, else {@code $XDG_CONFIG_HOME/evidence-workbench}, else
 * {@code ~/.config/evidence-workbench}), so it can be read and edited by hand.
 */
public final class UserSettings {

    private static final Logger LOG = LoggerFactory.getLogger(UserSettings.class);
    private static final String FILE_NAME = "window.properties";
    private static final int MAX_RECENT = 10;
    /** What the number keys 1–9 tag with until the user sets their own list. */
    public static final List<String> DEFAULT_TAGS = List.of("relevant", "not-relevant", "follow-up", "location",
            "privileged", "duplicate", "exhibit", "suspect", "victim");

    private final Path file;
    private final Properties values = new Properties();

    private UserSettings(Path file) {
        this.file = file;
    }

    /** The settings of this workstation's user; missing or unreadable settings start from defaults. */
    public static UserSettings load() {
        return load(WorkstationConfig.folder().resolve(FILE_NAME));
    }

    public static UserSettings load(Path file) {
        UserSettings s = new UserSettings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Window settings in {} could not be read; starting from the defaults", file, e);
            }
        }
        return s;
    }

    public Path file() {
        return file;
    }

    /** Writes the settings; a failure is logged, never shown: losing a layout is no reason to interrupt work. */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Evidence Workbench window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Window settings could not be saved to {}", file, e);
        }
    }

    /** Case folders opened lately, most recent first. */
    public synchronized List<Path> recentCases() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = values.getProperty("recent." + i);
            if (v != null && !v.isBlank()) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /** Puts {@code caseDir} first in the recent cases. */
    public synchronized void rememberCase(Path caseDir) {
        Path dir = caseDir.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(recentCases());
        recent.remove(dir);
        recent.add(0, dir);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
    }

    /** The examiner's name last used on this workstation, else the operating system's user name. */
    public synchronized String examiner() {
        return values.getProperty("examiner", System.getProperty("user.name", ""));
    }

    public synchronized void setExaminer(String name) {
        values.setProperty("examiner", name.strip());
    }

    public synchronized boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public synchronized void setDarkTheme(boolean dark) {
        values.setProperty("theme.dark", Boolean.toString(dark));
    }

    /** The tags of the number keys 1–9 in the triage queue, in key order. */
    public synchronized List<String> quickTags() {
        String v = values.getProperty("tags.quick");
        if (v == null || v.isBlank()) {
            return DEFAULT_TAGS;
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(t -> !t.isEmpty()).limit(9).toList();
    }

    public synchronized void setQuickTags(List<String> tags) {
        values.setProperty("tags.quick", String.join(",", tags));
    }

    /** A split pane's divider positions, saved under {@code key}; empty if never saved. */
    public synchronized double[] dividers(String key) {
        String v = values.getProperty("layout." + key + ".dividers");
        if (v == null || v.isBlank()) {
            return new double[0];
        }
        try {
            return Arrays.stream(v.split(",")).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    public synchronized void setDividers(String key, double[] positions) {
        values.setProperty("layout." + key + ".dividers", Arrays.stream(positions)
                .mapToObj(d -> String.format(java.util.Locale.ROOT, "%.4f", d)).reduce((a, b) -> a + "," + b)
                .orElse(""));
    }

    /** A table's visible columns in order, each as {@code id:width}; empty if never saved. */
    public synchronized List<String> columns(String key) {
        String v = values.getProperty("layout." + key + ".columns");
        return v == null || v.isBlank() ? List.of() : List.of(v.split(","));
    }

    public synchronized void setColumns(String key, List<String> columns) {
        values.setProperty("layout." + key + ".columns", String.join(",", columns));
    }
}
