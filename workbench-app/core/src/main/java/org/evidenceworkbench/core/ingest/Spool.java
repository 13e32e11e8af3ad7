package org.evidenceworkbench.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.evidenceworkbench.core.extract.MultiDigest;

/**
 * Scratch files in the case's {@code tmp/} for archive members and attachments, which the
 * extractors need as files. A member is hashed while it is copied, so its bytes are read once.
 * Everything here is deleted after use, and the folder is emptied at the start of each ingest.
 */
final class Spool {

    record Spooled(Path file, MultiDigest.Copy copy) {
    }

    private final Path dir;

    Spool(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    Spooled write(InputStream in, long limit) throws IOException {
        Path file = Files.createTempFile(dir, "item", ".bin");
        try (OutputStream out = Files.newOutputStream(file)) {
            return new Spooled(file, MultiDigest.copy(in, out, limit));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Removes what a crashed run left behind, the parser processes' scratch folders included. */
    void clear() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                if (!p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
