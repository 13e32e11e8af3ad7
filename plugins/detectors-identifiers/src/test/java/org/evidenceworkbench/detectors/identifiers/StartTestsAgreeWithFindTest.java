package org.evidenceworkbench.detectors.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each detector's start test must never skip a position where its pattern matches: for every
 * pattern, {@link GatedMatcher} with the detector's start test finds exactly what a plain
 * {@link Matcher#find()} finds, on random text made of identifier fragments (seeded, so a failure
 * can be replayed). Someone who widens a pattern without widening its start test is caught here.
 */
class StartTestsAgreeWithFindTest {

    private static final long SEED = 20_261_127L;
    private static final int TEXTS = 50_000;

    private static final Map<String, Pair> PATTERNS = Map.ofEntries(
            Map.entry("email", new Pair(EmailDetector.EMAIL, EmailDetector::nextStart)),
            Map.entry("domain", new Pair(DomainDetector.HOST, DomainDetector::nextStart)),
            Map.entry("url", new Pair(UrlDetector.START, UrlDetector::nextStart)),
            Map.entry("ipv4", new Pair(Ipv4Detector.QUAD, Ipv4Detector::nextStart)),
            Map.entry("ipv6", new Pair(Ipv6Detector.CANDIDATE, Ipv6Detector::nextStart)),
            Map.entry("iban", new Pair(IbanDetector.START, IbanDetector::nextStart)),
            Map.entry("nino", new Pair(NinoDetector.NINO, NinoDetector::nextStart)),
            Map.entry("postcode", new Pair(PostcodeDetector.POSTCODE, PostcodeDetector::nextStart)),
            Map.entry("vrm current", new Pair(VrmDetector.CURRENT, VrmDetector::nextCurrentStart)),
            Map.entry("vrm prefix", new Pair(VrmDetector.PREFIX, VrmDetector::nextPrefixStart)),
            Map.entry("vrm suffix", new Pair(VrmDetector.SUFFIX, VrmDetector::nextSuffixStart)),
            Map.entry("vrm dateless", new Pair(VrmDetector.DATELESS, VrmDetector::nextDatelessStart)),
            Map.entry("bitcoin base58", new Pair(BitcoinDetector.BASE58, BitcoinDetector::nextBase58Start)),
            Map.entry("bitcoin bech32", new Pair(BitcoinDetector.BECH32, BitcoinDetector::nextBech32Start)),
            Map.entry("ethereum", new Pair(EthereumDetector.ADDRESS, EthereumDetector::nextStart)),
            Map.entry("monero", new Pair(MoneroDetector.ADDRESS, MoneroDetector::nextStart)));

    private static final String[] FRAGMENTS = {"a", "Z", "AB", "ab", "12", "1", "9", "0", "0x", "@", ".", ":",
        "::", " ", " ", " ", "-", "_", "%", "+", "bc1", "BC1", "www.", "WwW.", "http://", "HTTPS://", "ftp://",
        "GIR", "gir 0aa", "0AA", "AB12 CDE", "AB 12 34 56 C", "reg ", "4", "8", "3", "é", "\n", "(", ")", "/",
        "192.168.1.1", "1.2.3.4.5", "2001:db8::1", "fe80::1%eth0", "::ffff:192.0.2.1", "12:30:45",
        "john.smith@example.co.uk", "icon@2x.png", "example.co.uk", "end.It", "GB82WEST12345698765432",
        "GB82 WEST 1234 5698 7654 32", "SW1A 1AA", "A123 BCD", "ABC 123D", "123 ABC",
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", CryptoAddressDetectorTest.MONERO_GENERAL_FUND};
    private static final String SOUP = "abcfxzABCFXZ0123456789 .:@-_%+";

    private record Pair(Pattern pattern, GatedMatcher.Starts starts) {
    }

    @Test
    void everyStartTestOffersEveryPositionWhereItsPatternMatches() {
        Random random = new Random(SEED);
        Map<String, Integer> matches = new TreeMap<>();
        for (int t = 0; t < TEXTS; t++) {
            String text = text(random);
            for (Map.Entry<String, Pair> p : PATTERNS.entrySet()) {
                List<String> expected = plain(p.getValue().pattern(), text);
                assertThat(gated(p.getValue(), text)).as("%s on \"%s\" (text %d of seed %d)", p.getKey(), text, t, SEED)
                        .isEqualTo(expected);
                matches.merge(p.getKey(), expected.size(), Integer::sum);
            }
        }
        // The comparison means something only if every pattern matched often.
        assertThat(matches).as("matches per pattern").hasSize(PATTERNS.size())
                .allSatisfy((pattern, count) -> assertThat(count).as(pattern).isGreaterThan(200));
    }

    /** Fragments glued at random, cut anywhere, with runs of random characters between. */
    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(4) == 0) {
                for (int j = random.nextInt(8); j >= 0; j--) {
                    sb.append(SOUP.charAt(random.nextInt(SOUP.length())));
                }
            } else {
                String fragment = FRAGMENTS[random.nextInt(FRAGMENTS.length)];
                int from = random.nextInt(5) == 0 ? random.nextInt(fragment.length()) : 0;
                int to = random.nextInt(5) == 0 ? from + random.nextInt(fragment.length() - from + 1) : fragment.length();
                sb.append(fragment, from, to);
            }
        }
        return sb.toString();
    }

    private static List<String> plain(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    private static List<String> gated(Pair pair, String text) {
        GatedMatcher m = new GatedMatcher(pair.pattern(), pair.starts(), text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }
}
