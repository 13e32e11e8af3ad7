package org.evidenceworkbench.detectors.media;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The reference sets loaded once for all detector instances, and loaded again when a set has
 * been imported or removed since (each detector instance asks once, when it sees its first picture).
 */
final class LoadedSets {

    private static String generation;
    private static PdqSets sets;

    private LoadedSets() {
    }

    static synchronized PdqSets current() {
        PdqSetStore store = PdqSetStore.atDefaultLocation();
        try {
            String now = store.generation();
            if (sets == null || !now.equals(generation)) {
                sets = store.open();
                generation = now;
            }
            return sets;
        } catch (IOException e) {
            throw new UncheckedIOException("the PDQ reference sets in " + store.root() + " cannot be read", e);
        }
    }
}
