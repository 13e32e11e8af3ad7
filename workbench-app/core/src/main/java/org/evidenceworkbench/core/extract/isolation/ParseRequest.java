package org.evidenceworkbench.core.extract.isolation;

import java.nio.file.Path;

/**
 * One document for a parser process.
 *
 * @param embeddedDir  where the process writes the documents embedded in this one
 * @param embeddedRoom how many bytes of embedded documents it may write there; the one that goes
 *                     past is cut one byte after the limit (so the ingest sees the limit was
 *                     reached) and later ones are not written at all
 */
record ParseRequest(Path file, String name, String mimeType, int textLimit, Path embeddedDir, long embeddedRoom) {
}
