package org.evidenceworkbench.ui.item;

import java.util.Locale;

/** Formats bytes as the classic hex dump: offset, sixteen bytes in hex, and their printable ASCII. */
final class HexDump {

    private HexDump() {
    }

    static String format(long offset, byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 4 + 64);
        for (int line = 0; line < bytes.length; line += 16) {
            out.append(String.format(Locale.ROOT, "%08x  ", offset + line));
            StringBuilder ascii = new StringBuilder(16);
            for (int i = 0; i < 16; i++) {
                if (line + i < bytes.length) {
                    int b = bytes[line + i] & 0xff;
                    out.append(String.format(Locale.ROOT, "%02x ", b));
                    ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
                } else {
                    out.append("   ");
                }
                if (i == 7) {
                    out.append(' ');
                }
            }
            out.append(" |").append(ascii).append("|\n");
        }
        return out.toString();
    }
}
