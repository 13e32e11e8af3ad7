package org.evidenceworkbench.detectors.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The PDQ perceptual hash (Meta, "The TMK+PDQF Video-Hashing Algorithm and the PDQ Image Similarity
 * Algorithm", facebook/ThreatExchange {@code hashing/hashing.pdf}), written here from that
 * description:
 *
 * <ol>
 *   <li>luminance {@code 0.299 R + 0.587 G + 0.114 B} of every pixel (alpha ignored);</li>
 *   <li>a tent-filter blur after Jarosz: two rounds of a horizontal then a vertical box filter whose
 *       window is {@code ceil(width / 128)} resp. {@code ceil(height / 128)} pixels, truncated at the
 *       edges, then the pixel nearest the centre of each of 64×64 cells is taken;</li>
 *   <li>a quality score from the sum of quantised neighbour differences of that 64×64 picture,
 *       divided by 90 and capped at 100;</li>
 *   <li>the 2-D DCT-II of the 64×64 picture, keeping frequencies 1 to 16 in each direction (the DC
 *       term, frequency 0, is left out);</li>
 *   <li>bit {@code 16u + v} is set when coefficient (u, v) is greater than the median of the 256.</li>
 * </ol>
 *
 * <p>Pictures narrower or lower than 5 pixels hash to zero with quality 0. The caller applies any
 * EXIF orientation before hashing: PDQ is not rotation-invariant, but {@link #hashDihedral} gives
 * the hashes of all eight rotations and mirror images from one DCT. Instances are stateless and
 * thread-safe.
 */
public final class PdqHasher {

    /** Pictures with a side shorter than this hash to zero with quality 0. */
    public static final int MIN_SIDE = 5;

    private static final int GRID = 64;
    private static final int KEEP = 16;

    /** Rows are frequencies 1..16, columns the 64 sample positions; orthonormal scaling. */
    private static final double[][] DCT = new double[KEEP][GRID];

    static {
        double scale = Math.sqrt(2.0 / GRID);
        for (int f = 0; f < KEEP; f++) {
            for (int x = 0; x < GRID; x++) {
                DCT[f][x] = scale * Math.cos(Math.PI * (f + 1) * (2 * x + 1) / (2.0 * GRID));
            }
        }
    }

    /**
     * The eight symmetries of the square, in the order {@link #hashDihedral} returns them, named as
     * in the PDQ reference (checked against its {@code dih/} test pictures): rotations are
     * counter-clockwise; {@code FLIP_X} mirrors about the horizontal (x) axis, i.e. top to bottom;
     * {@code FLIP_Y} about the vertical axis, left to right; {@code TRANSPOSE} ("flip plus 1") about
     * the main diagonal (top-left to bottom-right) and {@code ANTI_TRANSPOSE} ("flip minus 1") about
     * the other one.
     */
    public enum Dihedral {
        ORIGINAL, ROTATE_90, ROTATE_180, ROTATE_270, FLIP_X, FLIP_Y, TRANSPOSE, ANTI_TRANSPOSE
    }

    /** The PDQ hash of {@code picture} as it stands (orientation already applied by the caller). */
    public PdqHash hash(BufferedImage picture) {
        Dct dct = transform(picture);
        return dct == null ? PdqHash.zero() : toHash(dct.coefficients, dct.quality);
    }

    /**
     * The hashes of the picture and of its seven rotations and mirror images, indexed by
     * {@link Dihedral#ordinal()}; all carry the quality of the picture. A rotated or mirrored copy
     * of a picture hashes close to one of these (not exactly: the blur is not perfectly symmetric).
     */
    public List<PdqHash> hashDihedral(BufferedImage picture) {
        Dct dct = transform(picture);
        List<PdqHash> out = new ArrayList<>(8);
        for (Dihedral d : Dihedral.values()) {
            out.add(dct == null ? PdqHash.zero() : toHash(apply(d, dct.coefficients), dct.quality));
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------------------------------------

    private record Dct(double[][] coefficients, int quality) {
    }

    private static Dct transform(BufferedImage picture) {
        Objects.requireNonNull(picture, "picture");
        int width = picture.getWidth();
        int height = picture.getHeight();
        if (width < MIN_SIDE || height < MIN_SIDE) {
            return null;
        }
        int windowX = (width + 2 * GRID - 1) / (2 * GRID);
        int windowY = (height + 2 * GRID - 1) / (2 * GRID);
        int[] columns = new int[GRID];
        int[] rows = new int[GRID];
        for (int i = 0; i < GRID; i++) {
            columns[i] = (int) ((i + 0.5) * width / GRID);
            rows[i] = (int) ((i + 0.5) * height / GRID);
        }
        // the first round over every pixel; the second only where the 64x64 samples need it: its
        // horizontal pass keeps the 64 sampled columns, its vertical pass the 64 sampled rows
        float[] luma = luminance(picture);
        float[] scratch = new float[luma.length];
        BoxFilter horizontal = new BoxFilter(windowX, width);
        BoxFilter vertical = new BoxFilter(windowY, height);
        for (int y = 0; y < height; y++) {
            horizontal.row(luma, y * width, scratch, y * width, null);
        }
        vertical.columns(scratch, width, luma, null);
        float[] sampledColumns = new float[height * GRID];
        for (int y = 0; y < height; y++) {
            horizontal.row(luma, y * width, sampledColumns, y * GRID, columns);
        }
        float[] samples = new float[GRID * GRID];
        vertical.columns(sampledColumns, GRID, samples, rows);
        double[][] small = new double[GRID][GRID];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                small[i][j] = samples[i * GRID + j];
            }
        }
        return new Dct(dct(small), quality(small));
    }

    private static float[] luminance(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        float[] luma = new float[width * height];
        byte[] bgr = packedBgr(picture);
        if (bgr != null) {
            // the decoders' usual layout, read directly: several times faster than getRGB
            for (int i = 0, j = 0; i < luma.length; i++, j += 3) {
                luma[i] = 0.299f * (bgr[j + 2] & 0xff) + 0.587f * (bgr[j + 1] & 0xff) + 0.114f * (bgr[j] & 0xff);
            }
            return luma;
        }
        int[] packed = packedRgb(picture);
        int[] row = packed != null ? packed : new int[width];
        for (int y = 0; y < height; y++) {
            int from = 0;
            if (packed == null) {
                picture.getRGB(0, y, width, 1, row, 0, width);
            } else {
                from = y * width;
            }
            int base = y * width;
            for (int x = 0; x < width; x++) {
                int rgb = row[from + x];
                luma[base + x] = 0.299f * ((rgb >>> 16) & 0xff) + 0.587f * ((rgb >>> 8) & 0xff)
                        + 0.114f * (rgb & 0xff);
            }
        }
        return luma;
    }

    /** The pixels of a whole (not sub-) picture stored as packed B, G, R bytes, else null. */
    private static byte[] packedBgr(BufferedImage picture) {
        if (picture.getType() != BufferedImage.TYPE_3BYTE_BGR || picture.getRaster().getParent() != null
                || !(picture.getRaster().getDataBuffer() instanceof DataBufferByte data)
                || !(picture.getSampleModel() instanceof PixelInterleavedSampleModel model)
                || model.getPixelStride() != 3 || model.getScanlineStride() != picture.getWidth() * 3
                || picture.getRaster().getSampleModelTranslateX() != 0
                || picture.getRaster().getSampleModelTranslateY() != 0) {
            return null;
        }
        int[] offsets = model.getBandOffsets();
        boolean bgrOrder = offsets.length == 3 && offsets[0] == 2 && offsets[1] == 1 && offsets[2] == 0;
        return bgrOrder && data.getNumBanks() == 1 && data.getOffset() == 0 ? data.getData() : null;
    }

    /**
     * The pixels of a whole picture stored one 0xRRGGBB int each (what turning a picture upright
     * makes), else null.
     */
    private static int[] packedRgb(BufferedImage picture) {
        if (picture.getType() != BufferedImage.TYPE_INT_RGB || picture.getRaster().getParent() != null
                || !(picture.getRaster().getDataBuffer() instanceof DataBufferInt data)
                || !(picture.getSampleModel() instanceof SinglePixelPackedSampleModel model)
                || model.getScanlineStride() != picture.getWidth()
                || picture.getRaster().getSampleModelTranslateX() != 0
                || picture.getRaster().getSampleModelTranslateY() != 0) {
            return null;
        }
        return data.getNumBanks() == 1 && data.getOffset() == 0 ? data.getData() : null;
    }

    /**
     * A box mean over {@code n} samples: output k is the mean of inputs {@code k - (w - h)} to
     * {@code k + h - 1}, where {@code h = (w + 2) / 2}, clipped to the samples that exist (so the
     * window shrinks near the ends rather than inventing pixels). A running sum makes it O(n)
     * whatever the window.
     */
    private static final class BoxFilter {

        private final int n;
        private final int right;
        private final int left;

        BoxFilter(int window, int n) {
            this.n = n;
            this.right = (window + 2) / 2 - 1;
            this.left = window - 1 - right;
        }

        /**
         * Filters one row of {@code n} samples from {@code in[inOffset]} into {@code out[outOffset]};
         * with {@code keep} (ascending positions), only those outputs are written, one after another.
         */
        void row(float[] in, int inOffset, float[] out, int outOffset, int[] keep) {
            double sum = 0;
            int count = 0;
            for (int k = 0; k <= Math.min(right, n - 1); k++) {
                sum += in[inOffset + k];
                count++;
            }
            int next = 0;
            for (int k = 0; k < n; k++) {
                if (keep == null) {
                    out[outOffset + k] = (float) (sum / count);
                }
                while (keep != null && next < keep.length && keep[next] == k) {
                    out[outOffset + next++] = (float) (sum / count); // pictures under 64 wide repeat samples
                }
                int add = k + 1 + right;
                if (add < n) {
                    sum += in[inOffset + add];
                    count++;
                }
                int drop = k - left;
                if (drop >= 0) {
                    sum -= in[inOffset + drop];
                    count--;
                }
            }
        }

        /**
         * Filters every column of an {@code n}-row picture {@code width} wide, all columns at once
         * (row by row, as the pixels lie in memory), into {@code out}; with {@code keep}, only
         * those rows are written, one after another.
         */
        void columns(float[] in, int width, float[] out, int[] keep) {
            double[] sums = new double[width];
            int count = 0;
            for (int k = 0; k <= Math.min(right, n - 1); k++) {
                add(sums, in, k * width);
                count++;
            }
            int next = 0;
            for (int k = 0; k < n; k++) {
                if (keep == null) {
                    write(sums, count, out, k * width);
                }
                while (keep != null && next < keep.length && keep[next] == k) {
                    write(sums, count, out, next++ * width); // pictures under 64 high repeat samples
                }
                int add = k + 1 + right;
                if (add < n) {
                    add(sums, in, add * width);
                    count++;
                }
                int drop = k - left;
                if (drop >= 0) {
                    int from = drop * width;
                    for (int x = 0; x < width; x++) {
                        sums[x] -= in[from + x];
                    }
                    count--;
                }
            }
        }

        private static void write(double[] sums, int count, float[] out, int from) {
            for (int x = 0; x < sums.length; x++) {
                out[from + x] = (float) (sums[x] / count);
            }
        }

        private static void add(double[] sums, float[] in, int from) {
            for (int x = 0; x < sums.length; x++) {
                sums[x] += in[from + x];
            }
        }
    }

    /** Sum of |difference| * 100 / 255 (truncated) over vertical and horizontal neighbours, / 90. */
    private static int quality(double[][] a) {
        int sum = 0;
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                if (i + 1 < GRID) {
                    sum += Math.abs((int) ((a[i][j] - a[i + 1][j]) * 100 / 255));
                }
                if (j + 1 < GRID) {
                    sum += Math.abs((int) ((a[i][j] - a[i][j + 1]) * 100 / 255));
                }
            }
        }
        return Math.min(100, sum / 90);
    }

    /** C = D A D^T for the 16 lowest non-DC frequencies: C[u][v], u vertical, v horizontal. */
    private static double[][] dct(double[][] a) {
        double[][] t = new double[KEEP][GRID];
        for (int u = 0; u < KEEP; u++) {
            double[] d = DCT[u];
            for (int x = 0; x < GRID; x++) {
                double s = 0;
                for (int y = 0; y < GRID; y++) {
                    s += d[y] * a[y][x];
                }
                t[u][x] = s;
            }
        }
        double[][] c = new double[KEEP][KEEP];
        for (int u = 0; u < KEEP; u++) {
            for (int v = 0; v < KEEP; v++) {
                double s = 0;
                double[] d = DCT[v];
                for (int x = 0; x < GRID; x++) {
                    s += t[u][x] * d[x];
                }
                c[u][v] = s;
            }
        }
        return c;
    }

    /**
     * The coefficients of the transformed picture. Mirroring a 64-sample axis multiplies the
     * coefficient of frequency f by (-1)^f; with index i holding frequency i + 1 that is a sign
     * change at even indices. A quarter turn swaps the axes and mirrors one of them.
     */
    static double[][] apply(Dihedral d, double[][] c) {
        double[][] out = new double[KEEP][KEEP];
        for (int u = 0; u < KEEP; u++) {
            for (int v = 0; v < KEEP; v++) {
                boolean evenU = (u & 1) == 0;
                boolean evenV = (v & 1) == 0;
                out[u][v] = switch (d) {
                    case ORIGINAL -> c[u][v];
                    // top to bottom: new(y, x) = old(63 - y, x)
                    case FLIP_X -> evenU ? -c[u][v] : c[u][v];
                    // left to right: new(y, x) = old(y, 63 - x)
                    case FLIP_Y -> evenV ? -c[u][v] : c[u][v];
                    case ROTATE_180 -> evenU != evenV ? -c[u][v] : c[u][v];
                    case TRANSPOSE -> c[v][u];
                    case ANTI_TRANSPOSE -> evenU != evenV ? -c[v][u] : c[v][u];
                    // a quarter turn counter-clockwise: new(y, x) = old(x, 63 - y)
                    case ROTATE_90 -> evenU ? -c[v][u] : c[v][u];
                    // a quarter turn clockwise: new(y, x) = old(63 - x, y)
                    case ROTATE_270 -> evenV ? -c[v][u] : c[v][u];
                };
            }
        }
        return out;
    }

    private static PdqHash toHash(double[][] c, int quality) {
        double[] all = new double[KEEP * KEEP];
        for (int u = 0; u < KEEP; u++) {
            System.arraycopy(c[u], 0, all, u * KEEP, KEEP);
        }
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        double median = sorted[all.length / 2 - 1]; // the lower median, as the reference's Torben median
        long[] words = new long[4];
        for (int k = 0; k < all.length; k++) {
            if (all[k] > median) {
                words[k >>> 6] |= 1L << (k & 63);
            }
        }
        return new PdqHash(words, quality);
    }
}
