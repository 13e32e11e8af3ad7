package org.evidenceworkbench.core.extract;

/**
 * Whether a JPEG's markers are in order, read from its bytes without decoding: segments of the
 * lengths they declare, compressed data in which a 0xFF byte is only ever stuffed (0xFF 0x00), a
 * fill byte or a restart marker in sequence, and an end marker. Damage inside the compressed data
 * (a sector overwritten, a block lost) almost always breaks one of these rules, and libjpeg then only
 * warns and goes on; OpenCV, which decodes the workbench's JPEGs, does not pass such warnings on.
 * So a JPEG this finds out of order is decoded by ImageIO instead, which reports the damage. A
 * few damaged bytes that break no rule (noise of a few hundred bytes may hold no 0xFF) are not
 * seen here; they show in the picture only.
 */
final class JpegStructure {

    private static final int MARKER = 0xFF;
    private static final int STUFFED = 0x00;
    private static final int START_OF_IMAGE = 0xD8;
    private static final int END_OF_IMAGE = 0xD9;
    private static final int START_OF_SCAN = 0xDA;
    private static final int FIRST_RESTART = 0xD0;
    private static final int LAST_RESTART = 0xD7;
    /** TEM, a marker without a length, used by arithmetic coders. */
    private static final int TEMPORARY = 0x01;
    /** Markers 0x02 to 0xBF are reserved: none appears in a whole JPEG. */
    private static final int LAST_RESERVED = 0xBF;

    private JpegStructure() {
    }

    /**
     * What is out of order in the JPEG in {@code jpeg}, in a few words, or null when its markers are
     * in order up to its end marker (what follows that marker, as some cameras append, is not read).
     */
    static String damage(byte[] jpeg) {
        int n = jpeg.length;
        if (n < 4 || (jpeg[0] & 0xFF) != MARKER || (jpeg[1] & 0xFF) != START_OF_IMAGE) {
            return "no JPEG start marker";
        }
        int i = 2;
        while (true) {
            if (i >= n) {
                return "the data ends before the JPEG end marker";
            }
            if ((jpeg[i] & 0xFF) != MARKER) {
                return "stray data where a marker should be, at byte " + i;
            }
            while (i < n && (jpeg[i] & 0xFF) == MARKER) {
                i++; // fill bytes may come before any marker
            }
            if (i >= n) {
                return "the data ends before the JPEG end marker";
            }
            int marker = jpeg[i++] & 0xFF;
            if (marker == END_OF_IMAGE) {
                return null;
            }
            if (marker == TEMPORARY || (marker >= FIRST_RESTART && marker <= LAST_RESTART)) {
                continue; // markers without a length
            }
            if (marker == STUFFED || marker <= LAST_RESERVED) {
                return String.format("an invalid marker 0x%02X at byte %d", marker, i - 1);
            }
            if (i + 2 > n) {
                return "the data ends inside a segment header";
            }
            int length = ((jpeg[i] & 0xFF) << 8) | (jpeg[i + 1] & 0xFF);
            if (length < 2 || i + length > n) {
                return String.format("a segment 0x%02X longer than the file, at byte %d", marker, i - 2);
            }
            i += length;
            if (marker == START_OF_SCAN) {
                i = endOfCompressedData(jpeg, i);
                if (i < 0) {
                    return -i == n ? "the data ends inside the compressed picture"
                            : "restart markers out of order at byte " + (-i);
                }
            }
        }
    }

    /**
     * The offset of the marker that ends the compressed data starting at {@code from}; or minus the
     * offset of a restart marker out of sequence; or minus the length when the data runs to the end.
     */
    private static int endOfCompressedData(byte[] jpeg, int from) {
        int n = jpeg.length;
        int nextRestart = FIRST_RESTART;
        int i = from;
        while (i < n) {
            if ((jpeg[i] & 0xFF) != MARKER) {
                i++;
                continue;
            }
            if (i + 1 >= n) {
                return -n;
            }
            int next = jpeg[i + 1] & 0xFF;
            if (next == STUFFED) {
                i += 2;
            } else if (next == MARKER) {
                i++; // a fill byte
            } else if (next >= FIRST_RESTART && next <= LAST_RESTART) {
                if (next != nextRestart) {
                    return -i;
                }
                nextRestart = next == LAST_RESTART ? FIRST_RESTART : next + 1;
                i += 2;
            } else {
                return i;
            }
        }
        return -n;
    }
}
