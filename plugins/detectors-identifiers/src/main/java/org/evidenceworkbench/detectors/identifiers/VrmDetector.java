package org.evidenceworkbench.detectors.identifiers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * UK vehicle registration marks, upper-case. The current format (AB12 CDE, since September 2001)
 * is checked strictly: a real region letter, a memory tag without I, Q or Z, an age identifier
 * already issued (02–50 March, 51–99 September) and random letters without I or Q. The older
 * prefix (A123 BCD) and suffix (ABC 123D) formats are reported with lower confidence, and dateless
 * marks (ABC 123) only straight after a word such as "reg" or "registration", because short
 * letter-number pairs (M25, BA 2490) are everywhere. Normalised without spaces.
 */
public final class VrmDetector extends TextDetector {

    static final String TYPE = "vrm";

    static final Pattern CURRENT = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{2})(\\d{2}) ?([A-Z]{3})(?![A-Za-z0-9])");
    static final Pattern PREFIX = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z])([1-9]\\d{0,2}) ?([A-Z]{3})(?![A-Za-z0-9])");
    static final Pattern SUFFIX = Pattern.compile(
            "(?<![A-Za-z0-9])([A-Z]{3}) ?([1-9]\\d{0,2}) ?([A-Z])(?![A-Za-z0-9])");
    static final Pattern DATELESS = Pattern.compile(
            "(?<![A-Za-z0-9])(?:[A-Z]{1,3} ?[1-9]\\d{0,3}|[1-9]\\d{0,3} ?[A-Z]{1,3})(?![A-Za-z0-9])");

    private static final String REGION_LETTERS = "ABCDEFGHKLMNOPRSVWY";
    private static final String NEVER_IN_MEMORY_TAG = "IQZ";
    private static final String NEVER_IN_RANDOM = "IQ";
    private static final String YEAR_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"; // no I, O, Q, U, Z
    private static final String NEVER_IN_SERIAL = "IQZ";
    private static final int CONTEXT_WINDOW = 40;
    /** A dateless mark counts only straight after one of these ("reg ABC 123"). */
    private static final Set<String> DATELESS_AFTER = Set.of(
            "reg", "registration", "vrm", "vrn", "plate", "plates", "numberplate", "index");
    private static final Set<String> CONTEXT_WORDS = Set.of(
            "reg", "registration", "registered", "vrm", "vrn", "plate", "plates", "numberplate", "vehicle",
            "car", "van", "lorry", "motorbike", "motorcycle", "index", "anpr", "dvla");

    private final Clock clock;

    public VrmDetector() {
        this(Clock.systemDefaultZone());
    }

    /** With a clock, so that "not yet issued" age identifiers can be tested on a fixed date. */
    VrmDetector(Clock clock) {
        super("identifiers.vrm",
                "UK vehicle registration marks: current format strictly, older formats with less confidence.");
        this.clock = clock;
    }

    @Override
    void scan(String text, TextReporter out) {
        List<int[]> taken = new ArrayList<>();
        GatedMatcher m = new GatedMatcher(CURRENT, VrmDetector::nextCurrentStart, text);
        while (m.find()) {
            String ageRule = currentFormatRule(m.group(1), m.group(2), m.group(3));
            if (ageRule != null) {
                boolean context = hasContext(text, m.start());
                report(out, text, m, "current-format (2001 on) registration: " + ageRule, context ? 0.95 : 0.8,
                        context, taken);
            }
        }
        m = new GatedMatcher(PREFIX, VrmDetector::nextPrefixStart, text);
        while (m.find()) {
            if (YEAR_LETTERS.indexOf(m.group(1).charAt(0)) >= 0 && noneOf(m.group(3), NEVER_IN_SERIAL)) {
                boolean context = hasContext(text, m.start());
                report(out, text, m, "prefix-format (1983–2001) registration, year letter " + m.group(1),
                        context ? 0.7 : 0.5, context, taken);
            }
        }
        m = new GatedMatcher(SUFFIX, VrmDetector::nextSuffixStart, text);
        while (m.find()) {
            if (YEAR_LETTERS.indexOf(m.group(3).charAt(0)) >= 0 && noneOf(m.group(1), NEVER_IN_SERIAL)) {
                boolean context = hasContext(text, m.start());
                report(out, text, m, "suffix-format (1963–1983) registration, year letter " + m.group(3),
                        context ? 0.7 : 0.5, context, taken);
            }
        }
        m = new GatedMatcher(DATELESS, VrmDetector::nextDatelessStart, text);
        while (m.find()) {
            if (DATELESS_AFTER.contains(Chars.wordBefore(text, m.start())) && m.group().indexOf('Q') < 0) {
                report(out, text, m, "dateless registration", 0.4, true, taken);
            }
        }
    }

    /** Why a current-format mark is valid, or null if it is not. */
    private String currentFormatRule(String memoryTag, String age, String random) {
        if (REGION_LETTERS.indexOf(memoryTag.charAt(0)) < 0 || NEVER_IN_MEMORY_TAG.indexOf(memoryTag.charAt(1)) >= 0
                || !noneOf(random, NEVER_IN_RANDOM)) {
            return null;
        }
        int n = Integer.parseInt(age);
        if (n < 2) {
            return null; // 01 was never issued; 00 would be March 2050
        }
        LocalDate issued = n <= 50 ? LocalDate.of(2000 + n, 3, 1) : LocalDate.of(1950 + n, 9, 1);
        if (issued.isAfter(LocalDate.now(clock))) {
            return null;
        }
        return "memory tag " + memoryTag + ", age identifier " + age + " ("
                + issued.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + issued.getYear() + ")";
    }

    // Where each format can start: its first characters, not straight after a letter or digit.

    /** AB12 CDE: two capitals and two digits. */
    static int nextCurrentStart(String text, int from) {
        for (int i = from; i < text.length() - 3; i++) {
            if (Chars.isAsciiUpper(text.charAt(i)) && Chars.isAsciiUpper(text.charAt(i + 1))
                    && Chars.isAsciiDigit(text.charAt(i + 2)) && Chars.isAsciiDigit(text.charAt(i + 3))
                    && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    /** A123 BCD: a capital and a digit 1–9. */
    static int nextPrefixStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            if (Chars.isAsciiUpper(text.charAt(i)) && isDigit1To9(text.charAt(i + 1))
                    && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    /** ABC 123D: three capitals, then a space or a digit 1–9. */
    static int nextSuffixStart(String text, int from) {
        for (int i = from; i < text.length() - 3; i++) {
            if (Chars.isAsciiUpper(text.charAt(i)) && Chars.isAsciiUpper(text.charAt(i + 1))
                    && Chars.isAsciiUpper(text.charAt(i + 2))
                    && (text.charAt(i + 3) == ' ' || isDigit1To9(text.charAt(i + 3)))
                    && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * ABC 123 or 123 ABC: one to three capitals (all there are) then a digit 1–9, or one to four
     * digits from 1–9 (all there are) then a capital; a space may come between.
     */
    static int nextDatelessStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((Chars.isAsciiUpper(c) && isDigit1To9(afterRun(text, i, 3, true))
                    || isDigit1To9(c) && Chars.isAsciiUpper(afterRun(text, i, 4, false)))
                    && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The character after the run of capitals (or digits) from {@code i}, cut at {@code max}, and
     * after one space if there is one.
     */
    private static char afterRun(String text, int i, int max, boolean capitals) {
        int j = i + 1;
        while (j < i + max && (capitals ? Chars.isAsciiUpper(Chars.at(text, j))
                : Chars.isAsciiDigit(Chars.at(text, j)))) {
            j++;
        }
        return Chars.at(text, j) == ' ' ? Chars.at(text, j + 1) : Chars.at(text, j);
    }

    private static boolean isDigit1To9(char c) {
        return c >= '1' && c <= '9';
    }

    private static void report(TextReporter out, String text, MatchResult m, String rule, double confidence,
                               boolean context, List<int[]> taken) {
        if (IbanDetector.continuesPrintedIban(text, m.start())) {
            return; // the tail of a printed IBAN: "... 97Y4 VG05 FJU"
        }
        for (int[] span : taken) {
            if (m.start() < span[1] && span[0] < m.end()) {
                return; // already reported in a stricter format
            }
        }
        taken.add(new int[] {m.start(), m.end()});
        String mark = m.group().replace(" ", "");
        out.report(TYPE, m.start(), m.end(), "VRM " + m.group(),
                "UK " + rule + (context ? ", next to a word about vehicles" : "") + ": '" + m.group() + "'",
                confidence, Severity.INFO, new Finding.Entity(TYPE, mark));
    }

    private static boolean hasContext(String text, int start) {
        String before = text.substring(Math.max(0, start - CONTEXT_WINDOW), start).toLowerCase(Locale.ROOT);
        for (String word : before.split("[^a-z]+")) {
            if (CONTEXT_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noneOf(String letters, String forbidden) {
        for (int i = 0; i < letters.length(); i++) {
            if (forbidden.indexOf(letters.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
