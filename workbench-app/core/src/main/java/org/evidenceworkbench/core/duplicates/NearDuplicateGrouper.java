package org.evidenceworkbench.core.duplicates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups pictures whose perceptual hashes lie within a distance of one another, counting a
 * rotated or mirrored copy as near when one of the eight dihedral hashes of one picture is near
 * the other's hash. Groups are the connected pieces of that "is near" relation (single linkage),
 * so a chain of small edits stays in one group; each member's distance is given from the group's
 * representative, the picture of highest hash quality (then lowest id), so a long chain shows.
 */
final class NearDuplicateGrouper {

    /** One picture's hashes: index 0 as it stands, then the seven other dihedral variants if known. */
    record Picture(long itemId, int quality, Hash256[] dihedral) {
        Hash256 original() {
            return dihedral[0];
        }
    }

    /** A member, how far from the representative, and as which variant of it (e.g. {@code rotate_90}). */
    record Member(long itemId, int distance, String transform) {
    }

    record Group(long representativeId, List<Member> members) {
    }

    /** Names of the dihedral variants in the order PDQ findings list them. */
    static final List<String> TRANSFORMS = List.of("original", "rotate_90", "rotate_180", "rotate_270", "flip_x",
            "flip_y", "transpose", "anti_transpose");

    private final int maxDistance;

    NearDuplicateGrouper(int maxDistance) {
        this.maxDistance = maxDistance;
    }

    /** The groups of two or more, biggest first. */
    List<Group> group(List<Picture> pictures) {
        Hash256[] originals = new Hash256[pictures.size()];
        for (int i = 0; i < originals.length; i++) {
            originals[i] = pictures.get(i).original();
        }
        MultiIndexHash index = new MultiIndexHash(originals);
        int[] parent = new int[originals.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        // every known variant of every picture is a query against the pictures as they stand
        List<Hash256> queries = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < originals.length; i++) {
            for (Hash256 variant : pictures.get(i).dihedral()) {
                if (variant != null) {
                    queries.add(variant);
                    owners.add(i);
                }
            }
        }
        int[] owner = owners.stream().mapToInt(Integer::intValue).toArray();
        index.searchAll(queries.toArray(Hash256[]::new), maxDistance, (q, to) -> {
            if (owner[q] != to) {
                synchronized (parent) {
                    union(parent, owner[q], to);
                }
            }
        });
        Map<Integer, List<Integer>> components = new HashMap<>();
        for (int i = 0; i < parent.length; i++) {
            components.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : components.values()) {
            if (members.size() > 1) {
                groups.add(describe(pictures, members));
            }
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.members().size()).thenComparingLong(Group::representativeId));
        return groups;
    }

    private static Group describe(List<Picture> pictures, List<Integer> members) {
        Picture rep = pictures.get(members.get(0));
        for (int m : members) {
            Picture p = pictures.get(m);
            if (p.quality() > rep.quality() || (p.quality() == rep.quality() && p.itemId() < rep.itemId())) {
                rep = p;
            }
        }
        List<Member> out = new ArrayList<>(members.size());
        for (int m : members) {
            Picture p = pictures.get(m);
            int best = Integer.MAX_VALUE;
            String transform = TRANSFORMS.get(0);
            for (int d = 0; d < TRANSFORMS.size(); d++) {
                Hash256 variant = rep.dihedral()[d];
                if (variant != null && variant.distance(p.original()) < best) {
                    best = variant.distance(p.original());
                    transform = TRANSFORMS.get(d);
                }
                // or the other way round, where only the member knows its variants
                Hash256 own = p.dihedral()[d];
                if (own != null && own.distance(rep.original()) < best) {
                    best = own.distance(rep.original());
                    transform = TRANSFORMS.get(inverse(d));
                }
            }
            out.add(new Member(p.itemId(), best, transform));
        }
        out.sort(Comparator.comparingInt(Member::distance).thenComparingLong(Member::itemId));
        return new Group(rep.itemId(), List.copyOf(out));
    }

    /** The variant that undoes variant {@code d}: quarter turns swap, the rest undo themselves. */
    private static int inverse(int d) {
        return d == 1 ? 3 : d == 3 ? 1 : d;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
