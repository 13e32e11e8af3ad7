package org.evidenceworkbench.ui.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.image.Image;

/**
 * A user's offline tile set: a folder of {@code z/x/y.png} tiles in the usual XYZ (Web Mercator)
 * layout, such as a tile download made for offline use where its licence allows. Configured with
 * the system property {@value #PROPERTY}; nothing is ever fetched from a network. Tiles are decoded
 * in JavaFX's background loader and kept in a small least-recently-used cache.
 */
final class TileFolder {

    static final String PROPERTY = "workbench.map.tiles";
    private static final int CACHED = 256;

    private final Path root;
    private final int maxZoom;
    private final Map<String, Image> recent = new LinkedHashMap<>(CACHED * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHED;
        }
    };

    private TileFolder(Path root, int maxZoom) {
        this.root = root;
        this.maxZoom = maxZoom;
    }

    /** The folder named by the setting, or null when none is set or it holds no zoom levels. */
    static TileFolder fromSettings() {
        String configured = System.getProperty(PROPERTY);
        return configured == null || configured.isBlank() ? null : open(Path.of(configured.strip()));
    }

    /** The tile set in {@code folder}, or null when it holds no {@code 0..22} zoom folders. */
    static TileFolder open(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        int max = -1;
        for (int z = 0; z <= 22; z++) {
            if (Files.isDirectory(root.resolve(Integer.toString(z)))) {
                max = z;
            }
        }
        return max < 0 ? null : new TileFolder(root, max);
    }

    int maxZoom() {
        return maxZoom;
    }

    /** The tile (loading in the background if new), or null when the set does not have it. */
    Image tile(int z, int x, int y, Runnable whenLoaded) {
        String key = z + "/" + x + "/" + y;
        Image cached = recent.get(key);
        if (cached != null) {
            return cached;
        }
        Path file = root.resolve(Integer.toString(z)).resolve(Integer.toString(x)).resolve(y + ".png");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Image image = new Image(file.toUri().toString(), true);
        image.progressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() >= 1) {
                whenLoaded.run();
            }
        });
        recent.put(key, image);
        return image;
    }
}
