package org.evidenceworkbench.core.duplicates;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Finds hashes within a Hamming distance of one another without comparing every pair:
 * multi-index hashing (Norouzi, Punjani and Fleet, "Fast search in Hamming space with multi-index
 * hashing", CVPR 2012). The 256 bits are cut into 16 chunks of 16 bits with a table per chunk.
 * Two hashes within distance {@code d} must agree to within {@code d / 16} bits on at least one
 * chunk (pigeonhole), so probing each table at a query's chunk and its neighbours up to that
 * radius finds every true neighbour; candidates are then checked on all 256 bits.
 *
 * <p>The tables are compressed-row arrays (an offset per 16-bit value, then the ids): about
 * 16 × (65,537 + n) ints. Immutable once built, so searches may run in parallel.
 */
final class MultiIndexHash {

    /** Receives a query's index and an indexed hash's index. */
    interface PairSink {
        void accept(int query, int indexed);
    }

    private static final int CHUNKS = 16;
    private static final int VALUES = 1 << 16;

    /** Four words per hash, so a distance check reads one short run of memory. */
    private final long[] words;
    private final int size;
    private final int[][] offsets = new int[CHUNKS][];
    private final int[][] ids = new int[CHUNKS][];

    MultiIndexHash(Hash256[] hashes) {
        size = hashes.length;
        words = flatten(hashes);
        for (int k = 0; k < CHUNKS; k++) {
            int[] count = new int[VALUES + 1];
            for (int i = 0; i < size; i++) {
                count[chunk(words, i, k) + 1]++;
            }
            for (int v = 0; v < VALUES; v++) {
                count[v + 1] += count[v];
            }
            int[] fill = count.clone();
            int[] bucketed = new int[size];
            for (int i = 0; i < size; i++) {
                bucketed[fill[chunk(words, i, k)]++] = i;
            }
            offsets[k] = count;
            ids[k] = bucketed;
        }
    }

    int size() {
        return size;
    }

    /**
     * Calls {@code found} once for each indexed hash within {@code maxDistance} of {@code query}.
     * {@code seen} is scratch space of {@link #size()} ints owned by the caller's thread, and
     * {@code stamp} a value not used in it before (a fresh one per query saves clearing it).
     */
    void search(Hash256 query, int maxDistance, int[] seen, int stamp, IntConsumer found) {
        long[] q = flatten(new Hash256[] {query});
        if (maxDistance / CHUNKS > 2) {
            scan(q, 0, maxDistance, i -> found.accept(i));
            return;
        }
        for (int k = 0; k < CHUNKS; k++) {
            forEachProbe(chunk(q, 0, k), maxDistance / CHUNKS, v -> {
                for (int at = offsets[kOf(v)][valueOf(v)], end = offsets[kOf(v)][valueOf(v) + 1]; at < end; at++) {
                    int i = ids[kOf(v)][at];
                    if (seen[i] != stamp) {
                        seen[i] = stamp;
                        if (distance(words, i, q, 0) <= maxDistance) {
                            found.accept(i);
                        }
                    }
                }
            }, k);
        }
    }

    /**
     * Reports every (query, indexed) pair within {@code maxDistance}, for many queries at once; a
     * pair may be reported more than once, so {@code found} must not mind repeats and must be
     * thread-safe. Queries are taken chunk by chunk in order of their chunk's value, so the tables
     * are read nearly in sequence rather than at random — many times faster for large batches.
     */
    void searchAll(Hash256[] queries, int maxDistance, PairSink found) {
        long[] q = flatten(queries);
        int n = queries.length;
        if (maxDistance / CHUNKS > 2) {
            IntStream.range(0, n).parallel().forEach(x -> scan(q, x, maxDistance, i -> found.accept(x, i)));
            return;
        }
        int radius = maxDistance / CHUNKS;
        IntStream.range(0, CHUNKS).parallel().forEach(k -> {
            int[] order = sortedByChunk(q, n, k);
            int[] offset = offsets[k];
            int[] bucket = ids[k];
            for (int x : order) {
                forEachProbe(chunk(q, x, k), radius, v -> {
                    int value = valueOf(v);
                    for (int at = offset[value], end = offset[value + 1]; at < end; at++) {
                        int i = bucket[at];
                        if (distance(words, i, q, x) <= maxDistance) {
                            found.accept(x, i);
                        }
                    }
                }, k);
            }
        });
    }

    private void scan(long[] q, int x, int maxDistance, IntConsumer found) {
        for (int i = 0; i < size; i++) {
            if (distance(words, i, q, x) <= maxDistance) {
                found.accept(i);
            }
        }
    }

    /** Calls {@code probe} with the chunk value and each value within {@code radius} (≤ 2) bits of it. */
    private static void forEachProbe(int value, int radius, IntConsumer probe, int k) {
        probe.accept(pack(k, value));
        if (radius >= 1) {
            for (int b1 = 0; b1 < 16; b1++) {
                int v1 = value ^ (1 << b1);
                probe.accept(pack(k, v1));
                if (radius >= 2) {
                    for (int b2 = b1 + 1; b2 < 16; b2++) {
                        probe.accept(pack(k, v1 ^ (1 << b2)));
                    }
                }
            }
        }
    }

    private static int pack(int k, int value) {
        return (k << 16) | value;
    }

    private static int kOf(int packed) {
        return packed >>> 16;
    }

    private static int valueOf(int packed) {
        return packed & 0xFFFF;
    }

    private static int[] sortedByChunk(long[] q, int n, int k) {
        int[] count = new int[VALUES + 1];
        for (int x = 0; x < n; x++) {
            count[chunk(q, x, k) + 1]++;
        }
        for (int v = 0; v < VALUES; v++) {
            count[v + 1] += count[v];
        }
        int[] order = new int[n];
        for (int x = 0; x < n; x++) {
            order[count[chunk(q, x, k)]++] = x;
        }
        return order;
    }

    private static long[] flatten(Hash256[] hashes) {
        long[] w = new long[hashes.length * 4];
        for (int i = 0; i < hashes.length; i++) {
            Hash256 h = hashes[i];
            w[4 * i] = h.w0();
            w[4 * i + 1] = h.w1();
            w[4 * i + 2] = h.w2();
            w[4 * i + 3] = h.w3();
        }
        return w;
    }

    /** Bits 16k to 16k + 15 of hash {@code i}, word 0 holding the lowest 64 (as {@link Hash256#chunk}). */
    private static int chunk(long[] w, int i, int k) {
        return (int) (w[4 * i + (k >>> 2)] >>> ((k & 3) * 16)) & 0xFFFF;
    }

    private static int distance(long[] a, int i, long[] b, int j) {
        int x = 4 * i;
        int y = 4 * j;
        return Long.bitCount(a[x] ^ b[y]) + Long.bitCount(a[x + 1] ^ b[y + 1]) + Long.bitCount(a[x + 2] ^ b[y + 2])
                + Long.bitCount(a[x + 3] ^ b[y + 3]);
    }
}
