package org.evidenceworkbench.ui.gallery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.image.Image;

/**
 * Thumbnails for the gallery, decoded at tile size in JavaFX's own background loader (so the FX
 * thread never decodes a JPEG), and kept in a bounded least-recently-used cache: scrolling
 * through 100,000 pictures holds only the last few hundred in memory.
 */
final class ThumbnailCache {

    private final Path thumbsDir;
    private final double size;
    private final Map<String, Image> recent;

    ThumbnailCache(Path thumbsDir, double size, int capacity) {
        this.thumbsDir = thumbsDir;
        this.size = size;
        this.recent = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The thumbnail (loading in the background if new), or null when the file is missing. */
    Image get(String relative) {
        Image cached = recent.get(relative);
        if (cached != null) {
            return cached;
        }
        Path file = thumbsDir.resolve(relative).normalize();
        if (!file.startsWith(thumbsDir) || !Files.isRegularFile(file)) {
            return null;
        }
        Image image = new Image(file.toUri().toString(), size, size, true, true, true);
        recent.put(relative, image);
        return image;
    }

    int size() {
        return recent.size();
    }
}
