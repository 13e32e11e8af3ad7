package org.evidenceworkbench.ui.settings;

import javafx.scene.control.SplitPane;

/** Makes a split pane open where the user left it, and remember where they move it. */
public final class SplitMemory {

    private SplitMemory() {
    }

    /**
     * Restores {@code split}'s dividers saved under {@code key} (else keeps its own), and saves them
     * in {@code settings} whenever the user moves one; the settings are written when the window closes.
     */
    public static void remember(SplitPane split, String key, UserSettings settings) {
        if (settings == null) {
            return;
        }
        double[] saved = settings.dividers(key);
        if (saved.length == split.getDividers().size()) {
            split.setDividerPositions(saved);
        }
        for (SplitPane.Divider d : split.getDividers()) {
            d.positionProperty().addListener((o, was, is) -> settings.setDividers(key, split.getDividerPositions()));
        }
    }
}
