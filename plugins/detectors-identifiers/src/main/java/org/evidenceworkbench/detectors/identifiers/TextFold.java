package org.evidenceworkbench.detectors.identifiers;

/**
 * Case- and space-folding that keeps every character at its offset (one char in, one char out),
 * so a match in the folded text is at the same place in the original.
 */
final class TextFold {

    // ASCII, most of any text, folded once here: the Character lookups cost more than the search.
    private static final char[] ASCII = new char[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = foldAnyChar(c);
        }
    }

    private TextFold() {
    }

    static char fold(char c) {
        return c < ASCII.length ? ASCII[c] : foldAnyChar(c);
    }

    private static char foldAnyChar(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    static String fold(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }
}
