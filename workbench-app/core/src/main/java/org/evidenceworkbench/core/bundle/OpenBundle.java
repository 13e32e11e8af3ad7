package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.WorkbenchException;

/**
 * A bundle opened for reading: a bag folder, or a .zip holding the bag folder as its single
 * top-level entry. The zip is read in place through Java's zip file system (no extraction), so
 * both forms are read through the same {@link Path} API from {@link #root()}. Nothing is written.
 */
public final class OpenBundle implements AutoCloseable {

    private final Path location;
    private final Path root;
    private final FileSystem zip;

    private OpenBundle(Path location, Path root, FileSystem zip) {
        this.location = location;
        this.root = root;
        this.zip = zip;
    }

    /** Opens a bundle folder or .zip; fails with one sentence when it is neither. */
    public static OpenBundle open(Path location) {
        Path abs = location.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return new OpenBundle(abs, abs, null);
        }
        if (!Files.isRegularFile(abs)) {
            throw new WorkbenchException("There is no bundle at " + abs + "; give the bundle folder or its .zip.");
        }
        FileSystem fs;
        try {
            // a private, read-only zip file system: not registered, so the same zip may be open twice
            fs = FileSystems.newFileSystem(abs, Map.of("create", "false", "accessMode", "readOnly"));
        } catch (IOException | RuntimeException e) {
            throw new BundleRefusedException(abs + " is not a bundle: it is neither a folder nor a readable .zip ("
                    + e.getMessage() + ").");
        }
        try {
            return new OpenBundle(abs, singleTopFolder(fs, abs), fs);
        } catch (RuntimeException e) {
            closeQuietly(fs);
            throw e;
        }
    }

    private static Path singleTopFolder(FileSystem fs, Path abs) {
        List<Path> top = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fs.getPath("/"))) {
            entries.forEach(top::add);
        } catch (IOException e) {
            throw new WorkbenchException("The bundle " + abs + " cannot be read as a zip (" + e.getMessage() + ").", e);
        }
        if (top.size() != 1 || !Files.isDirectory(top.get(0))) {
            throw new BundleRefusedException("The zip " + abs + " is not a bundle: it must hold exactly one folder "
                    + "(bundle-<id>) at its top, and holds " + top.size() + " entries there.");
        }
        return top.get(0);
    }

    /** Where the bundle was given: the folder or the .zip file. */
    public Path location() {
        return location;
    }

    /** The bag's top folder (the one holding bagit.txt). */
    public Path root() {
        return root;
    }

    /** A file of the bag by its path relative to the bag's top folder, with '/' separators. */
    public Path file(String relative) {
        return root.resolve(relative);
    }

    /** The path of a file in the bag relative to the bag's top folder, with '/' separators. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    @Override
    public void close() {
        if (zip != null) {
            closeQuietly(zip);
        }
    }

    private static void closeQuietly(FileSystem fs) {
        try {
            fs.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
