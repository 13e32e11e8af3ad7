package org.evidenceworkbench.detectors.identifiers;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * Monero main-network addresses: standard (95 characters, "4..."), subaddresses (95, "8...") and
 * integrated addresses (106, "4..."). Decoded with Monero's block-wise Base58; the network prefix
 * must match the kind and the last four bytes must equal the start of Keccak-256 of the rest.
 */
public final class MoneroDetector extends TextDetector {

    static final String TYPE = "monero";

    static final Pattern ADDRESS = Pattern.compile(
            "(?<![A-Za-z0-9])[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?(?![A-Za-z0-9])");
    private static final int STANDARD_LENGTH = 95;
    private static final int STANDARD_PREFIX = 18;
    private static final int INTEGRATED_PREFIX = 19;
    private static final int SUBADDRESS_PREFIX = 42;

    public MoneroDetector() {
        super("identifiers.monero",
                "Monero addresses (standard, subaddress, integrated) with a valid Keccak checksum.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(ADDRESS, MoneroDetector::nextStart, text);
        while (m.find()) {
            String kind = kindOf(m.group());
            if (kind != null) {
                out.report(TYPE, m.start(), m.end(), "Monero " + abbreviate(m.group()),
                        "Monero " + kind + " address, Keccak-256 checksum verified: '" + m.group() + "'", 0.95,
                        Severity.LOW, new Finding.Entity(TYPE, m.group()));
            }
        }
    }

    /** An address is 95 or more Base58 characters from a '4' or '8', not straight after a letter or digit. */
    static int nextStart(String text, int from) {
        for (int i = from; i <= text.length() - STANDARD_LENGTH; i++) {
            char c = text.charAt(i);
            if ((c == '4' || c == '8') && Chars.isBase58(text.charAt(i + 1))
                    && Chars.isBase58(text.charAt(i + STANDARD_LENGTH - 1)) && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    /** "standard", "subaddress" or "integrated" if {@code address} decodes and checks; null otherwise. */
    static String kindOf(String address) {
        byte[] bytes = MoneroBase58.decode(address);
        if (bytes == null) {
            return null;
        }
        int prefix = bytes[0] & 0xff; // one-byte varint for all three main-network prefixes
        String kind = bytes.length == 69 && prefix == STANDARD_PREFIX ? "standard"
                : bytes.length == 69 && prefix == SUBADDRESS_PREFIX ? "subaddress"
                : bytes.length == 77 && prefix == INTEGRATED_PREFIX ? "integrated" : null;
        if (kind == null) {
            return null;
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - 4);
        byte[] check = Arrays.copyOf(Keccak256.hash(body), 4);
        return Arrays.equals(check, Arrays.copyOfRange(bytes, bytes.length - 4, bytes.length)) ? kind : null;
    }

    private static String abbreviate(String address) {
        return address.substring(0, 8) + "…" + address.substring(address.length() - 8);
    }
}
