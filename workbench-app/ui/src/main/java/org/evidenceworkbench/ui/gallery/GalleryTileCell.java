package org.evidenceworkbench.ui.gallery;

import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.GridCell;
import org.evidenceworkbench.core.item.GalleryItems;
import org.evidenceworkbench.ui.wellbeing.Wellbeing;

/**
 * One tile of the gallery: the thumbnail (hidden by the wellbeing effect where it must be), the
 * file name, and badges for a near-duplicate group and a video keyframe. Cells are reused as the
 * grid scrolls, so everything is set from the item in {@link #updateItem}.
 */
final class GalleryTileCell extends GridCell<GalleryItems.Tile> {

    static final String STYLE_CLASS = "gallery-tile";

    private final ThumbnailCache thumbnails;
    private final Wellbeing wellbeing;
    private final Map<Long, Integer> groupSizes;
    private final ObservableValue<GalleryItems.Tile> selected;
    private final ImageView picture = new ImageView();
    private final Label name = new Label();
    private final Label badge = new Label();
    // one tooltip per cell, its text changed with the item: creating a Tooltip per update is costly
    private final Tooltip tooltip = new Tooltip();
    private final VBox box;

    GalleryTileCell(ThumbnailCache thumbnails, Wellbeing wellbeing, Map<Long, Integer> groupSizes,
                    ObservableValue<GalleryItems.Tile> selected, Consumer<GalleryItems.Tile> onClick,
                    double size) {
        this.thumbnails = thumbnails;
        this.wellbeing = wellbeing;
        this.groupSizes = groupSizes;
        this.selected = selected;
        picture.setFitWidth(size);
        picture.setFitHeight(size);
        picture.setPreserveRatio(true);
        badge.getStyleClass().add("gallery-badge");
        badge.setStyle("-fx-background-color: rgba(0,0,0,0.65); -fx-text-fill: white; -fx-padding: 1 4;"
                + " -fx-background-radius: 3; -fx-font-size: 10px;");
        StackPane frame = new StackPane(picture, badge);
        frame.setPrefSize(size, size);
        StackPane.setAlignment(badge, Pos.TOP_RIGHT);
        name.setMaxWidth(size);
        name.setStyle("-fx-font-size: 10px;");
        box = new VBox(2, frame, name);
        box.setAlignment(Pos.CENTER);
        getStyleClass().add(STYLE_CLASS);
        setOnMouseClicked(e -> {
            if (getItem() != null) {
                onClick.accept(getItem());
            }
        });
    }

    @Override
    protected void updateItem(GalleryItems.Tile tile, boolean empty) {
        super.updateItem(tile, empty);
        setUserData(tile);
        if (empty || tile == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        picture.setImage(thumbnails.get(tile.thumbnail()));
        refreshLook();
        String file = tile.path().substring(Math.max(tile.path().lastIndexOf('/'), tile.path().lastIndexOf('!')) + 1);
        name.setText(file);
        int copies = tile.group() < 0 ? 0 : groupSizes.getOrDefault(tile.group(), 1);
        String badgeText = (tile.keyframe() ? "keyframe " : "") + (copies > 1 ? "≈" + copies : "");
        badge.setText(badgeText.strip());
        badge.setVisible(!badgeText.isBlank());
        StringBuilder tip = new StringBuilder(tile.path());
        if (copies > 1) {
            tip.append("\nNear-duplicate group of ").append(copies).append(" pictures");
        }
        if (tile.sensitive()) {
            tip.append("\nHidden for wellbeing: ").append(String.join(", ", tile.sensitiveWhy()))
                    .append(" (press R to reveal; each reveal is audited)");
        }
        tooltip.setText(tip.toString());
        setTooltip(tooltip);
        setGraphic(box);
    }

    /** Applies the wellbeing effect and the selection outline for the current item. */
    void refreshLook() {
        GalleryItems.Tile tile = getItem();
        if (tile == null) {
            return;
        }
        picture.setEffect(wellbeing.effectFor(tile));
        boolean isSelected = selected.getValue() != null && selected.getValue().id() == tile.id();
        box.setStyle(isSelected ? "-fx-border-color: #0969da; -fx-border-width: 3;"
                : "-fx-border-color: transparent; -fx-border-width: 3;");
    }

    /** The thumbnail's node, for tests and the screenshot command. */
    ImageView picture() {
        return picture;
    }
}
