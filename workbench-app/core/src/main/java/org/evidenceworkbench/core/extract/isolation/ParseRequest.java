package org.evidenceworkbench.core.extract.isolation;

import java.nio.file.Path;

/**
 * One document for a parser process.
 *
 * @param typeConfirmed true when the ingest's detection proved {@code mimeType} from the content: the
 *                      process parses it as that type without detecting it a second time
 * @param embeddedDir  where the process writes the documents embedded in this one
 * @param embeddedRoom how many bytes of embedded documents it may write there; the one that goes
 *                     past is cut one byte after the limit (so the ingest sees the limit was
 *                     reached) and later ones are not written at all
 */
record ParseRequest(Path file, String name, String mimeType, boolean typeConfirmed, int textLimit, Path embeddedDir, long embeddedRoom) {
}
