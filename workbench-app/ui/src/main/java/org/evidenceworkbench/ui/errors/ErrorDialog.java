package org.evidenceworkbench.ui.errors;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows a failure as one plain sentence in a dialog, and the full story in the log. */
public final class ErrorDialog {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

    private ErrorDialog() {
    }

    /** Call on the FX thread; does not wait for the user to close the dialog. */
    public static void show(Window owner, Throwable error) {
        LOG.warn("Shown to the user: {}", PlainMessage.of(error), error);
        Alert alert = new Alert(Alert.AlertType.ERROR, PlainMessage.of(error) + "\n\nThe details are in the log.",
                ButtonType.OK);
        alert.setHeaderText(null);
        alert.setTitle("Evidence Workbench");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.getDialogPane().setId("error-dialog");
        alert.show();
    }
}
