package org.evidenceworkbench.samples.build;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.bouncycastle.jcajce.provider.digest.Keccak;

/**
 * Identifiers that pass the detectors' checks yet belong to nobody: payment-card test numbers the
 * card schemes publish for testing, IBANs of an invented "TEST" bank with correct check digits, and
 * crypto addresses made from random bytes with correct Base58Check or EIP-55 checksums (nobody
 * holds their keys). All drawn from the scenario's own {@link Random}, so a seed gives the same ones.
 */
public final class SyntheticIdentifiers {

    /** Test card numbers the card schemes publish for payment testing (all Luhn-valid). */
    public static final List<String> TEST_CARDS = List.of(
            "4111111111111111", "4012888888881881", "5555555555554444", "5105105105105100",
            "378282246310005", "6011111111111117");

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final Random random;

    public SyntheticIdentifiers(Random random) {
        this.random = random;
    }

    /** A British IBAN of the invented bank "TEST": sort code and account random, check digits correct. */
    public String ibanGb() {
        String bban = "TEST" + digits(14);
        return "GB" + ibanCheckDigits("GB", bban) + bban;
    }

    /** An IBAN printed in groups of four, as statements and invoices show it. */
    public static String grouped(String iban) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(iban, i, Math.min(iban.length(), i + 4));
        }
        return b.toString();
    }

    /** A Bitcoin pay-to-public-key-hash address (starting with 1) of 20 random bytes. */
    public String bitcoin() {
        byte[] payload = new byte[21];
        byte[] hash = new byte[20];
        random.nextBytes(hash);
        System.arraycopy(hash, 0, payload, 1, 20); // version byte 0: main-net P2PKH
        byte[] check = Arrays.copyOf(sha256(sha256(payload)), 4);
        byte[] full = Arrays.copyOf(payload, 25);
        System.arraycopy(check, 0, full, 21, 4);
        return base58(full);
    }

    /** An Ethereum address of 20 random bytes in EIP-55 mixed-case checksum form. */
    public String ethereum() {
        byte[] address = new byte[20];
        random.nextBytes(address);
        String hex = HexFormat.of().formatHex(address);
        String hashHex = HexFormat.of().formatHex(new Keccak.Digest256().digest(hex.getBytes(StandardCharsets.US_ASCII)));
        StringBuilder b = new StringBuilder("0x");
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            boolean upper = Character.digit(hashHex.charAt(i), 16) >= 8;
            b.append(upper ? Character.toUpperCase(c) : c);
        }
        return b.toString();
    }

    private String digits(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** ISO 13616 check digits: 98 minus the remainder mod 97 of BBAN + country + "00", letters as numbers. */
    static String ibanCheckDigits(String country, String bban) {
        String rearranged = (bban + country + "00").toUpperCase(Locale.ROOT);
        StringBuilder numeric = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            numeric.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return String.format(Locale.ROOT, "%02d", check);
    }

    private static String base58(byte[] bytes) {
        BigInteger value = new BigInteger(1, bytes);
        StringBuilder b = new StringBuilder();
        BigInteger base = BigInteger.valueOf(58);
        while (value.signum() > 0) {
            BigInteger[] qr = value.divideAndRemainder(base);
            b.append(BASE58.charAt(qr[1].intValue()));
            value = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            b.append('1'); // each leading zero byte is a leading '1'
        }
        return b.reverse().toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
