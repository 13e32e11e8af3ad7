package org.evidenceworkbench.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.review.ItemNotes;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.ui.search.ResultTable;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.settings.UserSettings;
import org.evidenceworkbench.ui.start.StartView;
import org.evidenceworkbench.ui.testing.SampleEvidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The investigator's main workflow through the window, driven by the keyboard and mouse as a user
 * would: create a case on the start screen, add evidence (the ingest runs in the background),
 * search, narrow by a facet, open an item, confirm a finding with a note, tag the item. Checked on
 * the case itself (reviews, tags, audit log), not only on the screen.
 */
class MainWorkflowTest extends ApplicationTest {

    @TempDir
    static Path tmp;

    private Stage stage;
    private UserSettings settings;
    private final AtomicReference<MainWindow> window = new AtomicReference<>();
    private final List<Throwable> errors = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        settings = UserSettings.load(tmp.resolve("config/window.properties"));
        MainWindow.applyTheme(settings);
        StartView start = new StartView(settings, opened -> {
            CaseSession session = new CaseSession(opened.theCase(), settings.examiner(), errors::add);
            MainWindow w = new MainWindow(session, settings);
            stage.getScene().setRoot(w.node());
            window.set(w);
        }, errors::add);
        stage.setScene(new Scene((javafx.scene.Parent) start.node(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window.get() != null) {
            interact(() -> window.get().close());
        }
    }

    @Test
    void createIngestSearchFilterOpenConfirmAndTag() throws Exception {
        Path evidence = SampleEvidence.write(tmp);

        // Start: a new case
        clickOn("#case-name").write("Operation Kestrel");
        clickOn("#case-reference").write("OP-KESTREL-1");
        clickOn("#case-examiner").eraseText(40).write("DC Test");
        clickOn("#case-folder").write(tmp.resolve("case").toString());
        clickOn("#create-case");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.get() != null || !errors.isEmpty());
        MainWindow w = window.get();
        assertThat(errors).isEmpty();

        // Add evidence: Ctrl+I opens the dialog; the ingest runs in the background
        CountDownLatch ingested = new CountDownLatch(1);
        interact(() -> w.ingest().whenFinished(ingested::countDown));
        press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        clickOn("#evidence-path").write(evidence.toString());
        clickOn("#add-evidence-ok");
        assertThat(ingested.await(120, TimeUnit.SECONDS)).as("the ingest finished").isTrue();
        assertThat(errors).isEmpty();
        Case theCase = w.session().theCase();
        List<ItemSummary> items = new ArrayList<>();
        new CaseQueries(theCase).forEachItem(items::add);
        ResultTable table = w.search().table();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows(table) == items.size());

        // Find: words, then a facet
        clickOn("#query").write("invoice").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows(table) < items.size()
                && names(table).contains("notes.txt"));
        assertThat(names(table)).contains("notes.txt", "invoice.pdf", "chat.txt")
                .doesNotContain("IMG_0001.jpg", "IMG_0002.jpg");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#facet-type-document").tryQuery()
                .map(n -> n.getLayoutBounds().getWidth() > 0).orElse(false));
        clickOn("#facet-type-document");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rows(table) > 0 && categories(table).equals(
                java.util.Set.of("document")));
        assertThat(w.search().queryField().getText()).isEqualTo("invoice type:document");
        assertThat(names(table)).contains("notes.txt", "invoice.pdf");

        // Look: open notes.txt; its text marks the search word
        clickOn(lookup(".table-cell").match(n -> "notes.txt".equals(((javafx.scene.control.Labeled) n).getText()))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> w.item().shown() != null
                && "notes.txt".equals(w.item().shown().name()));
        clickOn(lookup(".tab-label").match(n -> "Text".equals(((javafx.scene.control.Label) n).getText()))
                .<javafx.scene.Node>query());
        assertThat(w.item().highlightedWords()).isGreaterThanOrEqualTo(1);

        // Confirm the e-mail finding with a note
        ItemDetail notes = w.item().shown();
        ItemDetail.FindingInfo email = notes.findings().stream().filter(f -> "email".equals(f.type())).findFirst()
                .orElseThrow(() -> new AssertionError("no e-mail finding on notes.txt: " + notes.findings()));
        clickOn(lookup(".tab-label").match(n -> ((javafx.scene.control.Label) n).getText().startsWith("Findings"))
                .<javafx.scene.Node>query());
        clickOn("#note-" + email.id()).write("seen on the seized phone too");
        clickOn("#confirm-" + email.id());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "confirmed".equals(finding(theCase, notes, email.id())
                .reviewState()));

        // Tag it
        clickOn(lookup(".tab-label").match(n -> "Tags".equals(((javafx.scene.control.Label) n).getText()))
                .<javafx.scene.Node>query());
        clickOn("#new-tag").write("relevant").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> detail(theCase, notes).tags().contains("relevant"));

        // And a note on it
        clickOn("#new-note").write("Same address as the seller");
        clickOn("#add-note");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> new ItemNotes(theCase).of(notes.item().id()).stream()
                .anyMatch(n -> n.note().equals("Same address as the seller") && n.writtenBy().equals("DC Test")));

        // The case holds the decisions, by the examiner, and the audit log has them
        ItemDetail.FindingInfo reviewed = finding(theCase, notes, email.id());
        assertThat(reviewed.reviewedBy()).isEqualTo("DC Test");
        assertThat(reviewed.reviewNote()).isEqualTo("seen on the seized phone too");
        List<AuditEntry> audit = new ArrayList<>();
        theCase.audit().forEach(audit::add);
        assertThat(audit).extracting(AuditEntry::action)
                .contains("case.created", "ingest.started", "ingest.completed", "finding.confirmed", "item.tagged",
                        "item.noted");
        assertThat(audit).filteredOn(a -> a.action().equals("item.tagged")).singleElement()
                .satisfies(a -> assertThat(a.details()).contains("DC Test").contains("relevant"));
        assertThat(theCase.audit().verify().intact()).isTrue();
        assertThat(errors).isEmpty();
        // the case is remembered for the start screen
        assertThat(settings.recentCases()).containsExactly(tmp.resolve("case").toAbsolutePath().normalize());
    }

    private static ItemDetail detail(Case c, ItemDetail item) {
        return new CaseQueries(c).show(Long.toString(item.item().id()));
    }

    private static ItemDetail.FindingInfo finding(Case c, ItemDetail item, long id) {
        return detail(c, item).findings().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    private static int rows(ResultTable table) {
        return table.node().getItems().size();
    }

    private static java.util.Set<String> categories(ResultTable table) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Integer row : table.node().getItems()) {
            out.add(table.rows().category(row));
        }
        return out;
    }

    private static List<String> names(ResultTable table) {
        TableView<Integer> t = table.node();
        List<String> out = new ArrayList<>();
        for (Integer row : t.getItems()) {
            out.add(table.rows().name(row));
        }
        return out;
    }
}
