package org.evidenceworkbench.detectors.identifiers;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * Bitcoin main-network addresses whose checksum holds: legacy Base58Check P2PKH ("1...") and
 * P2SH ("3...") with the double SHA-256 checksum, and segwit "bc1..." addresses with the Bech32
 * (BIP-173, witness version 0) or Bech32m (BIP-350, version 1 and up, e.g. Taproot) checksum.
 */
public final class BitcoinDetector extends TextDetector {

    static final String TYPE = "bitcoin";

    static final Pattern BASE58 = Pattern.compile(
            "(?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])");
    static final Pattern BECH32 = Pattern.compile(
            "(?<![A-Za-z0-9])(?:bc|BC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{8,87}(?![A-Za-z0-9])");
    private static final int MIN_BASE58_LENGTH = 26;

    public BitcoinDetector() {
        super("identifiers.bitcoin", "Bitcoin addresses (P2PKH, P2SH, Bech32, Bech32m) with a valid checksum.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(BASE58, BitcoinDetector::nextBase58Start, text);
        while (m.find()) {
            byte[] payload = Base58Check.decode(m.group());
            if (payload == null || payload.length != 21) {
                continue;
            }
            String kind = payload[0] == 0x00 ? "P2PKH" : payload[0] == 0x05 ? "P2SH" : null;
            if (kind == null || (m.group().charAt(0) == '1') != kind.equals("P2PKH")) {
                continue;
            }
            report(out, m, m.group(), kind + " address, Base58Check checksum (double SHA-256) verified");
        }
        m = new GatedMatcher(BECH32, BitcoinDetector::nextBech32Start, text);
        while (m.find()) {
            Bech32.SegwitAddress address = Bech32.decodeSegwit(m.group(), "bc");
            if (address == null) {
                continue;
            }
            String kind = address.witnessVersion() == 0
                    ? (address.program().length == 20 ? "P2WPKH" : "P2WSH")
                    : address.witnessVersion() == 1 && address.program().length == 32 ? "P2TR (Taproot)"
                    : "segwit v" + address.witnessVersion();
            report(out, m, m.group().toLowerCase(Locale.ROOT), kind + " address, "
                    + (address.bech32m() ? "Bech32m (BIP-350)" : "Bech32 (BIP-173)") + " checksum verified");
        }
    }

    /** A legacy address is at least 26 Base58 characters from a '1' or '3', not straight after a letter or digit. */
    static int nextBase58Start(String text, int from) {
        for (int i = from; i <= text.length() - MIN_BASE58_LENGTH; i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '3') && Chars.isBase58(text.charAt(i + 1))
                    && Chars.isBase58(text.charAt(i + MIN_BASE58_LENGTH - 1)) && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    /** A segwit address starts "bc1" or "BC1", not straight after a letter or digit. */
    static int nextBech32Start(String text, int from) {
        for (int i = from; i < text.length() - 2; i++) {
            char c = text.charAt(i);
            if ((c == 'b' && text.charAt(i + 1) == 'c' || c == 'B' && text.charAt(i + 1) == 'C')
                    && text.charAt(i + 2) == '1' && !Chars.isAsciiAlnumAt(text, i - 1)) {
                return i;
            }
        }
        return -1;
    }

    private static void report(TextReporter out, MatchResult m, String address, String why) {
        out.report(TYPE, m.start(), m.end(), "Bitcoin " + address, "Bitcoin " + why + ": '" + m.group() + "'",
                0.95, Severity.LOW, new Finding.Entity(TYPE, address));
    }
}
