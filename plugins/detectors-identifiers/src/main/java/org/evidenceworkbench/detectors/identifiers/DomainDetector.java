package org.evidenceworkbench.detectors.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * Host names: the host of every URL, and names written bare ("see example.co.uk") when they end
 * in a top-level domain from a curated list (so {@code report.docx} or {@code setup.py} do not
 * count). The domain of an e-mail address is left to the e-mail detector. Lower-cased.
 */
public final class DomainDetector extends TextDetector {

    static final String TYPE = "domain";

    static final Pattern HOST = Pattern.compile(
            "(?<![A-Za-z0-9@._%+\\-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,126}([A-Za-z]{2,24}))"
                    + "(?![A-Za-z0-9@\\-]|\\.[A-Za-z0-9])");

    public DomainDetector() {
        super("identifiers.domain", "Host names in URLs, and bare domain names with a common top-level domain.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(HOST, DomainDetector::nextStart, text);
        while (m.find()) {
            String host = m.group(1).toLowerCase(Locale.ROOT);
            String tldAsWritten = m.group(2);
            String tld = tldAsWritten.toLowerCase(Locale.ROOT);
            boolean inUrl = m.start() >= 3 && text.startsWith("://", m.start() - 3);
            if (!HostName.isDomain(host) || TopLevelDomains.isFileExtension(tld)) {
                continue;
            }
            if (!inUrl && (!TopLevelDomains.isKnown(tld) || isSentenceJoin(tldAsWritten))) {
                continue;
            }
            String why = inUrl ? "host of a URL"
                    : "host name ending in the " + (TopLevelDomains.isGeneric(tld) ? "generic" : "country")
                    + " top-level domain ." + tld;
            double confidence = inUrl ? 0.9 : TopLevelDomains.isGeneric(tld) ? 0.8 : 0.7;
            out.report(TYPE, m.start(), m.end(), "Domain " + host, why + ": '" + m.group(1) + "'", confidence,
                    Severity.INFO, new Finding.Entity(TYPE, host));
        }
    }

    /**
     * A match is a run of letters, digits, dots and hyphens holding a dot followed by a letter, and
     * can only start where such a run starts (the lookbehind fails inside it); so only dots are
     * looked for, and each run is walked over once.
     */
    static int nextStart(String text, int from) {
        int dot = text.indexOf('.', from);
        while (dot >= 0) {
            if (!Chars.isAsciiLetter(Chars.at(text, dot + 1))) {
                dot = text.indexOf('.', dot + 1);
                continue;
            }
            int start = dot;
            while (start > from && isHostChar(text.charAt(start - 1))) {
                start--;
            }
            if (start == 0 || !isHostChar(text.charAt(start - 1))) {
                return start;
            }
            // The run began before 'from': no match can start in it; go on after it.
            int end = dot + 1;
            while (end < text.length() && isHostChar(text.charAt(end))) {
                end++;
            }
            dot = text.indexOf('.', end);
        }
        return -1;
    }

    private static boolean isHostChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '-';
    }

    // "the end.It was" is two sentences without a space, not the Italian domain "end.it".
    private static boolean isSentenceJoin(String tld) {
        return Character.isUpperCase(tld.charAt(0)) && Character.isLowerCase(tld.charAt(tld.length() - 1));
    }
}
