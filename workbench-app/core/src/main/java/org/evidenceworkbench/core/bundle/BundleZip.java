package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packs a finished bag folder into one .zip whose single top-level entry is the bag folder. */
final class BundleZip {

    private BundleZip() {
    }

    static void zip(Path bagRoot, Path zipFile) throws IOException {
        String top = bagRoot.getFileName().toString();
        try (OutputStream file = Files.newOutputStream(zipFile);
             ZipOutputStream zip = new ZipOutputStream(file);
             Stream<Path> walk = Files.walk(bagRoot)) {
            // streamed: a bag of 100,000 files is never listed in memory
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = top + "/" + bagRoot.relativize(f).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(name));
                try (InputStream in = Files.newInputStream(f)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(BundleZip.class).warn("Could not remove the partial export {}", root, e);
        }
    }
}
