package org.evidenceworkbench.core.extract.isolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Removes a scratch folder and everything in it, logging rather than failing what cannot be removed. */
final class TempFolders {

    private static final Logger log = LoggerFactory.getLogger(TempFolders.class);

    private TempFolders() {
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    log.warn("Could not delete scratch file {}", p, e);
                }
            });
        } catch (IOException e) {
            log.warn("Could not clear scratch folder {}", dir, e);
        }
    }
}
