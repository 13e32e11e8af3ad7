package org.evidenceworkbench.core.duplicates;

import java.util.function.IntConsumer;

/**
 * Finds every hash within a Hamming distance of a query among many, without comparing against all
 * of them: multi-index hashing (Norouzi, Punjani and Fleet, "Fast search in Hamming space with
 * multi-index hashing", CVPR 2012). The 256 bits are cut into 16 chunks of 16 bits with a table
 * per chunk. Two hashes within distance {@code d} must agree to within {@code d / 16} bits on at
 * least one chunk (pigeonhole), so probing each table at the query's chunk and its neighbours up
 * to that radius finds every true neighbour; candidates are then checked on all 256 bits.
 *
 * <p>The tables are compressed-row arrays (an offset per 16-bit value, then the ids), built once;
 * memory is about 16 × (65,537 + n) ints. Immutable once built, so queries may run in parallel.
 */
final class MultiIndexHash {

    private static final int CHUNKS = 16;
    private static final int VALUES = 1 << 16;

    private final Hash256[] hashes;
    private final int[][] offsets = new int[CHUNKS][];
    private final int[][] ids = new int[CHUNKS][];

    MultiIndexHash(Hash256[] hashes) {
        this.hashes = hashes.clone();
        for (int k = 0; k < CHUNKS; k++) {
            int[] count = new int[VALUES + 1];
            for (Hash256 h : this.hashes) {
                count[h.chunk(k) + 1]++;
            }
            for (int v = 0; v < VALUES; v++) {
                count[v + 1] += count[v];
            }
            int[] fill = count.clone();
            int[] bucketed = new int[this.hashes.length];
            for (int i = 0; i < this.hashes.length; i++) {
                bucketed[fill[this.hashes[i].chunk(k)]++] = i;
            }
            offsets[k] = count;
            ids[k] = bucketed;
        }
    }

    int size() {
        return hashes.length;
    }

    Hash256 hash(int i) {
        return hashes[i];
    }

    /**
     * Calls {@code found} once for each indexed hash within {@code maxDistance} of {@code query}.
     * {@code seen} is scratch space of {@link #size()} ints owned by the caller's thread, and
     * {@code stamp} a value not used in it before (a fresh one per query saves clearing it).
     */
    void search(Hash256 query, int maxDistance, int[] seen, int stamp, IntConsumer found) {
        int radius = maxDistance / CHUNKS;
        if (radius > 2) {
            // so loose a distance that probing would cost more than looking at every hash
            for (int i = 0; i < hashes.length; i++) {
                if (hashes[i].distance(query) <= maxDistance) {
                    found.accept(i);
                }
            }
            return;
        }
        for (int k = 0; k < CHUNKS; k++) {
            int q = query.chunk(k);
            probe(k, q, query, maxDistance, seen, stamp, found);
            if (radius >= 1) {
                for (int b1 = 0; b1 < 16; b1++) {
                    int v1 = q ^ (1 << b1);
                    probe(k, v1, query, maxDistance, seen, stamp, found);
                    if (radius >= 2) {
                        for (int b2 = b1 + 1; b2 < 16; b2++) {
                            probe(k, v1 ^ (1 << b2), query, maxDistance, seen, stamp, found);
                        }
                    }
                }
            }
        }
    }

    private void probe(int k, int value, Hash256 query, int maxDistance, int[] seen, int stamp, IntConsumer found) {
        int[] bucket = ids[k];
        for (int at = offsets[k][value], end = offsets[k][value + 1]; at < end; at++) {
            int i = bucket[at];
            if (seen[i] != stamp) {
                seen[i] = stamp;
                if (hashes[i].distance(query) <= maxDistance) {
                    found.accept(i);
                }
            }
        }
    }
}
