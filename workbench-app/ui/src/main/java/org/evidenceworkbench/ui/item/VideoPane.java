package org.evidenceworkbench.ui.item;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;

import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.ui.session.CaseSession;

/**
 * A video's keyframes (the derived child items the ingest made) as a strip of thumbnails, and
 * playback from the source where JavaFX's media player knows the codec, muted until the user
 * turns the sound on.
 */
final class VideoPane {

    private final CaseSession session;
    private final LongConsumer openItem;
    private final BorderPane node = new BorderPane();
    private final FlowPane keyframes = new FlowPane(6, 6);
    private final VBox player = new VBox(6);
    private MediaPlayer playing;

    VideoPane(CaseSession session, LongConsumer openItem) {
        this.session = session;
        this.openItem = openItem;
        keyframes.setId("keyframes");
        keyframes.setPadding(new Insets(6));
        player.setPadding(new Insets(6));
        node.setTop(player);
        node.setCenter(new ScrollPane(keyframes));
    }

    BorderPane node() {
        return node;
    }

    void showItem(ItemDetail item) {
        stop();
        keyframes.getChildren().clear();
        player.getChildren().clear();
        List<ItemSummary> frames = item.children().stream().filter(c -> "picture".equals(c.category())).toList();
        if (frames.isEmpty()) {
            keyframes.getChildren().add(new Label("No keyframes were extracted from this video."));
        }
        for (ItemSummary frame : frames) {
            Path thumb = thumbnailOf(frame);
            ImageView view = new ImageView();
            view.setFitWidth(160);
            view.setPreserveRatio(true);
            if (thumb != null && Files.isRegularFile(thumb)) {
                view.setImage(new Image(thumb.toUri().toString(), 160, 0, true, true, true));
            }
            Button b = new Button(frame.path().substring(frame.path().lastIndexOf('/') + 1), view);
            b.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            b.setOnAction(e -> openItem.accept(frame.id()));
            keyframes.getChildren().add(b);
        }
        Path source = sourceFile(item);
        if (source == null) {
            player.getChildren().add(new Label("Playback needs the video's own file; this one is inside a container."));
            return;
        }
        Button play = new Button("Play (muted)");
        play.setOnAction(e -> play(source));
        player.getChildren().add(play);
    }

    private Path thumbnailOf(ItemSummary frame) {
        // keyframe thumbnails are stored by content hash, as every thumbnail is
        String sha = frame.sha256();
        return sha == null ? null : session.theCase().layout().thumbsDir().resolve(sha.substring(0, 2) + "/" + sha + ".jpg");
    }

    private static Path sourceFile(ItemDetail item) {
        if (item.depth() > 0 || item.provenance().sourceLocation() == null) {
            return null;
        }
        Path location = Path.of(item.provenance().sourceLocation());
        Path file = Files.isDirectory(location) ? location.resolve(item.item().path()) : location;
        return Files.isRegularFile(file) ? file : null;
    }

    private void play(Path file) {
        stop();
        try {
            MediaPlayer mp = new MediaPlayer(new Media(file.toUri().toString()));
            mp.setMute(true);
            MediaView view = new MediaView(mp);
            view.setFitWidth(480);
            view.setPreserveRatio(true);
            Button sound = new Button("Sound on");
            sound.setOnAction(e -> {
                mp.setMute(!mp.isMute());
                sound.setText(mp.isMute() ? "Sound on" : "Sound off");
            });
            Button stop = new Button("Stop");
            stop.setOnAction(e -> stop());
            mp.setOnError(() -> player.getChildren().setAll(new Label("This video cannot be played here ("
                    + mp.getError().getType() + "); its keyframes are below.")));
            player.getChildren().setAll(view, new javafx.scene.layout.HBox(6, sound, stop));
            playing = mp;
            mp.play();
        } catch (MediaException | UnsupportedOperationException e) {
            player.getChildren().setAll(new Label("This video cannot be played here (" + e.getMessage()
                    + "); its keyframes are below."));
        }
    }

    void stop() {
        if (playing != null) {
            playing.dispose();
            playing = null;
        }
    }
}
