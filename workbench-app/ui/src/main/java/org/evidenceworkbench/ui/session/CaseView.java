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
     * Loads (again) from the case, in the background via {@link CaseSession#background}. The
     * returned {@link Runnable}-free contract: {@code whenLoaded} runs on the FX thread once the
     * view shows its data (the screenshot command waits for it before taking the picture).
     */
    void reload(Runnable whenLoaded);
}
