package org.evidenceworkbench.detectors.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The places where skipping ahead to a possible start could lose or invent a match: an
 * identifier that is the whole text, at its very start or end, glued to a letter on either side,
 * two in a row, and text with nothing for the detector to anchor on.
 */
class ScanEdgesTest {

    static Stream<Arguments> identifiers() {
        return Stream.of(
                Arguments.of(new EmailDetector(), "john.smith@example.co.uk", "john.smith@example.co.uk"),
                Arguments.of(new UrlDetector(), "https://example.com/a?b=c", "https://example.com/a?b=c"),
                Arguments.of(new UrlDetector(), "www.Example.com/about", "http://www.example.com/about"),
                Arguments.of(new DomainDetector(), "example.co.uk", "example.co.uk"),
                Arguments.of(new Ipv4Detector(), "81.2.69.160", "81.2.69.160"),
                Arguments.of(new Ipv6Detector(), "2001:DB8::1", "2001:db8::1"),
                Arguments.of(new Ipv6Detector(), "::1", "::1"),
                Arguments.of(new IbanDetector(), "GB82WEST12345698765432", "GB82WEST12345698765432"),
                Arguments.of(new IbanDetector(), "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
                Arguments.of(new NinoDetector(), "AB 12 34 56 C", "AB123456C"),
                Arguments.of(new PostcodeDetector(), "SW1A 1AA", "SW1A 1AA"),
                Arguments.of(new PostcodeDetector(), "gir 0aa", "GIR 0AA"),
                Arguments.of(new VrmDetector(), "AB51 ABC", "AB51ABC"),
                Arguments.of(new BitcoinDetector(), "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"),
                Arguments.of(new BitcoinDetector(), "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
                        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
                Arguments.of(new EthereumDetector(), "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
                        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"),
                Arguments.of(new MoneroDetector(), CryptoAddressDetectorTest.MONERO_GENERAL_FUND,
                        CryptoAddressDetectorTest.MONERO_GENERAL_FUND));
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void theWholeText(Detector detector, String written, String entity) {
        assertThat(spans(detector, written)).containsExactly(entity + " @0+" + written.length());
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void atTheVeryStartAndTheVeryEnd(Detector detector, String written, String entity) {
        assertThat(spans(detector, written + " was in the note")).containsExactly(entity + " @0+" + written.length());
        assertThat(spans(detector, "the note said " + written)).containsExactly(entity + " @14+" + written.length());
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void twoInARow(Detector detector, String written, String entity) {
        int second = written.length() + 1;
        assertThat(spans(detector, written + " " + written)).containsExactly(entity + " @0+" + written.length(),
                entity + " @" + second + "+" + written.length());
        assertThat(spans(detector, "(" + written + ")\n(" + written + ")")).containsExactly(
                entity + " @1+" + written.length(), entity + " @" + (second + 3) + "+" + written.length());
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void gluedToALetterItIsNotTheIdentifierAsWritten(Detector detector, String written, String entity) {
        // A longer e-mail address or host name may still be found, never the one written here.
        assertThat(spans(detector, "x" + written)).doesNotContain(entity + " @1+" + written.length());
        assertThat(spans(detector, written + "x")).doesNotContain(entity + " @0+" + written.length());
        // The boundaries are ASCII, as the identifiers are: a non-ASCII letter does not glue.
        assertThat(spans(detector, "é" + written)).containsExactly(entity + " @1+" + written.length());
    }

    @Test
    void whatComesJustBeforeTheFirstPossibleStartStillCounts() {
        // The host name starts right after '@': the regex must still see the '@' behind it.
        assertThat(Detect.findings(new DomainDetector(), "mail john@example.co.uk or _example.org")).isEmpty();
        assertThat(spans(new EmailDetector(), "mail john@example.co.uk")).containsExactly("john@example.co.uk @5+18");
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void textWithNothingToAnchorOnFindsNothing(Detector detector, String written, String entity) {
        String prose = "The meeting moved to Tuesday at ten in room four.\nIt went well; see the minutes (all of them)!";
        assertThat(Detect.findings(detector, prose)).isEmpty();
        assertThat(Detect.findings(detector, "x")).isEmpty();
        assertThat(Detect.findings(detector, written.substring(0, 1))).isEmpty();
    }

    /** Each finding as "entity @offset+length". */
    private static List<String> spans(Detector detector, String text) {
        return Detect.findings(detector, text).stream().map(ScanEdgesTest::span).toList();
    }

    private static String span(Finding f) {
        return f.entity().value() + " @" + f.location().offset() + "+" + f.location().length();
    }
}
