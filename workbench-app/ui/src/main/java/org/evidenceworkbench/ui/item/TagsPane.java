package org.evidenceworkbench.ui.item;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.evidenceworkbench.core.review.ItemNote;
import org.evidenceworkbench.core.review.ItemNotes;
import org.evidenceworkbench.core.review.ReviewService;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.views.Formats;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An item's tags, a field to add one, and the user's quick tags as buttons; below them the
 * examiners' notes on the item and a box to write one (each note audited).
 */
final class TagsPane {

    private final CaseSession session;
    private final FlowPane current = new FlowPane(6, 6);
    private final FlowPane quick = new FlowPane(6, 6);
    private final TextField newTag = new TextField();
    private final VBox notes = new VBox(4);
    private final TextArea newNote = new TextArea();
    private final VBox node;
    private long itemId = -1;

    TagsPane(CaseSession session, List<String> quickTags) {
        this.session = session;
        current.setId("tags");
        newTag.setId("new-tag");
        newTag.setPromptText("New tag, e.g. relevant");
        newTag.setOnAction(e -> addTyped());
        Button add = new Button("Tag", new FontIcon("mdi2t-tag-plus-outline"));
        add.setId("add-tag");
        add.setOnAction(e -> addTyped());
        for (int i = 0; i < quickTags.size(); i++) {
            String t = quickTags.get(i);
            Button b = new Button((i + 1) + " " + t);
            b.setOnAction(e -> tag(t));
            quick.getChildren().add(b);
        }
        HBox adder = new HBox(6, newTag, add);
        adder.setAlignment(Pos.CENTER_LEFT);
        notes.setId("notes");
        newNote.setId("new-note");
        newNote.setPromptText("A note on this item: what you saw, what to do next");
        newNote.setPrefRowCount(3);
        newNote.setWrapText(true);
        Button write = new Button("Add note", new FontIcon("mdi2n-note-plus-outline"));
        write.setId("add-note");
        write.setOnAction(e -> addNote());
        node = new VBox(8, new Label("Tags"), current, adder, new Label("Quick tags"), quick,
                new Label("Notes"), notes, newNote, write);
        node.setPadding(new Insets(8));
    }

    VBox node() {
        return node;
    }

    void show(long id, List<String> tags) {
        itemId = id;
        current.getChildren().clear();
        if (tags.isEmpty()) {
            current.getChildren().add(new Label("No tags yet."));
        }
        for (String t : tags) {
            Label l = new Label(t, new FontIcon("mdi2t-tag-outline"));
            l.getStyleClass().add("tag");
            current.getChildren().add(l);
        }
        notes.getChildren().setAll(new Label("Loading notes…"));
        session.background(() -> new ItemNotes(session.theCase()).of(id), loaded -> showNotes(id, loaded));
    }

    private void showNotes(long id, List<ItemNote> loaded) {
        if (id != itemId) {
            return;
        }
        notes.getChildren().clear();
        if (loaded.isEmpty()) {
            notes.getChildren().add(new Label("No notes yet."));
        }
        for (ItemNote n : loaded) {
            Label l = new Label(Formats.london(n.writtenAt()) + "  " + n.writtenBy() + ": " + n.note());
            l.setWrapText(true);
            l.getStyleClass().add("note");
            notes.getChildren().add(l);
        }
    }

    private void addNote() {
        long id = itemId;
        String text = newNote.getText() == null ? "" : newNote.getText().strip();
        if (id < 0 || text.isEmpty()) {
            return;
        }
        session.background(() -> new ItemNotes(session.theCase()).add(id, text, session.examiner()), written -> {
            newNote.clear();
            session.changed();
        });
    }

    private void addTyped() {
        String t = newTag.getText() == null ? "" : newTag.getText().strip();
        if (!t.isEmpty()) {
            tag(t);
            newTag.clear();
        }
    }

    void tag(String tag) {
        long id = itemId;
        if (id < 0) {
            return;
        }
        session.background(() -> new ReviewService(session.theCase()).tag(id, tag, session.examiner()),
                added -> session.changed());
    }
}
