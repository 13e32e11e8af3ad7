package org.evidenceworkbench.ui.session;

import javafx.scene.Node;

/**
 * One view of an open case (search, triage, gallery, timeline, map, entities, audit, item...), a
 * tab in the main window and a picture for {@code workbench screenshot --view NAME}. A view is
 * built on the FX thread with its {@link CaseSession}; it loads its data in the background.
 */
public interface CaseView {

    /** The short name used by {@code --view} and in saved layouts, e.g. {@code gallery}. */
    String name();

    /** The tab's title, e.g. "Gallery". */
    String title();

    /** The view's root node (the same node every time). */
    Node node();

    /**
     * Loads (again) from the case, in the background via {@link CaseSession#background}, then
     * runs {@code whenLoaded} on the FX thread once the view shows its data (the screenshot
     * command and the tests wait for it instead of sleeping).
     */
    void reload(Runnable whenLoaded);
}
