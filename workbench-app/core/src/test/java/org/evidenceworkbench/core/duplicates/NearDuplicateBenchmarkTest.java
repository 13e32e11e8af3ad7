package org.evidenceworkbench.core.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Random;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.casefolder.Case;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouping near-duplicates among 100,000 hashed pictures in a real case database: one picture in
 * five has two to five near copies (a few bits to 30 bits away, some as a rotated variant); the
 * rest are unrelated. Prints the time to load, group and store; run with {@code -Pbench}.
 */
@Tag("benchmark")
class NearDuplicateBenchmarkTest {

    private static final int PICTURES = Integer.getInteger("bench.pictures", 100_000);

    @TempDir
    Path dir;

    @Test
    void groupsAHundredThousandPictures() throws Exception {
        Random r = new Random(5);
        int expectedGrouped = 0;
        try (Case c = CaseTestSupport.newCase(dir.resolve("case"))) {
            try (Connection db = c.database().connection()) {
                db.setAutoCommit(false);
                try (Statement s = db.createStatement()) {
                    s.executeUpdate("INSERT INTO source (id, kind, location, name, state, added_at) VALUES"
                            + " (1, 'folder', '/evidence', 'evidence', 'complete', CURRENT_TIMESTAMP)");
                }
                try (PreparedStatement item = db.prepareStatement("INSERT INTO item (id, source_id, path, name,"
                        + " depth, state, outcome, ingested_at, write_seq) VALUES (?, 1, ?, ?, 0, 'done', 'ok', ?, ?)");
                     PreparedStatement finding = db.prepareStatement("INSERT INTO finding (item_id, detector_id,"
                             + " detector_version, type, label, explanation, confidence, severity, entity_type,"
                             + " entity_value, found_at, attributes) VALUES (?, 'media.pdq', '2', 'pdq', 'PDQ', 'PDQ',"
                             + " 1.0, 'info', 'pdq', ?, ?, ?)")) {
                    long id = 0;
                    while (id < PICTURES) {
                        byte[][] variants = randomVariants(r);
                        int copies = r.nextInt(5) == 0 ? 2 + r.nextInt(4) : 0;
                        if (copies > 0) {
                            expectedGrouped += copies + 1;
                        }
                        for (int k = 0; k <= copies && id < PICTURES; k++) {
                            id++;
                            byte[][] mine = k == 0 ? variants : copyOf(variants, r, k % 4 == 3);
                            item.setLong(1, id);
                            item.setString(2, "DCIM/IMG_" + id + ".jpg");
                            item.setString(3, "IMG_" + id + ".jpg");
                            item.setObject(4, OffsetDateTime.now());
                            item.setLong(5, id);
                            item.addBatch();
                            finding.setLong(1, id);
                            finding.setString(2, HexFormat.of().formatHex(mine[0]));
                            finding.setObject(3, OffsetDateTime.now());
                            finding.setString(4, attributes(mine));
                            finding.addBatch();
                            if (id % 5000 == 0) {
                                item.executeBatch();
                                finding.executeBatch();
                            }
                        }
                    }
                    item.executeBatch();
                    finding.executeBatch();
                }
                db.commit();
            }
            // the service logs how the time splits between loading, grouping and storing
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(NearDuplicates.class))
                    .setLevel(ch.qos.logback.classic.Level.INFO);
            long t0 = System.nanoTime();
            NearDuplicates.Summary s = new NearDuplicates(c).refresh();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("Near-duplicate grouping of %,d hashed pictures (loaded from the case, grouped, stored):"
                    + " %.1f s; %,d groups holding %,d pictures%n", s.hashedPictures(), seconds, s.groups(),
                    s.groupedPictures());
            assertThat(s.hashedPictures()).isEqualTo(PICTURES);
            assertThat(s.groupedPictures()).isBetween(expectedGrouped - 10, expectedGrouped);
            t0 = System.nanoTime();
            int listed = new NearDuplicates(c).groups().size();
            System.out.printf("Listing the %,d groups: %.1f s%n", listed, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static byte[][] randomVariants(Random r) {
        byte[][] v = new byte[8][32];
        for (byte[] b : v) {
            r.nextBytes(b);
        }
        return v;
    }

    /** A near copy: its own hash a few to 30 bits from the original's (or from its quarter-turn variant). */
    private static byte[][] copyOf(byte[][] original, Random r, boolean turned) {
        byte[][] v = randomVariants(r);
        v[0] = original[turned ? 1 : 0].clone();
        int bits = 1 + r.nextInt(30);
        for (int i = 0; i < bits; i++) {
            int b = r.nextInt(256);
            v[0][b >>> 3] ^= (byte) (1 << (b & 7));
        }
        return v;
    }

    private static String attributes(byte[][] v) {
        String[] names = {"original", "rotate_90", "rotate_180", "rotate_270", "flip_x", "flip_y", "transpose",
                "anti_transpose"};
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < 8; i++) {
            s.append(i == 0 ? "" : ",").append('"').append(names[i]).append("\":\"")
                    .append(HexFormat.of().formatHex(v[i])).append('"');
        }
        return s.append(",\"quality\":\"100\"}").toString();
    }
}
