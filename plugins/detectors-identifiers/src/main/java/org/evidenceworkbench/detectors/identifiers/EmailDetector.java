package org.evidenceworkbench.detectors.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * E-mail addresses: a plausible local part, "@", and a host name of at least two labels whose
 * last label is alphabetic. Retina image names ({@code icon@2x.png}) and bare {@code user@host}
 * are rejected; an unfamiliar top-level domain lowers the confidence.
 */
public final class EmailDetector extends TextDetector {

    static final String TYPE = "email";

    // Local part: the characters people use (RFC 5322's rarer ones are left out on purpose).
    static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])([A-Za-z0-9._%+\\-]{1,64})@"
                    + "((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,126}"
                    + "([A-Za-z]{2,24}|xn--[A-Za-z0-9-]{1,59}))"
                    + "(?![A-Za-z0-9-]|\\.[A-Za-z0-9])");
    private static final int MAX_LOCAL = 64;

    public EmailDetector() {
        super("identifiers.email", "E-mail addresses, lower-cased.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(EMAIL, EmailDetector::nextStart, text);
        while (m.find()) {
            String local = m.group(1);
            String domain = m.group(2);
            String tld = m.group(3).toLowerCase(Locale.ROOT);
            if (local.startsWith(".") || local.endsWith(".") || local.contains("..") || domain.length() > 253
                    || TopLevelDomains.isFileExtension(tld)) {
                continue;
            }
            String address = (local + "@" + domain).toLowerCase(Locale.ROOT);
            boolean knownTld = TopLevelDomains.isKnown(tld) || tld.startsWith("xn--");
            String why = "e-mail address: local part, '@', host " + domain.toLowerCase(Locale.ROOT)
                    + (knownTld ? "" : " (top-level domain ." + tld + " not in the common list)");
            out.report(TYPE, m.start(), m.end(), "E-mail " + address, why, knownTld ? 0.95 : 0.75,
                    Severity.INFO, new Finding.Entity(TYPE, address));
        }
    }

    /**
     * A match needs an '@' and starts where the run of local-part characters before it starts (the
     * lookbehind fails anywhere inside the run), so only '@'s are looked for.
     */
    static int nextStart(String text, int from) {
        for (int at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && at - start <= MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            if (start >= from && start < at && at - start <= MAX_LOCAL) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isLocalChar(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
