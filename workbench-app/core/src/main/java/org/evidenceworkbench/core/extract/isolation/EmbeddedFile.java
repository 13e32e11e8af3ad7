package org.evidenceworkbench.core.extract.isolation;

import java.nio.file.Path;
import java.time.Instant;

/** A document found inside the one parsed, written out by the parser process for the ingest to read. */
record EmbeddedFile(Path file, String name, Instant modified) {
}
