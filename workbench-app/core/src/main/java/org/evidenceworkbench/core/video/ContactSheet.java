package org.evidenceworkbench.core.video;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The video's thumbnail: a grid of up to {@value #MAX_TILES} of its keyframes, spread evenly over
 * all the keyframes found, so the thumbnail shows the whole video at a glance. Each keyframe is
 * kept only as a small tile, so memory stays small however long the video.
 */
final class ContactSheet {

    static final int MAX_TILES = 9;

    private final int size;
    private final List<BufferedImage> tiles = new ArrayList<>();

    /** @param size the longest edge of the finished sheet, in pixels (the thumbnail size) */
    ContactSheet(int size) {
        this.size = size;
    }

    /** The longest edge of a tile: a keyframe already this small is kept as it is. */
    int tileEdge() {
        return Math.max(1, size / 3);
    }

    void add(BufferedImage keyframe) {
        tiles.add(scale(keyframe, tileEdge()));
    }

    /** The sheet, or empty if no keyframe was added. */
    Optional<BufferedImage> build() {
        if (tiles.isEmpty()) {
            return Optional.empty();
        }
        List<BufferedImage> chosen = spreadEvenly();
        int columns = (int) Math.ceil(Math.sqrt(chosen.size()));
        int rows = (chosen.size() + columns - 1) / columns;
        int tileWidth = chosen.get(0).getWidth();
        int tileHeight = chosen.get(0).getHeight();
        BufferedImage sheet = new BufferedImage(columns * tileWidth, rows * tileHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < chosen.size(); i++) {
            g.drawImage(chosen.get(i), i % columns * tileWidth, i / columns * tileHeight, null);
        }
        g.dispose();
        return Optional.of(sheet);
    }

    private List<BufferedImage> spreadEvenly() {
        if (tiles.size() <= MAX_TILES) {
            return tiles;
        }
        List<BufferedImage> chosen = new ArrayList<>(MAX_TILES);
        for (int i = 0; i < MAX_TILES; i++) {
            chosen.add(tiles.get((int) Math.round(i * (tiles.size() - 1) / (double) (MAX_TILES - 1))));
        }
        return chosen;
    }

    private static BufferedImage scale(BufferedImage picture, int longestEdge) {
        double factor = Math.min(1.0, (double) longestEdge / Math.max(picture.getWidth(), picture.getHeight()));
        if (factor == 1.0) {
            return picture;
        }
        int w = Math.max(1, (int) Math.round(picture.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
