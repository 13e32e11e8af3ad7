package org.evidenceworkbench.ui.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.triage.TriageEntry;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.settings.UserSettings;
import org.evidenceworkbench.ui.testing.SampleEvidence;
import org.evidenceworkbench.ui.window.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Review from the keyboard in the triage queue: C confirms, J moves on, D dismisses, 1 tags. */
class TriageKeyboardTest extends ApplicationTest {

    @TempDir
    static Path tmp;
    static Path caseDir;

    private MainWindow window;

    @BeforeAll
    static void makeCase() throws Exception {
        caseDir = SampleEvidence.ingestedCase(tmp);
    }

    @Override
    public void start(Stage stage) {
        UserSettings settings = UserSettings.load(tmp.resolve("config/window.properties"));
        CaseSession session = new CaseSession(Case.openForWriting(caseDir), "DC Keys", e -> {
            throw new AssertionError("the window showed an error", e);
        });
        MainWindow.applyTheme(settings);
        window = new MainWindow(session, settings);
        stage.setScene(new Scene(window.node(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        interact(() -> window.close());
    }

    @Test
    void confirmMoveDismissAndTagWithTheKeys() throws Exception {
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        TriageView triage = (TriageView) window.views().stream().filter(v -> v.name().equals("triage")).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> triage.queue().getItems().size() >= 2
                && !triage.findings().getItems().isEmpty());
        List<TriageEntry> queue = List.copyOf(triage.queue().getItems());
        Case c = window.session().theCase();
        long firstFinding = triage.findings().getSelectionModel().getSelectedItem().id();

        clickOn("#triage-queue");
        type(KeyCode.HOME); // the first item again, whatever the click selected
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !triage.findings().getItems().isEmpty()
                && triage.findings().getItems().get(0).id() == firstFinding);
        type(KeyCode.C);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state(c, queue.get(0).itemId(), firstFinding)
                .equals("confirmed"));

        type(KeyCode.J);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> triage.queue().getSelectionModel().getSelectedItem() != null
                && triage.queue().getSelectionModel().getSelectedItem().itemId() == queue.get(1).itemId()
                && !triage.findings().getItems().isEmpty()
                && triage.findings().getItems().get(0).id() != firstFinding);
        long secondFinding = triage.findings().getSelectionModel().getSelectedItem().id();
        type(KeyCode.D);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state(c, queue.get(1).itemId(), secondFinding)
                .equals("dismissed"));
        type(KeyCode.DIGIT1);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(c, queue.get(1).itemId()).tags()
                .contains(UserSettings.DEFAULT_TAGS.get(0)));

        ItemDetail.FindingInfo confirmed = detail(c, queue.get(0).itemId()).findings().stream()
                .filter(f -> f.id() == firstFinding).findFirst().orElseThrow();
        assertThat(confirmed.reviewedBy()).isEqualTo("DC Keys");
        assertThat(detail(c, queue.get(0).itemId()).tags()).isEmpty();
    }

    private static ItemDetail detail(Case c, long itemId) {
        return new CaseQueries(c).show(Long.toString(itemId));
    }

    private static String state(Case c, long itemId, long findingId) {
        return detail(c, itemId).findings().stream().filter(f -> f.id() == findingId).findFirst().orElseThrow()
                .reviewState();
    }
}
