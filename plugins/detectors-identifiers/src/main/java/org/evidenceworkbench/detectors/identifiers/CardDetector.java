package org.evidenceworkbench.detectors.identifiers;

import java.util.List;
import java.util.Optional;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * Payment card numbers (PANs): 13–19 digits, plain or grouped as printed (4-4-4-4, Amex
 * 4-6-5...), that pass the Luhn check and fall in an issuer's range with a length that issuer
 * uses. A number that is only part of a longer number, grouped or not, is not a card. Labels and
 * explanations show at most the first six and last four digits; the entity holds the digits.
 */
public final class CardDetector extends TextDetector {

    static final String TYPE = "card";
    private static final int MIN_DIGITS = 13;
    private static final int MAX_DIGITS = 19;

    public CardDetector() {
        super("identifiers.card", "Payment card numbers passing the Luhn check in a known issuer range (masked).");
    }

    @Override
    void scan(String text, TextReporter out) {
        // A run with fewer digits holds no card number, grouped or among others.
        for (DigitRuns.Run run : DigitRuns.in(text, MIN_DIGITS)) {
            if (!standsAlone(text, run.start(), run.end())) {
                continue;
            }
            if (isPrintedGrouping(run)) {
                check(run.digits(), run.start(), run.end(), run.groups().size() > 1, out);
            } else {
                // "Ref 12 4111111111111111": an ungrouped number among others, set off by spaces
                for (int i = 0; i < run.groups().size(); i++) {
                    DigitRuns.Group g = run.groups().get(i);
                    boolean spaceBefore = i == 0 || run.separators().charAt(i - 1) == ' ';
                    boolean spaceAfter = i == run.groups().size() - 1 || run.separators().charAt(i) == ' ';
                    if (spaceBefore && spaceAfter) {
                        check(g.digits(), g.start(), g.end(), false, out);
                    }
                }
            }
        }
    }

    private static void check(String digits, int start, int end, boolean grouped, TextReporter out) {
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || !Luhn.isValid(digits)) {
            return;
        }
        Optional<CardIssuer> issuer = CardIssuer.of(digits);
        if (issuer.isEmpty()) {
            return;
        }
        String masked = CardMask.mask(digits);
        String name = issuer.get().displayName();
        String why = name + " card number: " + digits.length() + " digits in the " + name + " range (starts "
                + issuer.get().rangeOf(digits) + "), passes the Luhn check: " + masked;
        out.report(TYPE, start, end, name + " " + masked, why, grouped ? 0.9 : 0.85, Severity.MEDIUM,
                new Finding.Entity(TYPE, digits));
    }

    /** All one separator, in the groupings cards are printed with: fours (last shorter), 4-6-5, 4-6-4, 4-4-5. */
    static boolean isPrintedGrouping(DigitRuns.Run run) {
        List<DigitRuns.Group> groups = run.groups();
        if (groups.size() == 1) {
            return true;
        }
        String seps = run.separators();
        if (!seps.chars().allMatch(c -> c == seps.charAt(0))) {
            return false;
        }
        if (groups.size() == 3 && len(groups, 0) == 4 && (len(groups, 1) == 6 && len(groups, 2) >= 4
                || len(groups, 1) == 4 && len(groups, 2) == 5)) {
            return true; // 4-6-5 (Amex), 4-6-4 (Diners), 4-4-5 (13 digits)
        }
        for (int i = 0; i < groups.size() - 1; i++) {
            if (len(groups, i) != 4) {
                return false;
            }
        }
        return len(groups, groups.size() - 1) <= 4;
    }

    private static int len(List<DigitRuns.Group> groups, int i) {
        return groups.get(i).digits().length();
    }

    /**
     * Not glued to letters; not after '+' (a phone number in international form); not the digits
     * of a printed IBAN; not next to a decimal point or comma with more digits (0.4111...).
     */
    private static boolean standsAlone(String text, int start, int end) {
        if (Chars.isWordCharAt(text, start - 1) || Chars.isWordCharAt(text, end)
                || (start > 0 && text.charAt(start - 1) == '+')) {
            return false;
        }
        if (IbanDetector.continuesPrintedIban(text, start)) {
            return false;
        }
        boolean decimalBefore = start >= 2 && (text.charAt(start - 1) == '.' || text.charAt(start - 1) == ',')
                && Chars.isAsciiDigit(text.charAt(start - 2));
        boolean decimalAfter = end + 1 < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ',')
                && Chars.isAsciiDigit(text.charAt(end + 1));
        return !decimalBefore && !decimalAfter;
    }
}
