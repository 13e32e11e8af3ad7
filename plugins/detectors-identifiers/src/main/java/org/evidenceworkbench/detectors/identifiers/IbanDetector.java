package org.evidenceworkbench.detectors.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * IBANs, compact or printed in groups of four: a country with an IBAN, exactly that country's
 * length, check digits 02–98 and the MOD 97-10 remainder 1. Entity: compact, upper-case.
 */
public final class IbanDetector extends TextDetector {

    static final String TYPE = "iban";

    static final Pattern START = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}");
    private static final Pattern PRINTED_IBAN_SO_FAR = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: [A-Z0-9]{4})* $");

    public IbanDetector() {
        super("identifiers.iban", "IBANs with the right length for their country and a valid MOD 97 check.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(START, IbanDetector::nextStart, text);
        int from = 0;
        while (m.find(from)) {
            from = m.end();
            int length = IbanCountries.lengthFor(m.group().substring(0, 2).toUpperCase(Locale.ROOT));
            if (length == 0) {
                continue;
            }
            int end = compactEnd(text, m.start(), length);
            if (end < 0) {
                end = printedEnd(text, m.start(), length);
            }
            if (end < 0) {
                continue;
            }
            String written = text.substring(m.start(), end);
            if (!Chars.singleCase(written)) {
                continue;
            }
            String iban = written.replace(" ", "").toUpperCase(Locale.ROOT);
            int check = Integer.parseInt(iban.substring(2, 4));
            if (check < 2 || check > 98 || !Mod97.isValidIban(iban)) {
                continue;
            }
            out.report(TYPE, m.start(), end, "IBAN " + printed(iban),
                    "IBAN for " + iban.substring(0, 2) + ": " + length + " characters, MOD 97 check passes: '"
                            + written + "'",
                    0.95, Severity.LOW, new Finding.Entity(TYPE, iban));
            from = end;
        }
    }

    /** An IBAN starts with two letters and two digits, not straight after a letter or digit. */
    static int nextStart(String text, int from) {
        for (int i = from; i < text.length() - 3; i++) {
            if (Chars.isAsciiLetter(text.charAt(i)) && Chars.isAsciiLetter(text.charAt(i + 1))
                    && Chars.isAsciiDigit(text.charAt(i + 2)) && Chars.isAsciiDigit(text.charAt(i + 3))
                    && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    /** The end of {@code length} letters and digits from {@code start} followed by a non-alphanumeric, or -1. */
    private static int compactEnd(String text, int start, int length) {
        int end = start + length;
        if (end > text.length() || (end < text.length() && Chars.isAsciiAlnum(text.charAt(end)))) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            if (!Chars.isAsciiAlnum(text.charAt(i))) {
                return -1;
            }
        }
        return end;
    }

    /** The end of {@code length} characters in groups of four separated by single spaces, or -1. */
    private static int printedEnd(String text, int start, int length) {
        int i = start;
        int taken = 0;
        while (taken < length) {
            if (taken > 0 && taken % 4 == 0) {
                if (i >= text.length() || text.charAt(i) != ' ') {
                    return -1;
                }
                i++;
            }
            if (i >= text.length() || !Chars.isAsciiAlnum(text.charAt(i))) {
                return -1;
            }
            i++;
            taken++;
        }
        return i < text.length() && Chars.isAsciiAlnum(text.charAt(i)) ? -1 : i;
    }

    /**
     * True when the text just before {@code start} is the start of a printed IBAN ("GB82 WEST "),
     * so what starts there is one of its groups: other detectors use this not to see a card
     * number or a registration mark in an IBAN's tail.
     */
    static boolean continuesPrintedIban(String text, int start) {
        return PRINTED_IBAN_SO_FAR.matcher(text.substring(Math.max(0, start - 40), start)).find();
    }

    static String printed(String iban) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(iban, i, Math.min(iban.length(), i + 4));
        }
        return sb.toString();
    }
}
