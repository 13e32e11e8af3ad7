package org.evidenceworkbench.ui.window;

import javafx.scene.input.KeyCombination;

/**
 * A keyboard shortcut: the keys, what they do in words (for Help), the menu it sits in, and the
 * action. Keys that only one view understands (J/K in the triage queue) have no menu or action
 * here; the view handles them, and Help lists them.
 */
public record Shortcut(String keys, String does, String menu, KeyCombination combination, Runnable action) {

    /** A window-wide shortcut: a menu item with this accelerator. */
    static Shortcut inMenu(String menu, String keys, String does, Runnable action) {
        return new Shortcut(keys, does, menu, KeyCombination.keyCombination(keys), action);
    }

    /** A key a view handles itself; listed in Help only. */
    static Shortcut inView(String keys, String does) {
        return new Shortcut(keys, does, null, null, null);
    }

    /** The keys as people read them (Ctrl, not "Shortcut"). */
    public String shownKeys() {
        return combination == null ? keys : combination.getDisplayText();
    }
}
