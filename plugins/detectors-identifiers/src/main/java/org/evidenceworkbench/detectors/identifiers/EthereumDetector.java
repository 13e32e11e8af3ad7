package org.evidenceworkbench.detectors.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * Ethereum addresses: "0x" and exactly 40 hex digits. Mixed case must be a valid EIP-55
 * checksum (a wrong one is a typo or not an address); single-case addresses carry no checksum and
 * get lower confidence. Longer hex strings (transaction hashes, keys) do not match. Lower-cased.
 */
public final class EthereumDetector extends TextDetector {

    static final String TYPE = "ethereum";

    static final Pattern ADDRESS = Pattern.compile("(?<![A-Za-z0-9])0x([0-9a-fA-F]{40})(?![A-Za-z0-9])");

    public EthereumDetector() {
        super("identifiers.ethereum", "Ethereum addresses; mixed-case ones must pass the EIP-55 checksum.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(ADDRESS, EthereumDetector::nextStart, text);
        while (m.find()) {
            String hex = m.group(1);
            boolean mixed = !Chars.singleCase(hex);
            if (mixed && !EthereumChecksum.checksummed(hex).equals(hex)) {
                continue;
            }
            String address = "0x" + hex.toLowerCase(Locale.ROOT);
            String why = mixed ? "Ethereum address, EIP-55 checksum verified" : "Ethereum address shape (0x + 40 hex"
                    + " digits), single case so no checksum to verify";
            out.report(TYPE, m.start(), m.end(), "Ethereum " + address, why + ": '" + m.group() + "'",
                    mixed ? 0.95 : 0.7, Severity.LOW, new Finding.Entity(TYPE, address));
        }
    }

    /** An address starts "0x", not straight after a letter or digit. */
    static int nextStart(String text, int from) {
        for (int i = text.indexOf("0x", from); i >= 0; i = text.indexOf("0x", i + 1)) {
            if (!Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }
}
