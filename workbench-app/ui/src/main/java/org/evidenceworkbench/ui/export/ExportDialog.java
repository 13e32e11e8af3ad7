package org.evidenceworkbench.ui.export;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.evidenceworkbench.ui.session.CaseSession;

/**
 * The "Export bundle" dialog around an {@link ExportForm}: Export starts the export and keeps
 * the dialog open to show its progress and result; Close closes it (the export goes on in the
 * background if still running, and its result lands in the audit log either way).
 */
public final class ExportDialog {

    private static final ButtonType EXPORT = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);

    private final ExportForm form;
    private final Dialog<Void> dialog = new Dialog<>();

    public ExportDialog(CaseSession session, Window owner) {
        this.form = new ExportForm(session);
        dialog.initOwner(owner);
        dialog.setTitle("Export bundle — " + session.theCase().info().name());
        dialog.setHeaderText("Export items as a signed bundle (BagIt with CASE/UCO and VICS metadata)");
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CLOSE);
        Button export = (Button) dialog.getDialogPane().lookupButton(EXPORT);
        export.disableProperty().bind(form.running());
        export.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // keep the dialog open to show progress and the result
            form.start(r -> { });
        });
    }

    public ExportForm form() {
        return form;
    }

    public void show() {
        dialog.show();
    }
}
