package org.evidenceworkbench.core.phone.ios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The text of an archived NSAttributedString, short and long, and random bytes that never throw. */
class AttributedBodyTest {

    @Test
    void readsTheStringWithAOneOrThreeByteLength() {
        assertThat(AttributedBody.text(stream("Tide turns at 4"))).isEqualTo("Tide turns at 4");
        String longText = "é".repeat(300); // 600 bytes: the 0x81 two-byte length
        assertThat(AttributedBody.text(stream(longText))).isEqualTo(longText);
        assertThat(AttributedBody.text("no string here".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(AttributedBody.text(null)).isNull();
    }

    @Test
    void randomBytesNeverThrow() {
        for (long seed = 1; seed <= 500; seed++) {
            Random random = new Random(seed);
            byte[] blob = new byte[random.nextInt(200)];
            random.nextBytes(blob);
            if (blob.length > 20) {
                System.arraycopy("NSString".getBytes(StandardCharsets.US_ASCII), 0, blob, random.nextInt(blob.length - 8), 8);
            }
            assertThatCode(() -> AttributedBody.text(blob)).as("seed %d", seed).doesNotThrowAnyException();
        }
    }

    /** The typedstream layout iOS Messages writes: header, class chain, then NSString '+' length text. */
    private static byte[] stream(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x04, 0x0b});
        out.writeBytes("streamtyped".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0x81, (byte) 0xe8, 0x03, (byte) 0x84, 0x01, 0x40, (byte) 0x84, (byte) 0x84,
                (byte) 0x84, 0x12});
        out.writeBytes("NSAttributedString".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0x00, (byte) 0x84, (byte) 0x84, 0x08});
        out.writeBytes("NSObject".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0x00, (byte) 0x85, (byte) 0x92, (byte) 0x84, (byte) 0x84, (byte) 0x84, 0x08});
        out.writeBytes("NSString".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0x01, (byte) 0x94, (byte) 0x84, 0x01, 0x2b});
        if (utf8.length < 0x80) {
            out.write(utf8.length);
        } else {
            out.writeBytes(new byte[] {(byte) 0x81, (byte) (utf8.length & 0xff), (byte) (utf8.length >> 8)});
        }
        out.writeBytes(utf8);
        out.writeBytes(new byte[] {(byte) 0x86, (byte) 0x84, 0x02, 0x69, 0x49, 0x01, 0x01, (byte) 0x86});
        return out.toByteArray();
    }
}
