package org.evidenceworkbench.samples.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Writes generated evidence files under a folder, each with a fixed modification time so two
 * generations with the same seed give the same files and the same file-system times.
 */
public final class EvidenceFiles {

    private final Path root;
    private final Instant modified;

    public EvidenceFiles(Path root, Instant modified) {
        this.root = root;
        this.modified = modified;
    }

    public Path root() {
        return root;
    }

    /** Writes {@code content} at {@code relativePath} (forward slashes), creating folders. */
    public Path write(String relativePath, byte[] content) throws IOException {
        Path target = root.resolve(relativePath);
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        Files.setLastModifiedTime(target, FileTime.from(modified));
        return target;
    }

    /** Where {@code relativePath} is, for a library that writes the file itself (then call {@link #fixTime}). */
    public Path resolve(String relativePath) {
        return root.resolve(relativePath);
    }

    /** Gives a file written by a library the fixed modification time. */
    public void fixTime(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    public Path writeText(String relativePath, String text) throws IOException {
        return write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }
}
