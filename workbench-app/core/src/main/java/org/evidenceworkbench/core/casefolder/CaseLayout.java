package org.evidenceworkbench.core.casefolder;

import java.nio.file.Path;

/** Where each part of a case lives inside its folder. The one place these names are spelled. */
public record CaseLayout(Path root) {

    public Path caseJson() {
        return root.resolve("case.json");
    }

    /** The H2 database file; H2 adds {@code .mv.db} to the base name given in the JDBC URL. */
    public Path databaseFile() {
        return root.resolve("case.mv.db");
    }

    public Path databaseBaseName() {
        return root.resolve("case");
    }

    public Path lockFile() {
        return root.resolve("case.lock");
    }

    public Path indexDir() {
        return root.resolve("index");
    }

    public Path thumbsDir() {
        return root.resolve("thumbs");
    }

    /**
     * A file as the case database records it: relative to the case folder when it lies inside it
     * (a kept keyframe), so the record still holds when the case folder is moved or its drive
     * gets another letter; any other file as it is.
     */
    public Path recorded(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : file;
    }

    /** A file recorded by {@link #recorded}, where it is now. */
    public Path located(String recorded) {
        Path file = Path.of(recorded);
        return file.isAbsolute() ? file : root.resolve(file);
    }

    /** The keyframes the ingest took from videos, by SHA-256 (see {@code KeyframeFiles}). */
    public Path keyframesDir() {
        return root.resolve("keyframes");
    }

    public Path exportsDir() {
        return root.resolve("exports");
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    /** Copies of the files that came in imported bundles, one folder per bundle id. */
    public Path importsDir() {
        return root.resolve("imports");
    }

    /** Scratch space for spooled archive members and attachments; emptied by every ingest. */
    public Path tmpDir() {
        return root.resolve("tmp");
    }
}
