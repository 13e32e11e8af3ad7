package org.evidenceworkbench.ui;

import javafx.application.Application;

/**
 * The main class of the window. It does not extend {@link Application}: with JavaFX on the class
 * path (not the module path) the launcher must be a plain class that calls {@code launch}.
 */
public final class Launcher {

    private Launcher() {
    }

    /** Opens the window; {@code args} may hold one case folder to open at once. Returns when it closes. */
    public static void main(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
