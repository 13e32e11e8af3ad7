package org.evidenceworkbench.detectors.identifiers;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into runs of digit groups joined by single spaces or hyphens ("4111 1111 1111
 * 1111", "12-34-56"), each run as long as it goes, so a number can be judged whole and a card
 * number is never cut out of a longer number.
 */
final class DigitRuns {

    /** One maximal run: where it is, its digit groups and the separators between them. */
    record Run(int start, int end, List<Group> groups, String separators) {

        String digits() {
            StringBuilder sb = new StringBuilder();
            groups.forEach(g -> sb.append(g.digits()));
            return sb.toString();
        }
    }

    /** A group of consecutive digits. */
    record Group(int start, int end, String digits) {
    }

    private DigitRuns() {
    }

    /**
     * The runs with at least {@code minDigits} digits in all. The others are only measured, not
     * built: most numbers in a text (times, dates, amounts) are far too short for what the
     * caller looks for.
     *
     * <p>Scanned by hand: a regular expression with a repeated group recurses once per group and
     * overflows the stack on a long "1 1 1 1 ..." run.
     */
    static List<Run> in(String text, int minDigits) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Chars.isAsciiDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            if (digitCount(text, i, end) < minDigits) {
                i = end;
                continue;
            }
            List<Group> groups = new ArrayList<>();
            StringBuilder separators = new StringBuilder();
            int runStart = i;
            while (true) {
                int groupStart = i;
                while (i < n && Chars.isAsciiDigit(text.charAt(i))) {
                    i++;
                }
                groups.add(new Group(groupStart, i, text.substring(groupStart, i)));
                boolean joined = i + 1 < n && (text.charAt(i) == ' ' || text.charAt(i) == '-')
                        && Chars.isAsciiDigit(text.charAt(i + 1));
                if (!joined) {
                    break;
                }
                separators.append(text.charAt(i++));
            }
            runs.add(new Run(runStart, i, groups, separators.toString()));
        }
        return runs;
    }

    /** The end of the run starting at {@code start}: the same walk as {@link #in}, building nothing. */
    private static int runEnd(String text, int start) {
        int i = start;
        int n = text.length();
        while (true) {
            while (i < n && Chars.isAsciiDigit(text.charAt(i))) {
                i++;
            }
            boolean joined = i + 1 < n && (text.charAt(i) == ' ' || text.charAt(i) == '-')
                    && Chars.isAsciiDigit(text.charAt(i + 1));
            if (!joined) {
                return i;
            }
            i++;
        }
    }

    private static int digitCount(String text, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            digits += Chars.isAsciiDigit(text.charAt(i)) ? 1 : 0;
        }
        return digits;
    }
}
