package org.evidenceworkbench.core.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NearDuplicateGrouperTest {

    private static Hash256 random(Random r) {
        return new Hash256(r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong());
    }

    /** {@code h} with {@code bits} distinct random bits flipped. */
    private static Hash256 flip(Hash256 h, int bits, Random r) {
        long[] w = {h.w0(), h.w1(), h.w2(), h.w3()};
        Set<Integer> chosen = new HashSet<>();
        while (chosen.size() < bits) {
            chosen.add(r.nextInt(256));
        }
        for (int b : chosen) {
            w[b >>> 6] ^= 1L << (b & 63);
        }
        return new Hash256(w[0], w[1], w[2], w[3]);
    }

    private static NearDuplicateGrouper.Picture picture(long id, Hash256 h) {
        return new NearDuplicateGrouper.Picture(id, 100, new Hash256[] {h, null, null, null, null, null, null, null});
    }

    @Test
    void multiIndexHashingFindsExactlyWhatComparingEveryPairFinds() {
        Random r = new Random(42);
        List<Hash256> hashes = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // clusters of near copies at every distance up to 40 bits, among unrelated hashes
            Hash256 base = random(r);
            hashes.add(base);
            if (i % 3 == 0) {
                hashes.add(flip(base, r.nextInt(41), r));
            }
        }
        MultiIndexHash index = new MultiIndexHash(hashes.toArray(Hash256[]::new));
        int[] seen = new int[index.size()];
        int stamp = 0;
        for (int maxDistance : new int[] {0, 10, 31, 40}) {
            for (int q = 0; q < hashes.size(); q += 7) {
                Set<Integer> expected = new HashSet<>();
                for (int i = 0; i < hashes.size(); i++) {
                    if (hashes.get(i).distance(hashes.get(q)) <= maxDistance) {
                        expected.add(i);
                    }
                }
                Set<Integer> found = new HashSet<>();
                index.search(hashes.get(q), maxDistance, seen, ++stamp, found::add);
                assertThat(found).as("distance %d, query %d", maxDistance, q).isEqualTo(expected);
            }
            // the batch search, which the grouping uses, finds the same pairs (repeats allowed)
            Set<Long> pairs = java.util.concurrent.ConcurrentHashMap.newKeySet();
            Hash256[] queries = hashes.subList(0, 600).toArray(Hash256[]::new);
            index.searchAll(queries, maxDistance, (query, i) -> pairs.add((long) query << 32 | i));
            Set<Long> expectedPairs = new HashSet<>();
            for (int query = 0; query < queries.length; query++) {
                for (int i = 0; i < hashes.size(); i++) {
                    if (hashes.get(i).distance(queries[query]) <= maxDistance) {
                        expectedPairs.add((long) query << 32 | i);
                    }
                }
            }
            assertThat(pairs).as("batch at distance %d", maxDistance).isEqualTo(expectedPairs);
        }
    }

    @Test
    void hexDigitsMapToBitsAsPdqWritesThem() {
        Hash256 a = Hash256.fromHex("8" + "0".repeat(63));
        Hash256 b = Hash256.fromHex("0".repeat(63) + "1");
        assertThat(a.w3()).isEqualTo(Long.MIN_VALUE);
        assertThat(b.w0()).isEqualTo(1L);
        assertThat(a.distance(b)).isEqualTo(2);
        assertThat(Hash256.fromHex("f".repeat(64)).distance(Hash256.fromHex("0".repeat(64)))).isEqualTo(256);
    }

    @Test
    void groupsNearCopiesChainsThemAndLeavesUnrelatedPicturesAlone() {
        Random r = new Random(7);
        Hash256 a = random(r);
        Hash256 a1 = flip(a, 12, r);
        Hash256 a2 = flip(a1, 25, r); // near a1, perhaps not near a: joins by the chain
        Hash256 b = random(r);
        Hash256 b1 = flip(b, 31, r); // exactly at the distance: still near
        Hash256 c = random(r);
        Hash256 c1 = flip(c, 32, r); // one bit too far
        List<NearDuplicateGrouper.Picture> pictures = List.of(picture(1, a), picture(2, a1), picture(3, a2),
                picture(4, b), picture(5, b1), picture(6, c), picture(7, c1));
        List<NearDuplicateGrouper.Group> groups = new NearDuplicateGrouper(31).group(pictures);
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).representativeId()).isEqualTo(1);
        assertThat(groups.get(0).members()).extracting(NearDuplicateGrouper.Member::itemId).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(groups.get(0).members().get(0)).isEqualTo(new NearDuplicateGrouper.Member(1, 0, "original"));
        assertThat(groups.get(0).members()).contains(new NearDuplicateGrouper.Member(2, 12, "original"));
        assertThat(groups.get(1).members()).extracting(NearDuplicateGrouper.Member::distance).containsExactly(0, 31);
    }

    @Test
    void aRotatedCopyJoinsThroughTheDihedralHashesAndTheBestPictureRepresents() {
        Random r = new Random(9);
        Hash256[] dihedral = new Hash256[8];
        for (int d = 0; d < 8; d++) {
            dihedral[d] = random(r);
        }
        // item 2 is item 1 turned a quarter: its hash is near item 1's rotate_90 variant, far from the original
        Hash256 turned = flip(dihedral[1], 6, r);
        NearDuplicateGrouper.Picture original = new NearDuplicateGrouper.Picture(1, 80, dihedral);
        NearDuplicateGrouper.Picture copy = new NearDuplicateGrouper.Picture(2, 95,
                new Hash256[] {turned, null, null, null, null, null, null, null});
        List<NearDuplicateGrouper.Group> groups = new NearDuplicateGrouper(31).group(List.of(original, copy));
        assertThat(groups).hasSize(1);
        // the copy has the better quality, so it represents; the original is measured from it
        assertThat(groups.get(0).representativeId()).isEqualTo(2);
        assertThat(groups.get(0).members()).extracting(NearDuplicateGrouper.Member::itemId).containsExactly(2L, 1L);
        // measured with the original's own variants: the original is the copy turned back a quarter
        assertThat(groups.get(0).members().get(1)).isEqualTo(new NearDuplicateGrouper.Member(1, 6, "rotate_270"));
        assertThat(turned.distance(dihedral[0])).isGreaterThan(31);
    }
}
