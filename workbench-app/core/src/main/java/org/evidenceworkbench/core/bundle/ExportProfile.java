package org.evidenceworkbench.core.bundle;

import java.util.Locale;

import org.evidenceworkbench.core.WorkbenchException;

/** What of the items' content a bundle carries besides their metadata. */
public enum ExportProfile {
    /** the files themselves and their thumbnails */
    FULL("full"),
    /** metadata only: no files, no thumbnails */
    METADATA_ONLY("metadata-only"),
    /** thumbnails instead of the files, for a first look by the receiver */
    THUMBNAILS("thumbnails");

    private final String label;

    ExportProfile(String label) {
        this.label = label;
    }

    /** The name written to bag-info.txt's Export-Profile and given on the command line. */
    public String label() {
        return label;
    }

    public boolean copiesPayload() {
        return this == FULL;
    }

    public boolean copiesThumbnails() {
        return this != METADATA_ONLY;
    }

    public static ExportProfile parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (ExportProfile p : values()) {
            if (p.label.equals(t)) {
                return p;
            }
        }
        throw new WorkbenchException("There is no export profile '" + text + "'; use full, metadata-only or thumbnails.");
    }
}
