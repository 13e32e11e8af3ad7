package org.evidenceworkbench.detectors.media.manipulation;

/**
 * Estimates a JPEG's quality from its quantisation tables by the Independent JPEG Group's scaling
 * (libjpeg's {@code jpeg_quality_scaling}): quality q scales the example tables of the JPEG standard
 * (Annex K) by {@code 5000/q} below 50 and {@code 200 − 2q} from 50 up. Software built on libjpeg —
 * most editors' "save as JPEG", converters, web services, messaging apps, Java's ImageIO — writes
 * exactly these tables; cameras mostly write tables of their own.
 *
 * <p>"Standard" allows each value to be off by one: encoders that compute libjpeg's scaling in
 * floating point (Java's ImageIO at quality 0.85, for one) round a few values the other way.
 * Camera tables differ from every IJG quality by more.
 *
 * @param quality       the IJG quality (1 to 100) whose luminance table is nearest
 * @param standard      whether the tables are the IJG tables at that quality, each value within ±1
 * @param maxDifference the largest difference of any value from that quality's tables
 */
public record JpegQuality(int quality, boolean standard, int maxDifference) {

    /** Rounding differences between libjpeg-style encoders; a camera's own tables differ by more. */
    static final int ROUNDING = 1;

    /** Annex K.1, luminance, natural order. */
    static final int[] LUMINANCE = {
        16, 11, 10, 16, 24, 40, 51, 61,
        12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77,
        24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101,
        72, 92, 95, 98, 112, 100, 103, 99};

    /** Annex K.2, chrominance, natural order. */
    static final int[] CHROMINANCE = {
        17, 18, 24, 47, 99, 99, 99, 99,
        18, 21, 26, 66, 99, 99, 99, 99,
        24, 26, 56, 99, 99, 99, 99, 99,
        47, 66, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99};

    /** The IJG table for {@code base} at {@code quality}, limited to baseline's 1 to 255. */
    public static int[] scaled(int[] base, int quality) {
        int q = Math.max(1, Math.min(100, quality));
        int scale = q < 50 ? 5000 / q : 200 - 2 * q;
        int[] out = new int[64];
        for (int i = 0; i < 64; i++) {
            out[i] = Math.max(1, Math.min(255, (base[i] * scale + 50) / 100));
        }
        return out;
    }

    /**
     * Estimates the quality from the luminance table (id 0) and, where present, the chrominance
     * table (id 1); null when there is no luminance table.
     */
    public static JpegQuality estimate(int[][] tables) {
        int[] luminance = tables.length > 0 ? tables[0] : null;
        int[] chrominance = tables.length > 1 ? tables[1] : null;
        if (luminance == null) {
            return null;
        }
        int best = 1;
        double bestError = Double.MAX_VALUE;
        int bestMax = Integer.MAX_VALUE;
        for (int q = 1; q <= 100; q++) {
            int[] lum = scaled(LUMINANCE, q);
            double error = meanError(luminance, lum);
            int max = maxDifference(luminance, lum);
            if (chrominance != null) {
                max = Math.max(max, maxDifference(chrominance, scaled(CHROMINANCE, q)));
            }
            // the nearest quality by mean error, or an exact (within rounding) one wherever it is
            boolean better = max <= ROUNDING ? (bestMax > ROUNDING || max < bestMax) : bestMax > ROUNDING && error < bestError;
            if (better) {
                best = q;
                bestError = error;
                bestMax = max;
            }
        }
        return new JpegQuality(best, bestMax <= ROUNDING, bestMax);
    }

    private static double meanError(int[] actual, int[] expected) {
        long sum = 0;
        for (int i = 0; i < 64; i++) {
            sum += Math.abs(actual[i] - expected[i]);
        }
        return sum / 64.0;
    }

    private static int maxDifference(int[] actual, int[] expected) {
        int max = 0;
        for (int i = 0; i < 64; i++) {
            max = Math.max(max, Math.abs(actual[i] - expected[i]));
        }
        return max;
    }
}
