package org.evidenceworkbench.samples.crowd;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * The drawn stand-ins for what submitters photographed: a gradient with a dozen and a half coloured
 * blocks, discs and bars, all placed from one seed. Nothing is a person or a real scene; the coarse
 * shapes give each picture a PDQ hash about 128 bits from any other seed's, so only real copies
 * group as near-duplicates. Anti-aliasing stays off so the pixels are the same on every machine.
 */
final class Scenes {

    static final int WIDTH = 800;
    static final int HEIGHT = 600;

    private Scenes() {
    }

    static BufferedImage draw(long seed) {
        Random r = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xFFFFFF)), r.nextInt(WIDTH), HEIGHT,
                new Color(r.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int i = 0; i < 18; i++) {
            g.setColor(new Color(r.nextInt(0xFFFFFF)));
            int w = WIDTH / 10 + r.nextInt(WIDTH / 3);
            int h = HEIGHT / 10 + r.nextInt(HEIGHT / 3);
            int x = r.nextInt(WIDTH - w);
            int y = r.nextInt(HEIGHT - h);
            switch (r.nextInt(3)) {
                case 0 -> g.fillRect(x, y, w, h);
                case 1 -> g.fillOval(x, y, w, h);
                default -> {
                    g.setStroke(new BasicStroke(6 + r.nextInt(14)));
                    g.drawLine(x, y, x + w, y + h);
                }
            }
        }
        g.dispose();
        return image;
    }

    /**
     * {@code picture} with the rectangle {@code (x, y, w, h)} of {@code donor} pasted over it, as a
     * forger composites one picture into another.
     */
    static BufferedImage pasted(BufferedImage picture, BufferedImage donor, int x, int y, int w, int h) {
        BufferedImage out = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(picture, 0, 0, null);
        g.drawImage(donor.getSubimage(x, y, w, h), x, y, null);
        g.dispose();
        return out;
    }
}
