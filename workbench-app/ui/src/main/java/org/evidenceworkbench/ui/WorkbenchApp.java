package org.evidenceworkbench.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.evidenceworkbench.ui.errors.ErrorDialog;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.settings.UserSettings;
import org.evidenceworkbench.ui.start.CaseOpener;
import org.evidenceworkbench.ui.start.StartView;
import org.evidenceworkbench.ui.window.MainWindow;

/**
 * The JavaFX application: the start screen, then the window over the case the user opened. A case
 * folder given on the command line ({@code workbench window CASE}) is opened at once.
 */
public final class WorkbenchApp extends Application {

    private Stage stage;
    private UserSettings settings;
    private MainWindow window;

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        this.settings = UserSettings.load();
        MainWindow.applyTheme(settings);
        stage.setTitle("Evidence Workbench");
        StartView start = new StartView(settings, this::openWindow, e -> ErrorDialog.show(stage, e));
        stage.setScene(new Scene((javafx.scene.Parent) start.node(), 1280, 800));
        stage.setOnCloseRequest(e -> closeWindow());
        stage.show();
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty()) {
            Path caseDir = Path.of(args.get(0));
            Thread t = new Thread(() -> {
                try {
                    CaseOpener.Opened opened = CaseOpener.open(caseDir);
                    Platform.runLater(() -> {
                        settings.rememberCase(opened.theCase().layout().root());
                        settings.save();
                        openWindow(opened);
                    });
                } catch (RuntimeException e) {
                    Platform.runLater(() -> ErrorDialog.show(stage, e));
                }
            }, "open-case");
            t.setDaemon(true);
            t.start();
        }
    }

    /** Replaces the start screen with the window over {@code opened}; starts its evidence ingest if any. */
    void openWindow(CaseOpener.Opened opened) {
        CaseSession session = new CaseSession(opened.theCase(), settings.examiner(), e -> ErrorDialog.show(stage, e));
        window = new MainWindow(session, settings);
        stage.setTitle(opened.theCase().info().name() + " — Evidence Workbench");
        stage.getScene().setRoot(window.node());
        if (!opened.evidence().isEmpty()) {
            window.addEvidence(opened.evidence());
        }
    }

    private void closeWindow() {
        if (window != null) {
            window.close();
            window = null;
        }
        settings.save();
    }

    @Override
    public void stop() {
        closeWindow();
    }
}
