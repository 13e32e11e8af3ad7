package org.evidenceworkbench.ui.item;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.evidenceworkbench.core.item.ItemDetail.FindingInfo;
import org.evidenceworkbench.core.review.ReviewService;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.views.Formats;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An item's findings, each with the detector's explanation and its review: confirm or dismiss,
 * with an optional note, recorded under the examiner's name (and audited by the core).
 */
final class FindingsPane {

    private final CaseSession session;
    private final VBox cards = new VBox(8);
    private final ScrollPane node = new ScrollPane(cards);

    FindingsPane(CaseSession session) {
        this.session = session;
        cards.setId("findings");
        cards.setPadding(new Insets(8));
        node.setFitToWidth(true);
    }

    ScrollPane node() {
        return node;
    }

    void show(List<FindingInfo> findings, List<String> detectorErrors) {
        cards.getChildren().clear();
        if (findings.isEmpty()) {
            cards.getChildren().add(new Label("No detector flagged this item."));
        }
        for (FindingInfo f : findings) {
            cards.getChildren().add(card(f));
        }
        for (String error : detectorErrors) {
            Label l = new Label("A detector failed on this item: " + error);
            l.setWrapText(true);
            cards.getChildren().add(l);
        }
    }

    private VBox card(FindingInfo f) {
        Label title = new Label(f.type() + ": " + f.label());
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        Label facts = new Label(String.format(Locale.UK, "%s %s · %s · confidence %.2f · severity %s", f.detector(),
                f.detectorVersion(), f.where(), f.confidence(), f.severity()));
        facts.setWrapText(true);
        Label why = new Label(f.explanation());
        why.setWrapText(true);
        Label review = new Label(reviewText(f));
        review.setId("review-" + f.id());
        TextField note = new TextField();
        note.setPromptText("Note (optional)");
        note.setId("note-" + f.id());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button confirm = new Button("Confirm", new FontIcon("mdi2c-check"));
        confirm.setId("confirm-" + f.id());
        confirm.getStyleClass().add("success");
        confirm.setOnAction(e -> decide(f.id(), ReviewService.Decision.CONFIRMED, note.getText()));
        Button dismiss = new Button("Dismiss", new FontIcon("mdi2c-close"));
        dismiss.setId("dismiss-" + f.id());
        dismiss.setOnAction(e -> decide(f.id(), ReviewService.Decision.DISMISSED, note.getText()));
        HBox actions = new HBox(6, confirm, dismiss, note);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(4, title, facts, why, review, actions);
        card.setPadding(new Insets(8));
        card.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4;");
        return card;
    }

    private static String reviewText(FindingInfo f) {
        if (f.reviewState() == null || "unreviewed".equals(f.reviewState())) {
            return "Not reviewed yet.";
        }
        return f.reviewState().substring(0, 1).toUpperCase(Locale.ROOT) + f.reviewState().substring(1) + " by "
                + f.reviewedBy() + " on " + Formats.london(f.reviewedAt())
                + (f.reviewNote() == null ? "" : ": " + f.reviewNote());
    }

    /** Records a decision in the background, then tells every view the case changed. */
    void decide(long findingId, ReviewService.Decision decision, String note) {
        session.background(() -> new ReviewService(session.theCase()).review(findingId, decision, session.examiner(),
                note), itemId -> session.changed());
    }
}
