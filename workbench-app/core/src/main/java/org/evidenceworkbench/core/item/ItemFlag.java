package org.evidenceworkbench.core.item;

import java.util.Locale;

/** Remarks about an item that do not change its outcome but an examiner should see. */
public enum ItemFlag {
    /** The content type and the file extension disagree (e.g. a JPEG named .txt). */
    TYPE_MISMATCH,
    /** The name tries to leave its archive ({@code ../}) or is absolute; kept literally, never used as a path. */
    UNSAFE_NAME,
    /** The name holds control characters such as a newline. */
    CONTROL_CHARACTERS_IN_NAME,
    /** The name is not valid UTF-8; undecodable bytes are shown as U+FFFD. */
    NAME_NOT_UTF8,
    /** Extracted text reached the configured limit and was cut there. */
    TEXT_TRUNCATED,
    /** The picture declares more pixels than the limit: no thumbnail was decoded. */
    PICTURE_TOO_LARGE,
    /** A file in a submission pack that no submission in the manifest lists. */
    NOT_IN_MANIFEST,
    /** An archive entry with the same name as an earlier one; a suffix keeps the paths apart. */
    DUPLICATE_NAME,
    /**
     * Made by the workbench, not found in the evidence: a keyframe taken from a video. Its parent is
     * the video; its hashes are of the workbench's JPEG, not of anything on the source. Phone
     * artefacts (a message read out of a database) are derived too: their parent is the database.
     */
    DERIVED,
    /** A phone artefact its database marks deleted, or recovered from the database's freed space. */
    DELETED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
