package org.evidenceworkbench.core.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The freed-space scan on randomly filled SMS databases (reproducible seeds): random bodies (with
 * non-ASCII text and lengths that spill into overflow pages), random deletions, some after a
 * switch to WAL mode. Whatever it reports must be a deleted message, never a live or a made-up
 * one: exactly, or, for a body that ran on into an overflow page, marked as partly recovered and
 * its start exactly. And it must find most of them.
 */
class DeletedSmsCarverTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz ÄÖÜßéè€£😀0123456789.,!?";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void reportsOnlyDeletedMessagesAndMostOfThem(long seed) throws Exception {
        Random random = new Random(seed);
        Path db = tmp.resolve("mmssms.db");
        Map<String, String> deleted = new HashMap<>();
        Path copy = tmp.resolve("copy.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA secure_delete = 0");
                s.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                        + " date INTEGER, date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0,"
                        + " status INTEGER DEFAULT -1, type INTEGER, reply_path_present INTEGER, subject TEXT,"
                        + " body TEXT, service_center TEXT, locked INTEGER DEFAULT 0, sub_id INTEGER DEFAULT -1,"
                        + " error_code INTEGER DEFAULT 0, creator TEXT, seen INTEGER DEFAULT 0)");
            }
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO sms (_id, thread_id, address, date, type, body) VALUES (?,?,?,?,?,?)")) {
                for (int i = 1; i <= 400; i++) {
                    String address = "020 7946 " + String.format("%04d", random.nextInt(10_000));
                    long date = 1_600_000_000_000L + random.nextInt(1_000_000_000);
                    String body = body(random, random.nextInt(10) == 0 ? 2000 + random.nextInt(6000) : 1 + random.nextInt(160));
                    p.setInt(1, i);
                    p.setInt(2, random.nextInt(20));
                    p.setString(3, address);
                    p.setLong(4, date);
                    p.setInt(5, 1 + random.nextInt(2));
                    p.setString(6, body);
                    p.executeUpdate();
                    rows.add(new String[] {String.valueOf(i), address + "|" + date, body});
                }
            }
            boolean wal = random.nextBoolean();
            if (wal) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA wal_autocheckpoint = 0");
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM sms WHERE _id = ?")) {
                for (String[] row : rows) {
                    if (random.nextInt(4) == 0) {
                        p.setInt(1, Integer.parseInt(row[0]));
                        p.executeUpdate();
                        deleted.put(row[1], row[2]);
                    }
                }
            }
            Files.copy(db, copy, StandardCopyOption.REPLACE_EXISTING);
            Path walFile = tmp.resolve("mmssms.db-wal");
            Path walCopy = tmp.resolve("copy.db-wal");
            if (Files.exists(walFile)) {
                Files.copy(walFile, walCopy, StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> found = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            try (Connection read = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                DeletedSmsCarver.recover(copy, Files.exists(walCopy) ? walCopy : null, read, new ArtefactSink() {
                    @Override
                    public void artefact(Artefact a) {
                        assertThat(a.deleted).isTrue();
                        String who = Artefact.OWNER.equals(a.from) ? a.to.get(0) : a.from;
                        String key = who + "|" + a.time.toEpochMilli();
                        String body = deleted.get(key);
                        boolean partly = a.fields.containsKey("Recovered");
                        if (body == null || !(partly ? body.startsWith(a.body) && body.length() > a.body.length()
                                : body.equals(a.body))) {
                            wrong.add(key + " " + (partly ? "partly " : "") + a.body);
                        }
                        found.add(key);
                    }

                    @Override
                    public void warning(String sentence) {
                        throw new AssertionError(sentence);
                    }
                });
            }
            assertThat(wrong).as("seed %d: reported but not deleted as reported", seed).isEmpty();
            assertThat(found).as("seed %d: each once", seed).doesNotHaveDuplicates();
            assertThat(found.size()).as("seed %d (WAL %s): found %d of %d deleted", seed, wal, found.size(),
                    deleted.size()).isGreaterThanOrEqualTo(deleted.size() * 8 / 10);
        }
    }

    private static String body(Random random, int length) {
        StringBuilder b = new StringBuilder();
        int[] points = ALPHABET.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return b.toString();
    }
}
