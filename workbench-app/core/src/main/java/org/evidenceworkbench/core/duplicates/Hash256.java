package org.evidenceworkbench.core.duplicates;

/**
 * A 256-bit perceptual hash (PDQ) as four 64-bit words, word 0 holding the last 16 hex digits, as
 * PDQ writes its hashes: the first hex digit is the highest bit.
 */
record Hash256(long w0, long w1, long w2, long w3) {

    static Hash256 fromHex(String hex) {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("a 256-bit hash is 64 hex digits: " + hex);
        }
        return new Hash256(Long.parseUnsignedLong(hex.substring(48, 64), 16),
                Long.parseUnsignedLong(hex.substring(32, 48), 16),
                Long.parseUnsignedLong(hex.substring(16, 32), 16),
                Long.parseUnsignedLong(hex.substring(0, 16), 16));
    }

    /** The number of bits that differ. */
    int distance(Hash256 o) {
        return Long.bitCount(w0 ^ o.w0) + Long.bitCount(w1 ^ o.w1) + Long.bitCount(w2 ^ o.w2)
                + Long.bitCount(w3 ^ o.w3);
    }

    /** The 16 bits of chunk {@code k} (0 to 15). */
    int chunk(int k) {
        long word = switch (k >>> 2) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            default -> w3;
        };
        return (int) (word >>> ((k & 3) * 16)) & 0xFFFF;
    }
}
