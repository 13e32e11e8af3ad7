package org.evidenceworkbench.detector;

import java.util.Objects;
import java.util.Set;

/**
 * A detector's identity and appetite.
 *
 * @param id          a stable, lower-case id such as {@code identifiers.phone}; unique among installed detectors
 * @param version     the detector's own version; bump it whenever its results can change
 * @param description one sentence for people: what it finds
 * @param categories  the item categories it wants to see; empty means every item
 * @param cost        how much work it does per item: the host runs {@link DetectorCost#HEAVY} detectors
 *                    once the items are searchable, so triage is not kept waiting for them
 */
public record DetectorInfo(String id, String version, String description, Set<ItemCategory> categories,
                           DetectorCost cost) {

    /** A {@link DetectorCost#LIGHT} detector, the usual kind. */
    public DetectorInfo(String id, String version, String description, Set<ItemCategory> categories) {
        this(id, version, description, categories, DetectorCost.LIGHT);
    }

    public DetectorInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new IllegalArgumentException("a detector id is lower-case letters, digits, '.', '_' or '-': " + id);
        }
        description = description == null ? "" : description;
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        cost = cost == null ? DetectorCost.LIGHT : cost;
    }

    public boolean wants(ItemCategory category) {
        return categories.isEmpty() || categories.contains(category);
    }
}
