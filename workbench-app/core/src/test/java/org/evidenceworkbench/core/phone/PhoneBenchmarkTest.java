package org.evidenceworkbench.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.item.CaseQueries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Artefact throughput: an Android {@code mmssms.db} of {@code -Dbench.sms} SMS (default 20,000,
 * one in ten deleted, so the freed-space scan has work), ingested whole after a warm-up ingest
 * of a small one: every SMS becomes an item (spooled, hashed, scanned by the installed detectors,
 * saved, indexed). Prints {@code BENCHMARK} lines; runs only with {@code -Pbench}.
 */
@Tag("benchmark")
class PhoneBenchmarkTest {

    @TempDir
    Path tmp;

    @Test
    void smsArtefactsPerSecond() throws IOException, SQLException {
        int sms = Integer.getInteger("bench.sms", 20_000);
        Path warm = Files.createDirectories(tmp.resolve("warm/data/data/com.android.providers.telephony/databases"));
        smsDatabase(warm.resolve("mmssms.db"), 200);
        try (Case c = newCase(tmp.resolve("warm-case"))) {
            new IngestService(c, options()).ingest(List.of(tmp.resolve("warm")));
        }
        Path dir = Files.createDirectories(tmp.resolve("phone/data/data/com.android.providers.telephony/databases"));
        Path db = smsDatabase(dir.resolve("mmssms.db"), sms);
        long bytes = Files.size(db);
        try (Case c = newCase(tmp.resolve("case"))) {
            long start = System.nanoTime();
            new IngestService(c, options()).ingest(List.of(tmp.resolve("phone")));
            double seconds = (System.nanoTime() - start) / 1e9;
            AtomicLong live = new AtomicLong();
            AtomicLong recovered = new AtomicLong();
            new ArtefactQueries(c).forEach("message", a -> (a.deleted() ? recovered : live).incrementAndGet());
            assertThat(live.get()).isEqualTo(sms - sms / 10);
            assertThat(recovered.get()).isPositive();
            Map<?, ?> phone = (Map<?, ?>) new CaseQueries(c).show(
                    "data/data/com.android.providers.telephony/databases/mmssms.db").metadata().get("Phone");
            System.out.printf(Locale.ROOT, "BENCHMARK phone: mmssms.db %.1f MB, %d SMS (%d live, %d recovered from freed"
                            + " space; reader says %s) ingested in %.2f s = %.0f artefacts/s%n", bytes / 1e6, sms,
                    live.get(), recovered.get(), phone.get("Artefacts"), seconds, (live.get() + recovered.get()) / seconds);
        }
    }

    private static Path smsDatabase(Path file, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA secure_delete = 0");
                s.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                        + " date INTEGER, date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0,"
                        + " status INTEGER DEFAULT -1, type INTEGER, reply_path_present INTEGER, subject TEXT, body TEXT,"
                        + " service_center TEXT, locked INTEGER DEFAULT 0, sub_id INTEGER DEFAULT -1,"
                        + " error_code INTEGER DEFAULT 0, creator TEXT, seen INTEGER DEFAULT 0)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO sms (_id, thread_id, address, date, type, body) VALUES (?,?,?,?,?,?)")) {
                for (int i = 1; i <= count; i++) {
                    p.setInt(1, i);
                    p.setInt(2, i % 50);
                    p.setString(3, String.format(Locale.ROOT, "020 7946 %04d", i % 1000));
                    p.setLong(4, 1_709_287_200_000L + i * 60_000L);
                    p.setInt(5, 1 + i % 2);
                    p.setString(6, "Message " + i + ": meet at the harbour at " + (i % 24) + ":00, bring the usual");
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM sms WHERE _id % 10 = 0");
            }
            c.commit();
        }
        return file;
    }
}
