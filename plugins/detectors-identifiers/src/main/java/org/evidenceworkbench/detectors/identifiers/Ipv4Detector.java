package org.evidenceworkbench.detectors.identifiers;

import java.util.Set;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * IPv4 addresses: four decimal octets 0–255 without leading zeros, not part of a longer dotted
 * run (1.2.3.4.5 is a version or an OID) and not just after a word like "version" or "section".
 */
public final class Ipv4Detector extends TextDetector {

    static final String TYPE = "ipv4";

    static final Pattern QUAD = Pattern.compile(
            "(?<![\\w.])(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})(?!\\w|\\.\\d)");

    /** Words after which a dotted quad is a number of another kind. */
    private static final Set<String> NOT_AN_ADDRESS_AFTER = Set.of(
            "version", "ver", "v", "build", "release", "rev", "revision", "firmware", "section", "clause",
            "paragraph", "para", "chapter", "figure", "table", "step", "rule", "oid");

    public Ipv4Detector() {
        super("identifiers.ipv4", "IPv4 addresses (dotted quads with octets 0–255).");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(QUAD, Ipv4Detector::nextStart, text);
        while (m.find()) {
            int[] octets = Ipv4Address.parse(m.group(1));
            if (octets == null || NOT_AN_ADDRESS_AFTER.contains(Chars.wordBefore(text, m.start()))) {
                continue;
            }
            String address = m.group(1);
            String kind = Ipv4Address.kind(octets);
            double confidence = kind.equals("public") ? 0.85 : kind.equals("netmask") ? 0.5 : 0.8;
            out.report(TYPE, m.start(), m.end(), "IPv4 " + address,
                    "IPv4 address, " + kind + ": four octets 0–255 '" + address + "'", confidence, Severity.INFO,
                    new Finding.Entity(TYPE, address));
        }
    }

    /** A quad starts with one to three digits and a dot, not straight after a word character or a dot. */
    static int nextStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (Chars.isAsciiDigit(text.charAt(i)) && firstOctetThenDot(text, i)) {
                char before = Chars.at(text, i - 1);
                if (!Chars.isAsciiAlnum(before) && before != '_' && before != '.') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean firstOctetThenDot(String text, int i) {
        int j = i + 1;
        while (j < i + 3 && Chars.isAsciiDigit(Chars.at(text, j))) {
            j++;
        }
        return Chars.at(text, j) == '.';
    }
}
