package org.evidenceworkbench.detectors.identifiers;

import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * IPv6 addresses, full or "::"-compressed, optionally ending in a dotted quad or a zone
 * ("%eth0"). The shape is checked strictly before {@link java.net.InetAddress} reads it, so no
 * lookup ever happens. Times (12:30:45) and MAC addresses fail the shape. Normalised to the
 * RFC 5952 form (lower case, longest zero run compressed).
 */
public final class Ipv6Detector extends TextDetector {

    static final String TYPE = "ipv6";

    static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w:.])((?:[0-9A-Fa-f]{0,4}:){2,7}(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]{0,4}))"
                    + "(%[A-Za-z0-9_.\\-]{1,32})?(?![\\w:]|\\.\\w)");

    public Ipv6Detector() {
        super("identifiers.ipv6", "IPv6 addresses, normalised to the RFC 5952 text form.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(CANDIDATE, Ipv6Detector::nextStart, text);
        while (m.find()) {
            String literal = m.group(1);
            if (literal.equals("::") || significantGroups(literal) < 2 && !literal.equals("::1")) {
                continue; // "::" alone and "a::" are more often code than addresses
            }
            byte[] bytes = Ipv6Address.parse(literal);
            if (bytes == null) {
                continue;
            }
            String normalised = Ipv6Address.format(bytes);
            String kind = Ipv6Address.kind(bytes);
            out.report(TYPE, m.start(), m.end(), "IPv6 " + normalised,
                    "IPv6 address, " + kind + ": '" + m.group() + "'", literal.contains("::") ? 0.8 : 0.9,
                    Severity.INFO, new Finding.Entity(TYPE, normalised));
        }
    }

    /**
     * An address starts with up to four hex digits and a colon, not straight after a word
     * character, colon or dot; so only colons are looked for, and the start is the run of hex
     * digits just before one (with five or more, the lookbehind fails everywhere in it).
     */
    static int nextStart(String text, int from) {
        for (int colon = text.indexOf(':', from); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int start = colon;
            while (start > colon - 5 && Chars.isAsciiHexDigit(Chars.at(text, start - 1))) {
                start--;
            }
            char before = Chars.at(text, start - 1);
            if (start >= from && colon - start <= 4 && !Chars.isAsciiAlnum(before) && before != '_'
                    && before != ':' && before != '.') {
                return start;
            }
        }
        return -1;
    }

    private static int significantGroups(String literal) {
        int groups = 0;
        for (String part : literal.split(":")) {
            groups += part.isEmpty() ? 0 : 1;
        }
        return groups;
    }
}
