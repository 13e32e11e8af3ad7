package org.evidenceworkbench.detectors.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CryptoAddressDetectorTest {

    private final BitcoinDetector bitcoin = new BitcoinDetector();
    private final EthereumDetector ethereum = new EthereumDetector();
    private final MoneroDetector monero = new MoneroDetector();

    static final String MONERO_GENERAL_FUND =
            "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A";

    @Test
    void bitcoinLegacyAndSegwit() {
        assertThat(Detect.entities(bitcoin, String.join("\n",
                "genesis 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
                "p2sh 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
                "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
                "taproot bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")))
                .containsExactly("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
                        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
                        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0");
    }

    @Test
    void bitcoinBadChecksumsAndVariants() {
        assertThat(Detect.findings(bitcoin, String.join("\n",
                "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",                        // one character changed
                "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
                "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh",              // v0 with Bech32m
                "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd", // v1 with Bech32
                "bc1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",                // mixed case
                "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx")))              // testnet
                .isEmpty();
    }

    @Test
    void ethereumEip55() {
        assertThat(Detect.entities(ethereum, String.join(" ",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")))
                .containsExactly("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359",
                        "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb", "0xd1220a0cf47c7b9be7a2e6ba89f429762e7b9adb");
        assertThat(EthereumChecksum.checksummed("52908400098527886e0f7030069857d2e4169ee7"))
                .isEqualTo("52908400098527886E0F7030069857D2E4169EE7");
        assertThat(EthereumChecksum.checksummed("de709f2102306220921060314715629080e2fb77"))
                .isEqualTo("de709f2102306220921060314715629080e2fb77");
    }

    @Test
    void ethereumSingleCaseHasLowerConfidence() {
        assertThat(Detect.findings(ethereum, "0x27b1fdb04752bbc536007a920d24acb045561c26")).singleElement()
                .satisfies(f -> assertThat(f.confidence()).isEqualTo(0.7));
    }

    @Test
    void ethereumBadChecksumAndOtherHex() {
        assertThat(Detect.findings(ethereum, String.join(" ",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",               // last letter's case flipped
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe",                // 39 digits
                "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b", // a transaction hash
                "x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")))
                .isEmpty();
    }

    @Test
    void moneroStandardSubaddressAndIntegrated() {
        String subaddress = "8AiHrLaxEACUgytKhaVVEN4JELJ8m9uc5DbXWxTvavKqFYPbMGmPE75N7RFUVHhgxABW7y7tqih6r8CVUWzcc42DBTMihBd";
        String integrated = "4L3wFB3twtuGSqhGSgTdzH8dWxWoVwiTfgf2oTjPjxsgbUJS7kkK7euAhm94snzXVhHtZLwAXLiZQ6nDaWmqWHeSgTmh7tVYUx65eb5iE7";
        assertThat(Detect.entities(monero, "fund " + MONERO_GENERAL_FUND + "\nsub " + subaddress + "\nint " + integrated))
                .containsExactly(MONERO_GENERAL_FUND, subaddress, integrated);
        assertThat(MoneroDetector.kindOf(subaddress)).isEqualTo("subaddress");
        assertThat(MoneroDetector.kindOf(integrated)).isEqualTo("integrated");
    }

    @Test
    void moneroBadChecksum() {
        String changed = MONERO_GENERAL_FUND.substring(0, 50) + "X" + MONERO_GENERAL_FUND.substring(51);
        assertThat(Detect.findings(monero, changed + " " + "4" + "A".repeat(94) + " " + MONERO_GENERAL_FUND + "1"))
                .isEmpty();
    }
}
