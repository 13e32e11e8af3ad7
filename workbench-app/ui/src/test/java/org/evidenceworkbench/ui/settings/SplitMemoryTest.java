package org.evidenceworkbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitMemoryTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aSplitOpensWhereTheUserLeftIt() throws Exception {
        Path file = tmp.resolve("window.properties");
        UserSettings first = UserSettings.load(file);
        onFx(() -> {
            SplitPane split = new SplitPane(new Pane(), new Pane());
            split.setDividerPositions(0.5);
            SplitMemory.remember(split, "search", first);
            split.setDividerPositions(0.3); // the user drags the divider
            return null;
        });
        first.save();

        UserSettings next = UserSettings.load(file);
        double position = onFx(() -> {
            SplitPane split = new SplitPane(new Pane(), new Pane());
            split.setDividerPositions(0.5);
            SplitMemory.remember(split, "search", next);
            return split.getDividerPositions()[0];
        });
        assertThat(position).isEqualTo(0.3);
    }
}
