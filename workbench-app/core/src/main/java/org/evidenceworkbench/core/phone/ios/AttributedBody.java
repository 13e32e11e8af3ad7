package org.evidenceworkbench.core.phone.ios;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an iOS message whose {@code text} column is empty (iOS 16 and later often keep
 * the body only in {@code attributedBody}, an NSAttributedString archived as an Apple
 * "typedstream"). The string is the first NSString in the stream: after the class name comes
 * a '+' and a length, one byte below 0x80, or 0x81 and two bytes (little-endian), or 0x82 and
 * four. Only that string is read; attributes (links, mentions) are left alone.
 */
final class AttributedBody {

    private static final byte[] NSSTRING = "NSString".getBytes(StandardCharsets.US_ASCII);
    /** How far after the class name the '+' may be (class version and object markers lie between). */
    private static final int SEARCH = 16;

    private AttributedBody() {
    }

    /** The message text, or null when the blob holds no string this reader understands. */
    static String text(byte[] blob) {
        if (blob == null) {
            return null;
        }
        int name = indexOf(blob, NSSTRING);
        if (name < 0) {
            return null;
        }
        int p = name + NSSTRING.length;
        int end = Math.min(blob.length, p + SEARCH);
        while (p < end && blob[p] != '+') {
            p++;
        }
        if (p >= end || p + 1 >= blob.length) {
            return null;
        }
        p++;
        int first = blob[p++] & 0xff;
        long length;
        if (first < 0x80) {
            length = first;
        } else if (first == 0x81 && p + 2 <= blob.length) {
            length = (blob[p] & 0xff) | (blob[p + 1] & 0xff) << 8;
            p += 2;
        } else if (first == 0x82 && p + 4 <= blob.length) {
            length = (blob[p] & 0xffL) | (blob[p + 1] & 0xffL) << 8 | (blob[p + 2] & 0xffL) << 16
                    | (blob[p + 3] & 0xffL) << 24;
            p += 4;
        } else {
            return null;
        }
        if (length <= 0 || p + length > blob.length) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(blob, p, (int) length)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
