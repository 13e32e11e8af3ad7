package org.evidenceworkbench.detectors.identifiers;

/** Character tests shared by the scanners, on ASCII only where the identifiers are ASCII. */
final class Chars {

    private Chars() {
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isAsciiHexDigit(char c) {
        return isAsciiDigit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    /** A character of Bitcoin's Base58 alphabet: letters and digits but 0, O, I and l. */
    static boolean isBase58(char c) {
        return isAsciiAlnum(c) && c != '0' && c != 'O' && c != 'I' && c != 'l';
    }

    /**
     * The character at {@code index}, or {@code '\0'} (which no test here accepts) when the index
     * is outside the text: lets the start tests of the scanners look ahead without bounds checks.
     */
    static char at(CharSequence text, int index) {
        return index >= 0 && index < text.length() ? text.charAt(index) : '\0';
    }

    /** True when {@code text} has an ASCII letter or digit at {@code index}. */
    static boolean isAsciiAlnumAt(CharSequence text, int index) {
        return isAsciiAlnum(at(text, index));
    }

    static boolean isAsciiAlnum(char c) {
        return isAsciiDigit(c) || isAsciiLetter(c);
    }

    /** True when {@code text} has a letter or digit (any script) at {@code index}. */
    static boolean isWordCharAt(CharSequence text, int index) {
        return index >= 0 && index < text.length() && Character.isLetterOrDigit(text.charAt(index));
    }

    /** True when all letters in {@code s} are upper-case, or all are lower-case. */
    static boolean singleCase(CharSequence s) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return !(upper && lower);
    }

    /**
     * The word just before {@code offset}, lower-case, skipping spaces and a colon between
     * ("Version: 1.2.3.4" gives "version"); empty when there is none.
     */
    static String wordBefore(CharSequence text, int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == ':')) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return text.subSequence(i + 1, end).toString().toLowerCase(java.util.Locale.ROOT);
    }
}
