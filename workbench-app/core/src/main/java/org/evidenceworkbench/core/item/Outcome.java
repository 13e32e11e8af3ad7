package org.evidenceworkbench.core.item;

import java.util.Locale;

/**
 * What became of an item in the ingest. Anything but {@link #OK} comes with a reason that says
 * what happened and what, if anything, the examiner can do about it.
 */
public enum Outcome {
    /** Read, hashed and extracted. */
    OK,
    /** A file of zero bytes: hashed (the empty-input hashes), nothing to extract. */
    EMPTY,
    /** Password-protected or encrypted: recorded and hashed where possible, content not read. */
    ENCRYPTED,
    /** Damaged, truncated or not what its type says: hashed, extraction failed or partial. */
    CORRUPT,
    /** The operating system refused to read it, or it vanished while being read. */
    UNREADABLE,
    /** A container nested deeper than the configured depth: hashed, not opened. */
    TOO_DEEP,
    /** Expands far beyond its own size, like a zip bomb: expansion stopped at the limit. */
    EXPANSION_LIMIT,
    /** The document parser was still busy at its time limit (a hang or an endless loop): stopped, hashed. */
    TIMED_OUT,
    /** The document parser's process died on it (e.g. ran out of memory): hashed, content not read. */
    CRASHED,
    /** A symbolic link: its target is recorded, never followed. */
    LINK,
    /** Not a regular file (a pipe, socket or device): recorded, not read. */
    SPECIAL;

    /** The lower-case name used in output and queries, e.g. {@code too_deep}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
