package org.evidenceworkbench.detectors.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * UK postcodes in the official format (A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA, AA9A 9AA,
 * and GIR 0AA), with the letter rules per position, an area that exists, and inward letters that
 * are never C, I, K, M, O or V. All upper-case or all lower-case; normalised to "SW1A 1AA".
 */
public final class PostcodeDetector extends TextDetector {

    static final String TYPE = "postcode";

    static final Pattern POSTCODE = Pattern.compile(
            "(?<![A-Za-z0-9])((?i:GIR)|[A-Za-z]{1,2}\\d[A-Za-z\\d]?) ?(\\d[A-Za-z]{2})(?![A-Za-z0-9])");
    private static final String NEVER_FIRST = "QVX";
    private static final String NEVER_SECOND = "IJZ";
    private static final String THIRD_IN_A9A = "ABCDEFGHJKPSTUW";
    private static final String FOURTH_IN_AA9A = "ABEHMNPRVWXY";
    private static final String NEVER_INWARD = "CIKMOV";

    public PostcodeDetector() {
        super("identifiers.postcode", "UK postcodes in the official format with a real postcode area.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(POSTCODE, PostcodeDetector::nextStart, text);
        while (m.find()) {
            if (!Chars.singleCase(m.group()) || IbanDetector.continuesPrintedIban(text, m.start())) {
                continue;
            }
            String outward = m.group(1).toUpperCase(Locale.ROOT);
            String inward = m.group(2).toUpperCase(Locale.ROOT);
            String rule = outward.equals("GIR") && inward.equals("0AA") ? "the special postcode GIR 0AA"
                    : validOutward(outward) && validInward(inward) ? "outward code " + outward + " in area "
                    + area(outward) : null;
            if (rule == null) {
                continue;
            }
            String postcode = outward + " " + inward;
            boolean spaced = m.group().indexOf(' ') > 0;
            out.report(TYPE, m.start(), m.end(), "Postcode " + postcode,
                    "UK postcode, " + rule + ", inward code " + inward + ": '" + m.group() + "'",
                    spaced ? 0.85 : 0.7, Severity.INFO, new Finding.Entity(TYPE, postcode));
        }
    }

    /**
     * A postcode starts with a letter then a digit, two letters then a digit, or GIR (any case),
     * not straight after a letter or digit.
     */
    static int nextStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (Chars.isAsciiLetter(first) && (Chars.isAsciiDigit(second)
                    || Chars.isAsciiLetter(second) && (Chars.isAsciiDigit(Chars.at(text, i + 2)) || isGir(text, i)))
                    && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isGir(String text, int i) {
        return (text.charAt(i) | 0x20) == 'g' && (text.charAt(i + 1) | 0x20) == 'i'
                && (Chars.at(text, i + 2) | 0x20) == 'r';
    }

    static boolean validOutward(String outward) {
        String area = area(outward);
        String district = outward.substring(area.length());
        if (!PostcodeAreas.isArea(area) || NEVER_FIRST.indexOf(area.charAt(0)) >= 0
                || (area.length() == 2 && NEVER_SECOND.indexOf(area.charAt(1)) >= 0)) {
            return false;
        }
        if (district.length() == 2 && Character.isLetter(district.charAt(1))) {
            String allowed = area.length() == 1 ? THIRD_IN_A9A : FOURTH_IN_AA9A;
            return allowed.indexOf(district.charAt(1)) >= 0;
        }
        return true;
    }

    static boolean validInward(String inward) {
        return NEVER_INWARD.indexOf(inward.charAt(1)) < 0 && NEVER_INWARD.indexOf(inward.charAt(2)) < 0;
    }

    private static String area(String outward) {
        return Character.isLetter(outward.charAt(1)) ? outward.substring(0, 2) : outward.substring(0, 1);
    }
}
