package org.evidenceworkbench.ui.item;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.media.ItemBytes;
import org.evidenceworkbench.ui.errors.PlainMessage;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.wellbeing.Wellbeing;

/**
 * The picture viewer with zoom. The picture is read from its source through {@link ItemBytes}
 * (hash checked); a picture inside a container, whose bytes the case does not keep, is shown from
 * its thumbnail, and the pane says so.
 */
final class PicturePane {

    /** Pictures larger than this are shown from their thumbnail: the viewer must not exhaust memory. */
    static final long MAX_BYTES = 64L << 20;

    private final CaseSession session;
    private final Wellbeing wellbeing;
    private final Button reveal = new Button("Reveal (audited)");
    private List<String> findingTypes = List.of();
    private final BorderPane node = new BorderPane();
    private final ImageView view = new ImageView();
    private final Slider zoom = new Slider(0.1, 4, 1);
    private final Label note = new Label();
    private long itemId = -1;

    PicturePane(CaseSession session, Wellbeing wellbeing) {
        this.session = session;
        this.wellbeing = wellbeing;
        reveal.setId("reveal-picture");
        reveal.setOnAction(e -> wellbeing.reveal(session, itemId));
        wellbeing.blur().addListener((o, was, is) -> applyWellbeing());
        wellbeing.greyscale().addListener((o, was, is) -> applyWellbeing());
        wellbeing.revealed().addListener((o, was, is) -> applyWellbeing());
        view.setId("picture");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        zoom.setId("zoom");
        zoom.valueProperty().addListener((o, was, is) -> applyZoom());
        Button fit = new Button("Fit");
        fit.setOnAction(e -> fit());
        Button actual = new Button("100 %");
        actual.setOnAction(e -> zoom.setValue(1));
        HBox bar = new HBox(8, new Label("Zoom"), zoom, fit, actual, reveal, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setPannable(true);
        node.setTop(bar);
        node.setCenter(scroll);
    }

    BorderPane node() {
        return node;
    }

    void showItem(ItemDetail item) {
        itemId = item.item().id();
        findingTypes = item.findings().stream().filter(f -> !"dismissed".equals(f.reviewState()))
                .map(ItemDetail.FindingInfo::type).toList();
        applyWellbeing();
        view.setImage(null);
        note.setText("");
        long id = itemId;
        Path thumbnail = item.thumbnail() == null ? null
                : session.theCase().layout().thumbsDir().resolve(item.thumbnail());
        session.background(() -> load(item, thumbnail), loaded -> {
            if (id == itemId) {
                view.setImage(loaded.image());
                note.setText(loaded.note());
                fit();
            }
        });
    }

    /** Blurred and grey while the item has sensitive findings and is not the one revealed. */
    private void applyWellbeing() {
        view.setEffect(wellbeing.effectFor(itemId, findingTypes));
        boolean hidden = wellbeing.isSensitive(findingTypes) && wellbeing.revealed().get() != itemId;
        reveal.setVisible(hidden);
        reveal.setManaged(hidden);
    }

    private record Loaded(Image image, String note) {
    }

    private Loaded load(ItemDetail item, Path thumbnail) throws Exception {
        String why;
        try {
            byte[] bytes = new ItemBytes(session.theCase()).read(Long.toString(item.item().id()), MAX_BYTES);
            Image image = new Image(new ByteArrayInputStream(bytes));
            if (!image.isError()) {
                return new Loaded(image, "");
            }
            why = "The picture could not be decoded.";
        } catch (RuntimeException e) {
            why = PlainMessage.of(e);
        }
        if (thumbnail != null && Files.isRegularFile(thumbnail)) {
            try (var in = Files.newInputStream(thumbnail)) {
                return new Loaded(new Image(in), "Showing the thumbnail. " + why);
            }
        }
        return new Loaded(null, why);
    }

    private void fit() {
        Image image = view.getImage();
        if (image == null || image.getWidth() <= 0 || node.getWidth() <= 0) {
            zoom.setValue(1);
            applyZoom();
            return;
        }
        double scale = Math.min((node.getWidth() - 20) / image.getWidth(), (node.getHeight() - 60) / image.getHeight());
        zoom.setValue(Math.max(zoom.getMin(), Math.min(zoom.getMax(), scale)));
        applyZoom();
    }

    private void applyZoom() {
        Image image = view.getImage();
        if (image != null) {
            view.setFitWidth(image.getWidth() * zoom.getValue());
        }
    }
}
