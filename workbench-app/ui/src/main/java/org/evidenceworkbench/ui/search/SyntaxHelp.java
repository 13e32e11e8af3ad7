package org.evidenceworkbench.ui.search;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import org.evidenceworkbench.index.QueryFields;

/** The query language at a glance, with examples; the whole of it is in docs/search.md. */
final class SyntaxHelp {

    static final List<String> EXAMPLES = List.of(
            "invoice payment            both words, anywhere (text, name, title, mail...)",
            "invoice OR receipt         either word",
            "\"bank transfer\"            the exact phrase",
            "-draft                     without the word",
            "type:picture               pictures (also document, email, video, archive...)",
            "ext:pdf   mime:image/jpeg  by extension or MIME type",
            "size:>10MB                 larger than 10 MB",
            "taken:2024-03   sent:[2024-01-01 TO 2024-02-01]   a month; a range",
            "near:51.5072,-0.1276,2km   pictures taken within 2 km",
            "camera:iphone   model:\"eos 80d\"",
            "finding:email   review:confirmed   tag:relevant",
            "has:gps   has:finding   group:42 (near-duplicates)",
            "path:DCIM/Camera   source:phone.zip   md5:...   sha256:...");

    private SyntaxHelp() {
    }

    static void show(Window owner) {
        TextArea text = new TextArea(String.join("\n", EXAMPLES) + "\n\nFields: "
                + String.join(", ", QueryFields.names())
                + "\n\nType the start of a field name and pick it from the list to complete it.");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(720, 380);
        text.setStyle("-fx-font-family: monospace;");
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        a.setTitle("Search syntax");
        a.setHeaderText("The query language");
        a.getDialogPane().setContent(text);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}
