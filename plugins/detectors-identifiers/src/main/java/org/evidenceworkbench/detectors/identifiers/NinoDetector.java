package org.evidenceworkbench.detectors.identifiers;

import java.util.Set;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * UK National Insurance numbers: two prefix letters, six digits and a suffix A–D, compact or
 * spaced ("AB 12 34 56 C"), upper-case. The prefix must be one HMRC can allocate: first letter
 * not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V; and not BG, GB, KN, NK, NT, TN or ZZ.
 */
public final class NinoDetector extends TextDetector {

    static final String TYPE = "nino";

    static final Pattern NINO = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{2}) ?(\\d{2}) ?(\\d{2}) ?(\\d{2}) ?([A-D])(?![A-Za-z0-9])");
    private static final String NEVER_FIRST = "DFIQUV";
    private static final String NEVER_SECOND = "DFIOQUV";
    private static final Set<String> NOT_ALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    public NinoDetector() {
        super("identifiers.nino", "UK National Insurance numbers with an allocatable prefix.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(NINO, NinoDetector::nextStart, text);
        while (m.find()) {
            String prefix = m.group(1);
            if (!isAllocatable(prefix)) {
                continue;
            }
            String digits = m.group(2) + m.group(3) + m.group(4);
            String nino = prefix + digits + m.group(5);
            String printed = prefix + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5);
            out.report(TYPE, m.start(), m.end(), "NINO " + printed,
                    "UK National Insurance number: allocatable prefix " + prefix + ", six digits, suffix "
                            + m.group(5) + ": '" + m.group() + "'",
                    0.85, Severity.LOW, new Finding.Entity(TYPE, nino));
        }
    }

    /** A NINO starts with two capitals and a digit (or a space and a digit), not straight after a letter or digit. */
    static int nextStart(String text, int from) {
        for (int i = from; i < text.length() - 2; i++) {
            if (Chars.isAsciiUpper(text.charAt(i)) && Chars.isAsciiUpper(text.charAt(i + 1))
                    && (Chars.isAsciiDigit(text.charAt(i + 2))
                    || text.charAt(i + 2) == ' ' && Chars.isAsciiDigit(Chars.at(text, i + 3)))
                    && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isAllocatable(String prefix) {
        return NEVER_FIRST.indexOf(prefix.charAt(0)) < 0 && NEVER_SECOND.indexOf(prefix.charAt(1)) < 0
                && !NOT_ALLOCATED.contains(prefix);
    }
}
