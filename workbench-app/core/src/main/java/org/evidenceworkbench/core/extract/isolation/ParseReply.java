package org.evidenceworkbench.core.extract.isolation;

import java.util.List;

import org.evidenceworkbench.core.extract.ParsedDocument;

/**
 * A parser process's answer: the parse, the embedded documents it wrote out, and whether the case's
 * disk filled up while it wrote them (the case's problem, not the document's).
 */
record ParseReply(ParsedDocument document, List<EmbeddedFile> embedded, boolean diskFull) {
}
