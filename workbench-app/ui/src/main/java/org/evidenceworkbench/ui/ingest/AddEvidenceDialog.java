package org.evidenceworkbench.ui.ingest;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Add evidence: a folder, an archive or a submission pack (a folder or zip with a manifest; the
 * core tells them apart). The path can be typed or pasted as well as chosen, so the dialog works
 * from the keyboard alone.
 */
public final class AddEvidenceDialog {

    private final Dialog<Path> dialog = new Dialog<>();
    private final TextField path = new TextField();

    public AddEvidenceDialog(Window owner) {
        dialog.setTitle("Add evidence");
        dialog.setHeaderText("Choose a folder, an archive (zip, tar, 7z...) or a submission pack.\n"
                + "Evidence is read where it is and never changed.");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        path.setId("evidence-path");
        path.setPromptText("/media/exhibit-01 or /data/phone.zip");
        path.setPrefColumnCount(40);
        Button folder = new Button("Folder…");
        folder.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Evidence folder");
            File f = c.showDialog(dialog.getOwner());
            if (f != null) {
                path.setText(f.getPath());
            }
        });
        Button file = new Button("Archive or pack…");
        file.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle("Evidence archive or submission pack");
            File f = c.showOpenDialog(dialog.getOwner());
            if (f != null) {
                path.setText(f.getPath());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Evidence"), path, folder, file);
        GridPane.setHgrow(path, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Add");
        ok.setId("add-evidence-ok");
        ok.disableProperty().bind(path.textProperty().map(t -> !exists(t)).orElse(true));
        dialog.setResultConverter(b -> b == ButtonType.OK ? Path.of(path.getText().strip()) : null);
        dialog.setOnShown(e -> path.requestFocus());
    }

    private static boolean exists(String typed) {
        try {
            return typed != null && !typed.isBlank() && Files.exists(Path.of(typed.strip()));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** Shows the dialog and returns the chosen evidence, or empty if the user cancelled. */
    public Optional<Path> ask() {
        return dialog.showAndWait();
    }

    public Dialog<Path> dialog() {
        return dialog;
    }
}
