package org.evidenceworkbench.core.source;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of evidence source an ingest accepts; detected, never asked of the user. */
public enum SourceKind {
    /** A folder, walked recursively without following links. */
    FOLDER,
    /** A single file that is not an archive. */
    FILE,
    /** An archive file (zip, tar, tar.gz, 7z…), opened recursively. */
    ARCHIVE,
    /** A crowdsourced submission pack: a folder or zip with a {@code submissions.csv} manifest. */
    SUBMISSION_PACK,
    /** An exchange bundle imported at a hub (never ingested: its items arrive with their metadata). */
    BUNDLE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
