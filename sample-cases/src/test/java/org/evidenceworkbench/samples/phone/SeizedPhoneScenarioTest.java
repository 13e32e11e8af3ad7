package org.evidenceworkbench.samples.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.samples.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seized phone is the same bytes for the same seed; its hash set lists the planted pictures; GPS is real EXIF. */
class SeizedPhoneScenarioTest {

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFiles() throws Exception {
        new SeizedPhoneScenario().generate(tmp.resolve("a"), Size.SMALL, 5);
        new SeizedPhoneScenario().generate(tmp.resolve("b"), Size.SMALL, 5);
        Map<String, String> a = hashes(tmp.resolve("a"));
        assertThat(a).containsKeys("answer-key.json", "briefing.md", "training-hashset.txt", "watchlist.txt",
                "evidence/data/data/com.android.providers.telephony/databases/mmssms.db",
                "evidence/sdcard/Pictures/Screenshots.zip");
        assertThat(hashes(tmp.resolve("b"))).isEqualTo(a);
    }

    @Test
    void hashSetListsThePlantedPicturesAndTheMeetingPictureHasGps() throws Exception {
        new SeizedPhoneScenario().generate(tmp, Size.SMALL, 1);
        AnswerKey key = AnswerKey.read(tmp.resolve("answer-key.json"));
        Map<String, String> hashes = hashes(tmp.resolve("evidence"));
        for (AnswerKey.Item item : key.items()) {
            // an artefact item (database!/message-sms-2.txt) lies in its database
            String file = item.path().contains("!/") ? item.path().substring(0, item.path().indexOf("!/")) : item.path();
            assertThat(tmp.resolve("evidence").resolve(file)).isRegularFile();
        }
        String set = Files.readString(tmp.resolve("training-hashset.txt"));
        assertThat(set.lines()).hasSize(3);
        key.items().stream().filter(i -> i.path().contains("WhatsApp"))
                .forEach(i -> assertThat(set).contains(hashes.get(i.path())));
        AnswerKey.Item meeting = key.items().stream().filter(i -> i.tags().contains("location")).findFirst()
                .orElseThrow();
        GpsDirectory gps = ImageMetadataReader.readMetadata(tmp.resolve("evidence").resolve(meeting.path()).toFile())
                .getFirstDirectoryOfType(GpsDirectory.class);
        assertThat(gps.getGeoLocation().getLatitude()).isCloseTo(51.50135, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void theKeysMessagesAreTheRowsOfTheSmsDatabaseThatNameTheTermAndTheAddress() throws Exception {
        new SeizedPhoneScenario().generate(tmp, Size.SMALL, 3);
        AnswerKey key = AnswerKey.read(tmp.resolve("answer-key.json"));
        Map<Long, String> bodies = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                + tmp.resolve("evidence").resolve(PhoneDatabases.SMS_DB).toAbsolutePath());
             Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT _id, body FROM sms")) {
            while (r.next()) {
                bodies.put(r.getLong(1), r.getString(2));
            }
        }
        List<AnswerKey.Item> messages = key.items().stream()
                .filter(i -> i.path().startsWith(PhoneDatabases.SMS_DB + "!/message-sms-")).toList();
        assertThat(messages).hasSize(3);
        for (AnswerKey.Item message : messages) {
            long row = Long.parseLong(message.path().replaceAll(".*message-sms-(\\d+)\\.txt", "$1"));
            for (AnswerKey.ExpectedFinding f : message.findings()) {
                if (!f.type().equals("phone")) { // the number is the sender's, not in the body
                    assertThat(bodies.get(row).toLowerCase(Locale.ROOT)).as(message.path())
                            .contains(f.entity().toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(messages).flatExtracting(AnswerKey.Item::findings).extracting(AnswerKey.ExpectedFinding::type)
                .contains("watchlist", "bitcoin");
    }

    @Test
    void fullSizeAddsPicturesButKeepsTheSameKeyItems() throws Exception {
        new SeizedPhoneScenario().generate(tmp.resolve("small"), Size.SMALL, 2);
        new SeizedPhoneScenario().generate(tmp.resolve("full"), Size.FULL, 2);
        assertThat(AnswerKey.read(tmp.resolve("full/answer-key.json")).items()).extracting(AnswerKey.Item::path)
                .isEqualTo(AnswerKey.read(tmp.resolve("small/answer-key.json")).items().stream()
                        .map(AnswerKey.Item::path).toList());
        assertThat(hashes(tmp.resolve("full")).size()).isGreaterThan(hashes(tmp.resolve("small")).size() + 150);
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
