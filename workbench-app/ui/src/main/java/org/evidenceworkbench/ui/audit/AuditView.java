package org.evidenceworkbench.ui.audit;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import org.evidenceworkbench.core.audit.AuditEntry;
import org.evidenceworkbench.core.audit.AuditVerification;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.views.Formats;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The case's audit log, every entry in order, under a plain statement of the chain's state:
 * verified (every entry re-hashes and links to the one before), or broken, naming each entry
 * where it breaks. The check runs again whenever the case changes.
 */
public final class AuditView implements CaseView {

    private final CaseSession session;
    private final TableView<AuditEntry> table = new TableView<>();
    private final Label status = new Label();
    private final ListView<String> problems = new ListView<>();
    private final BorderPane root = new BorderPane();
    private AuditVerification verification;

    public AuditView(CaseSession session) {
        this.session = session;
        TableColumn<AuditEntry, Long> seq = new TableColumn<>("#");
        seq.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        seq.setPrefWidth(60);
        TableColumn<AuditEntry, AuditEntry> when = new TableColumn<>("When (UK)");
        when.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        when.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AuditEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : Formats.londonSeconds(e.at()));
                setTooltip(empty || e == null ? null : new Tooltip(Formats.utc(e.at())));
            }
        });
        when.setPrefWidth(150);
        table.getColumns().add(seq);
        table.getColumns().add(when);
        table.getColumns().add(text("Who", AuditEntry::actor, 120));
        table.getColumns().add(text("Action", AuditEntry::action, 160));
        table.getColumns().add(text("Details", AuditEntry::details, 520));
        status.setWrapText(true);
        status.setStyle("-fx-font-size: 14px; -fx-padding: 8;");
        problems.setPrefHeight(110);
        problems.setVisible(false);
        problems.setManaged(false);
        root.setTop(new VBox(status, problems));
        root.setCenter(table);
        session.revision().addListener((o, a, b) -> reload(() -> { }));
    }

    private static TableColumn<AuditEntry, String> text(String title,
            java.util.function.Function<AuditEntry, String> value, double width) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The statement shown above the log. */
    public String statusText() {
        return status.getText();
    }

    public AuditVerification verification() {
        return verification;
    }

    public List<AuditEntry> entries() {
        return List.copyOf(table.getItems());
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String title() {
        return "Audit";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void reload(Runnable whenLoaded) {
        session.background(() -> {
            List<AuditEntry> entries = new ArrayList<>();
            session.theCase().audit().forEach(entries::add);
            return new Loaded(entries, session.theCase().audit().verify());
        }, loaded -> {
            verification = loaded.verification();
            table.getItems().setAll(loaded.entries());
            if (verification.intact()) {
                status.setText("Verified: all " + verification.entries() + " entries of the audit log re-hash and "
                        + "link to the entry before; nothing in it was changed, inserted or removed.");
                status.setGraphic(icon(MaterialDesignS.SHIELD_CHECK, "#1a7f37"));
                status.setStyle("-fx-font-size: 14px; -fx-padding: 8; -fx-text-fill: #1a7f37;");
            } else {
                status.setText("Broken: the audit log does not verify at " + verification.problems().size()
                        + (verification.problems().size() == 1 ? " place" : " places") + ". First: "
                        + verification.problems().get(0) + ".");
                status.setGraphic(icon(MaterialDesignS.SHIELD_ALERT, "#cf222e"));
                status.setStyle("-fx-font-size: 14px; -fx-padding: 8; -fx-text-fill: #cf222e;");
            }
            problems.getItems().setAll(verification.problems());
            problems.setVisible(!verification.intact());
            problems.setManaged(!verification.intact());
            whenLoaded.run();
        });
    }

    private static FontIcon icon(MaterialDesignS code, String colour) {
        FontIcon icon = new FontIcon(code);
        icon.setIconSize(20);
        icon.setIconColor(javafx.scene.paint.Color.web(colour));
        return icon;
    }

    private record Loaded(List<AuditEntry> entries, AuditVerification verification) {
    }
}
