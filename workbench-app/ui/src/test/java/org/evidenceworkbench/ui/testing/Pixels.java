package org.evidenceworkbench.ui.testing;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** What a test can say about a rendered picture without a human looking at it. */
public final class Pixels {

    private Pixels() {
    }

    /** How many different colours the picture holds: a blank or one-colour render has very few. */
    public static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }
}
