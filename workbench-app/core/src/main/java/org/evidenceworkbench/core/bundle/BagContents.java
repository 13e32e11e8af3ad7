package org.evidenceworkbench.core.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a bag to verify, in a folder or in a .zip (read in place, never extracted to
 * disk), by their paths relative to the bag's root with '/' separators.
 */
abstract class BagContents implements Closeable {

    /** Opens a bag folder, or a .zip whose single top-level folder is the bag. */
    static BagContents open(Path bundle) throws IOException {
        if (Files.isDirectory(bundle)) {
            return new Folder(bundle);
        }
        return new Zip(bundle);
    }

    abstract boolean exists(String relative);

    abstract InputStream open(String relative) throws IOException;

    /** Every regular file, streamed. */
    abstract void forEachFile(Consumer<String> sink) throws IOException;

    byte[] readAll(String relative) throws IOException {
        try (InputStream in = open(relative)) {
            return in.readAllBytes();
        }
    }

    private static final class Folder extends BagContents {
        private final Path root;

        Folder(Path root) {
            this.root = root;
        }

        @Override
        boolean exists(String relative) {
            return Files.isRegularFile(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        InputStream open(String relative) throws IOException {
            return Files.newInputStream(root.resolve(relative), LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        void forEachFile(Consumer<String> sink) throws IOException {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(p -> sink.accept(root.relativize(p).toString().replace('\\', '/')));
            }
        }

        @Override
        public void close() {
        }
    }

    private static final class Zip extends BagContents {
        private final ZipFile zip;
        private final String prefix;

        Zip(Path file) throws IOException {
            zip = new ZipFile(file.toFile());
            String top = null;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                int slash = name.indexOf('/');
                String first = slash < 0 ? "" : name.substring(0, slash + 1);
                if (top == null) {
                    top = first;
                } else if (!top.equals(first)) {
                    top = "";
                    break;
                }
            }
            prefix = top == null ? "" : top;
        }

        @Override
        boolean exists(String relative) {
            ZipEntry e = zip.getEntry(prefix + relative);
            return e != null && !e.isDirectory();
        }

        @Override
        InputStream open(String relative) throws IOException {
            ZipEntry e = zip.getEntry(prefix + relative);
            if (e == null) {
                throw new java.nio.file.NoSuchFileException(relative);
            }
            return zip.getInputStream(e);
        }

        @Override
        void forEachFile(Consumer<String> sink) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    sink.accept(entry.getName().substring(prefix.length()));
                }
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}
