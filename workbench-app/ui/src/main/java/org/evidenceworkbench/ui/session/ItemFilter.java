package org.evidenceworkbench.ui.session;

import java.util.BitSet;
import java.util.Objects;

/**
 * A set of items another view chose (a time range on the timeline, points on the map), with the
 * words that say what was chosen, shown above the results ("Taken 12/03/2024 14:00–15:00").
 */
public record ItemFilter(String label, BitSet itemIds) {

    public ItemFilter {
        Objects.requireNonNull(label);
        itemIds = (BitSet) itemIds.clone();
    }

    public boolean contains(long itemId) {
        return itemId >= 0 && itemId <= Integer.MAX_VALUE && itemIds.get((int) itemId);
    }

    @Override
    public BitSet itemIds() {
        return (BitSet) itemIds.clone();
    }
}
