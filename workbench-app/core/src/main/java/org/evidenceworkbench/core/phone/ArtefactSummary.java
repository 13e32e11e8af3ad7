package org.evidenceworkbench.core.phone;

import java.time.Instant;
import java.util.List;

/**
 * One artefact as the case holds it: its item, what it is, its parties and time, and where it
 * came from (the database or report path in the evidence, its table and row).
 */
public record ArtefactSummary(long itemId, String kind, String app, String thread, Instant at, String from,
                              String to, String direction, String title, String body, List<String> attachments,
                              String sourceFile, String sourceTable, String sourceRow, boolean deleted) {
}
