package org.evidenceworkbench.core.phone;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.evidenceworkbench.core.phone.android.AndroidSms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers deleted SMS from the bytes SQLite freed but did not wipe. Deleting a row leaves its
 * record in the page (a freeblock) and older copies of the page in the write-ahead log; only the
 * record's first bytes (length, rowid, header size) are overwritten. So the scan looks, at every
 * offset of the database and its WAL, for the rest of a record header shaped like a row of this
 * {@code sms} table (the serial type of each column after {@code _id} fits the column's declared
 * type), decodes it, keeps it when the date is plausible and the body is valid UTF-8, and reports
 * it as deleted unless a live row has the same address, date and body. The evidence files are
 * only read; the scan streams them in chunks, so memory stays bounded.
 */
final class DeletedSmsCarver {

    private static final Logger log = LoggerFactory.getLogger(DeletedSmsCarver.class);
    private static final int CHUNK = 4 << 20;
    /** A record longer than this is not looked for (a chunk's overlap with the next). */
    private static final int MAX_RECORD = 64 << 10;
    private static final long YEAR_2000_MS = 946_684_800_000L;
    private static final long YEAR_2100_MS = 4_102_444_800_000L;

    private enum Affinity { INTEGER, TEXT, ANY }

    private final List<String> names = new ArrayList<>();
    private final List<Affinity> affinities = new ArrayList<>();
    private final int date;
    private final int body;
    private final int address;
    private final int type;
    private final int thread;
    private final Set<Integer> live;
    /** Live rows by address and date alone: a record cut short is matched on those, its body being partial. */
    private final Set<Integer> liveSenders = new HashSet<>();
    private final Set<Integer> seen = new HashSet<>();
    /** The database's usable page size (page size less reserved bytes), which decides what overflows. */
    private long usableSize = 4096;

    private DeletedSmsCarver(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("PRAGMA table_info(sms)")) {
            while (r.next()) {
                names.add(r.getString("name").toLowerCase(Locale.ROOT));
                String declared = String.valueOf(r.getString("type")).toUpperCase(Locale.ROOT);
                affinities.add(declared.contains("INT") ? Affinity.INTEGER
                        : declared.contains("TEXT") || declared.contains("CHAR") ? Affinity.TEXT : Affinity.ANY);
            }
        }
        date = names.indexOf("date");
        body = names.indexOf("body");
        address = names.indexOf("address");
        type = names.indexOf("type");
        thread = names.indexOf("thread_id");
        live = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT address, date, body FROM sms")) {
            while (r.next()) {
                live.add(key(r.getString(1), r.getLong(2), r.getString(3)));
                liveSenders.add(key(r.getString(1), r.getLong(2), null));
            }
        }
    }

    /** Scans the database and its WAL; recovered messages go to {@code out}, marked deleted. */
    static void recover(Path database, Path wal, Connection c, ArtefactSink out) {
        try {
            DeletedSmsCarver carver = new DeletedSmsCarver(c);
            if (!"_id".equals(carver.names.get(0)) || carver.date < 1 || carver.body < 1 || carver.address < 1) {
                return; // not the layout this scan knows; the live rows were still read
            }
            carver.usableSize = usableSize(database);
            carver.scan(database, "database", out);
            if (wal != null && Files.isRegularFile(wal)) {
                carver.scan(wal, "write-ahead log", out);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            out.warning("the scan for deleted SMS stopped (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            log.info("Deleted SMS scan of {} failed", database, e);
        }
    }

    /** From the database header: page size at offset 16 (1 means 65,536), reserved bytes at offset 20. */
    private static long usableSize(Path database) throws IOException {
        try (FileChannel ch = FileChannel.open(database, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(21);
            ch.read(header, 0);
            int pageSize = header.getShort(16) & 0xffff;
            return (pageSize == 1 ? 65_536 : pageSize) - (header.get(20) & 0xff);
        }
    }

    private void scan(Path file, String where, ArtefactSink out) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate(CHUNK + MAX_RECORD);
            long base = 0;
            while (base < ch.size() && !out.stop()) {
                buf.clear();
                int n = 0;
                while (buf.hasRemaining()) {
                    int got = ch.read(buf, base + n);
                    if (got <= 0) {
                        break;
                    }
                    n += got;
                }
                byte[] b = buf.array();
                int limit = Math.min(n, CHUNK);
                for (int j = 0; j < limit; j++) {
                    Artefact a = record(b, j, n);
                    if (a != null) {
                        a.provenance.put("Recovered from", where);
                        a.provenance.put("Offset", base + j);
                        out.artefact(a);
                    }
                }
                base += CHUNK;
            }
        }
    }

    /** A deleted message whose header (from column 1 on) starts at {@code at}, or null. */
    private Artefact record(byte[] b, int at, int end) {
        int columns = names.size();
        long[] serial = new long[columns];
        int p = at;
        for (int k = 1; k < columns; k++) {
            if (p >= end) {
                return null;
            }
            long v = 0;
            int len = 0;
            do {
                if (p >= end || len == 9) {
                    return null;
                }
                v = (v << 7) | (b[p] & 0x7f);
                len++;
            } while ((b[p++] & 0x80) != 0);
            if (!fits(v, affinities.get(k))) {
                return null;
            }
            serial[k] = v;
        }
        if (serial[date] < 1 || serial[date] > 6 || serial[body] < 13 || serial[address] < 13) {
            return null;
        }
        // a long record keeps only its start on the page; the rest was in overflow pages, which
        // freeing reuses, so only what is on the page is read (the body may end early)
        long contentSize = 0;
        for (int k = 1; k < columns; k++) {
            contentSize += size(serial[k]);
        }
        int headerSize = 2 + (p - at); // its size varint and _id's serial type, both before 'at'
        long onPage = localPayload(headerSize + contentSize) - headerSize;
        long stop = Math.min(end, p + onPage);
        boolean cut = onPage < contentSize;
        Object[] values = new Object[columns];
        int q = p;
        for (int k = 1; k < columns; k++) {
            int size = size(serial[k]);
            if (q - at > MAX_RECORD) {
                return null;
            }
            if (q + size > stop) {
                if (k == body && cut && q < stop) {
                    values[k] = prefix(b, q, (int) (stop - q));
                    break;
                }
                return null; // a column this scan needs did not fit on the page
            }
            values[k] = value(b, q, serial[k], size);
            if (values[k] == INVALID) {
                return null;
            }
            q += size;
        }
        if (values[date] == null || values[body] == null || values[body] == INVALID || values[address] == null) {
            return null;
        }
        long when = (Long) values[date];
        if (when < YEAR_2000_MS || when > YEAR_2100_MS) {
            return null;
        }
        String text = (String) values[body];
        String who = (String) values[address];
        int key = key(who, when, text);
        if (live.contains(key) || (cut && liveSenders.contains(key(who, when, null))) || !seen.add(key)) {
            return null;
        }
        Artefact a = new Artefact(ArtefactKind.MESSAGE, "Android SMS", "sms", null);
        a.deleted = true;
        a.time = PhoneTimes.unixMillis(when);
        a.body = text;
        Object box = type > 0 ? values[type] : null;
        AndroidSms.parties(a, box instanceof Long l ? l : null, who);
        if (thread > 0 && values[thread] instanceof Long t) {
            a.thread = "android-sms:" + t;
        }
        a.field("Service", "SMS");
        if (cut) {
            a.field("Recovered", "partly: the body continued in an overflow page, which was not recovered");
        }
        return a;
    }

    /**
     * How many bytes of a record of {@code payload} bytes SQLite keeps on a table leaf page
     * (the file format's rule: all of it up to U-35, else a share between M and U-35).
     */
    private long localPayload(long payload) {
        long u = usableSize;
        long max = u - 35;
        if (payload <= max) {
            return payload;
        }
        long min = ((u - 12) * 32 / 255) - 23;
        long k = min + ((payload - min) % (u - 4));
        return k <= max ? k : min;
    }

    /** The longest valid UTF-8 text at the start of the bytes: a cut body may end inside a character. */
    private static Object prefix(byte[] b, int at, int size) {
        for (int trim = 0; trim < 4 && trim < size; trim++) {
            Object v = value(b, at, 13, size - trim);
            if (v != INVALID) {
                return v;
            }
        }
        return INVALID;
    }

    private static final Object INVALID = new Object();

    private static boolean fits(long serial, Affinity affinity) {
        if (serial == 10 || serial == 11) {
            return false; // reserved, never written
        }
        return switch (affinity) {
            case INTEGER -> serial <= 9;
            case TEXT -> serial == 0 || (serial >= 13 && serial % 2 == 1);
            case ANY -> true;
        };
    }

    private static int size(long serial) {
        if (serial >= 12) {
            return (int) Math.min(Integer.MAX_VALUE, (serial - (serial % 2 == 0 ? 12 : 13)) / 2);
        }
        return switch ((int) serial) {
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            case 5 -> 6;
            case 6, 7 -> 8;
            default -> 0;
        };
    }

    private static Object value(byte[] b, int at, long serial, int size) {
        if (serial == 0 || serial == 7) {
            return null;
        }
        if (serial == 8 || serial == 9) {
            return serial - 8;
        }
        if (serial <= 6) {
            long v = b[at]; // big-endian two's complement
            for (int i = 1; i < size; i++) {
                v = (v << 8) | (b[at + i] & 0xff);
            }
            return v;
        }
        if (serial % 2 == 0) {
            return null; // a blob: not a column this scan reads
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, at, size)).toString();
        } catch (CharacterCodingException e) {
            return INVALID;
        }
    }

    private static int key(String address, long date, String body) {
        return Objects.hash(address, date, body);
    }
}
