package org.evidenceworkbench.detectors.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reference PDQ hashes in memory for matching: four words per hash in one array, compared by
 * popcount. A picture is compared through all eight of its dihedral hashes, so a rotated or
 * mirrored copy of a reference picture matches too. A plain scan costs about 2 ms per picture per
 * 100,000 reference hashes; sets of millions would want the multi-index table the case's
 * near-duplicate grouping uses.
 */
final class PdqSets {

    /** The best match for one reference hash. */
    record Match(String set, PdqSetStore.Kind kind, String label, PdqHash reference, int distance,
                 PdqHasher.Dihedral transform) {
    }

    private final long[] words;
    private final String[] sets;
    private final PdqSetStore.Kind[] kinds;
    private final String[] labels;
    private final int[] qualities;

    private PdqSets(long[] words, String[] sets, PdqSetStore.Kind[] kinds, String[] labels, int[] qualities) {
        this.words = words;
        this.sets = sets;
        this.kinds = kinds;
        this.labels = labels;
        this.qualities = qualities;
    }

    int size() {
        return sets.length;
    }

    /** Every reference hash within {@code maxDistance} of any of the eight hashes, with its best distance. */
    List<Match> matches(List<PdqHash> dihedral, int maxDistance) {
        List<Match> out = new ArrayList<>();
        long[][] query = new long[dihedral.size()][];
        for (int d = 0; d < query.length; d++) {
            query[d] = dihedral.get(d).words();
        }
        for (int i = 0; i < sets.length; i++) {
            int at = i * 4;
            int best = Integer.MAX_VALUE;
            int bestD = 0;
            for (int d = 0; d < query.length; d++) {
                long[] q = query[d];
                int distance = Long.bitCount(q[0] ^ words[at]) + Long.bitCount(q[1] ^ words[at + 1])
                        + Long.bitCount(q[2] ^ words[at + 2]) + Long.bitCount(q[3] ^ words[at + 3]);
                if (distance < best) {
                    best = distance;
                    bestD = d;
                }
            }
            if (best <= maxDistance) {
                long[] w = {words[at], words[at + 1], words[at + 2], words[at + 3]};
                out.add(new Match(sets[i], kinds[i], labels[i], new PdqHash(w, qualities[i]), best,
                        PdqHasher.Dihedral.values()[bestD]));
            }
        }
        out.sort((a, b) -> Integer.compare(a.distance(), b.distance()));
        return out;
    }

    static final class Builder {
        private long[] words = new long[64];
        private final List<String> sets = new ArrayList<>();
        private final List<PdqSetStore.Kind> kinds = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private int[] qualities = new int[16];

        void add(String set, PdqSetStore.Kind kind, PdqSetReader.Entry e) {
            int n = sets.size();
            if ((n + 1) * 4 > words.length) {
                words = Arrays.copyOf(words, words.length * 2);
                qualities = Arrays.copyOf(qualities, qualities.length * 2);
            }
            long[] w = e.hash().words();
            System.arraycopy(w, 0, words, n * 4, 4);
            qualities[n] = e.hash().quality();
            sets.add(set);
            kinds.add(kind);
            labels.add(e.label());
        }

        PdqSets build() {
            int n = sets.size();
            return new PdqSets(Arrays.copyOf(words, n * 4), sets.toArray(String[]::new),
                    kinds.toArray(PdqSetStore.Kind[]::new), labels.toArray(String[]::new),
                    Arrays.copyOf(qualities, n));
        }
    }
}
