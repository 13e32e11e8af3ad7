package org.evidenceworkbench.samples.phone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.core.training.AnswerKey.ExpectedFinding;
import org.evidenceworkbench.core.training.AnswerKey.Item;
import org.evidenceworkbench.core.training.AnswerKey.Priority;
import org.evidenceworkbench.samples.Scenario;
import org.evidenceworkbench.samples.Size;
import org.evidenceworkbench.samples.build.Documents;
import org.evidenceworkbench.samples.build.EvidenceFiles;
import org.evidenceworkbench.samples.build.FixedZip;
import org.evidenceworkbench.samples.build.Pictures;
import org.evidenceworkbench.samples.build.SyntheticIdentifiers;

/**
 * A seized phone: an Android-style logical extraction ({@code sdcard/} and {@code data/data/}) of an
 * invented dealer's phone. Camera pictures with EXIF and GPS, WhatsApp media, downloads, the SMS,
 * contacts (with call log) and Chrome databases in the apps' real layouts ({@link PhoneDatabases}),
 * a zip of screenshots; planted identifiers, a watchlist term and
 * "known-bad" pictures, which are neutral placeholders listed in the training hash set that ships
 * with the case ({@code training-hashset.txt}), as is the watchlist ({@code watchlist.txt}).
 */
public final class SeizedPhoneScenario implements Scenario {

    static final Instant CREATED = Instant.parse("2025-03-20T16:00:00Z");
    /** The watchlist term planted in the price list; the case ships it in watchlist.txt. */
    static final String WATCHLIST_TERM = "blue dolphin";
    static final String OWNER_PHONE = "020 7946 0377";
    static final String OWNER_PHONE_E164 = "+442079460377";
    static final String CONTACT_PHONE = "020 7946 0918";
    static final String CONTACT_PHONE_E164 = "+442079460918";

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final String CAMERA = "sdcard/DCIM/Camera/";
    private static final String WHATSAPP = "sdcard/WhatsApp/Media/WhatsApp Images/";

    @Override
    public String name() {
        return "seized-phone";
    }

    @Override
    public String description() {
        return "An Android phone's logical extraction: photos with GPS, WhatsApp media, downloads, SMS, contacts,"
                + " call-log and Chrome databases, screenshots; identifiers, a watchlist hit and known-bad hash-set hits.";
    }

    @Override
    public void generate(Path dir, Size size, long seed) throws IOException {
        Random random = new Random(seed);
        SyntheticIdentifiers ids = new SyntheticIdentifiers(random);
        Documents docs = new Documents(CREATED);
        EvidenceFiles files = new EvidenceFiles(Files.createDirectories(dir.resolve("evidence")), CREATED);
        List<Item> key = new ArrayList<>();
        List<String> knownBad = new ArrayList<>();
        String btc = ids.bitcoin();
        String iban = ids.ibanGb();

        // camera pictures; the one taken at the meeting place is what matters
        int photos = size == Size.FULL ? 120 : 4;
        for (int i = 0; i < photos; i++) {
            LocalDateTime taken = LocalDateTime.of(2025, 3, 1 + i % 19, 9 + i % 10, (7 * i) % 60, 3);
            boolean meeting = i == 2;
            double lat = meeting ? 51.50135 : 51.45 + random.nextInt(1000) / 10000.0;
            double lon = meeting ? -0.14189 : -0.20 + random.nextInt(1000) / 10000.0;
            String name = String.format(Locale.ROOT, "%sIMG_%s.jpg", CAMERA,
                    taken.format(FILE_TIME));
            files.write(name, Pictures.jpegWithExif(Pictures.placeholder(random.nextLong(), 640, 480),
                    new Pictures.Exif("Acme", "Phone X1", taken, lat, lon)));
            if (meeting) {
                key.add(new Item(name, Priority.MEDIUM, "Taken at the meeting place the SMS arranges (EXIF GPS).",
                        List.of(), List.of("relevant", "location")));
            }
        }

        // WhatsApp pictures: two are on the training hash set
        for (int i = 1; i <= (size == Size.FULL ? 60 : 3); i++) {
            byte[] jpeg = Pictures.jpeg(Pictures.placeholder(random.nextLong(), 480, 360));
            String name = String.format(Locale.ROOT, "%sIMG-20250302-WA%04d.jpg", WHATSAPP, i);
            files.write(name, jpeg);
            if (i == 2 || i == 3) {
                knownBad.add(sha256(jpeg));
                key.add(new Item(name, Priority.HIGH, "On the training known-bad hash set.",
                        List.of(new ExpectedFinding("known-bad", null)), List.of("relevant", "known-bad")));
            }
        }

        // screenshots, one of which is a known-bad picture again
        Map<String, byte[]> shots = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            byte[] png = Pictures.png(Pictures.placeholder(random.nextLong(), 360, 640));
            shots.put(String.format(Locale.ROOT, "Screenshot_20250305-1%d1500.png", i), png);
            if (i == 3) {
                knownBad.add(sha256(png));
            }
        }
        files.write("sdcard/Pictures/Screenshots.zip", FixedZip.of(shots, CREATED));
        key.add(new Item("sdcard/Pictures/Screenshots.zip", Priority.HIGH,
                "A screenshot inside the zip is on the training known-bad hash set.",
                List.of(new ExpectedFinding("known-bad", null)), List.of("relevant", "known-bad")));

        // downloads
        files.write("sdcard/Download/payment-details.pdf", docs.pdf("Payment", "unknown", List.of(
                "Payment details for the March order", "Bank: IBAN " + SyntheticIdentifiers.grouped(iban),
                "Or coins to " + btc)));
        key.add(new Item("sdcard/Download/payment-details.pdf", Priority.HIGH, "Where the money goes.",
                List.of(new ExpectedFinding("iban", iban), new ExpectedFinding("bitcoin", btc)),
                List.of("relevant", "finance")));
        files.write("sdcard/Download/price-list.xlsx", docs.xlsx("Prices", "unknown", "March",
                List.of("Item", "Price GBP"), List.of(List.of("Blue Dolphin (10)", "120"),
                        List.of("Delivery", "20"))));
        key.add(new Item("sdcard/Download/price-list.xlsx", Priority.HIGH, "A price list naming a watchlist term.",
                List.of(new ExpectedFinding("watchlist", WATCHLIST_TERM)), List.of("relevant", "watchlist")));
        files.write("sdcard/Download/contacts-export.docx", docs.docx("Contacts", "unknown", List.of(
                "Supplier: " + CONTACT_PHONE, "Mail: k.brandt@example.net")));
        key.add(new Item("sdcard/Download/contacts-export.docx", Priority.LOW, "The supplier's number and mail.",
                List.of(new ExpectedFinding("phone", CONTACT_PHONE_E164),
                        new ExpectedFinding("email", "k.brandt@example.net")), List.of("relevant")));
        files.write("sdcard/Download/bus-timetable.pdf", docs.pdf("Timetable", "Transport", List.of(
                "Route 24 timetable", "Every 10 minutes, 6am to midnight")));

        // the apps' databases in their real layouts: the ingest reads each SMS, contact, call and visit as an item
        Path sms = files.resolve(PhoneDatabases.SMS_DB);
        PhoneDatabases.sms(sms, CONTACT_PHONE_E164, WATCHLIST_TERM, btc);
        files.fixTime(sms);
        key.add(new Item(artefact(PhoneDatabases.SMS_DB, "message-sms", PhoneDatabases.SMS_MEETING), Priority.MEDIUM,
                "The supplier's SMS asking to meet at the usual place.",
                List.of(new ExpectedFinding("phone", CONTACT_PHONE_E164)), List.of("relevant", "messages")));
        key.add(new Item(artefact(PhoneDatabases.SMS_DB, "message-sms", PhoneDatabases.SMS_WATCHLIST), Priority.HIGH,
                "His reply agreeing the meeting and naming a watchlist term.",
                List.of(new ExpectedFinding("watchlist", WATCHLIST_TERM),
                        new ExpectedFinding("phone", CONTACT_PHONE_E164)),
                List.of("relevant", "messages", "watchlist")));
        key.add(new Item(artefact(PhoneDatabases.SMS_DB, "message-sms", PhoneDatabases.SMS_PAYMENT), Priority.HIGH,
                "The supplier's SMS confirming payment to the Bitcoin address.",
                List.of(new ExpectedFinding("bitcoin", btc), new ExpectedFinding("phone", CONTACT_PHONE_E164)),
                List.of("relevant", "messages", "finance")));
        Path contacts = files.resolve(PhoneDatabases.CONTACTS_DB);
        PhoneDatabases.contactsAndCalls(contacts, CONTACT_PHONE_E164, CONTACT_PHONE.replace(" ", ""),
                "+442079460102", OWNER_PHONE_E164);
        files.fixTime(contacts);
        key.add(new Item(artefact(PhoneDatabases.CONTACTS_DB, "contact-raw_contacts", PhoneDatabases.CONTACT_SUPPLIER),
                Priority.MEDIUM, "The supplier, saved only as \"K\".",
                List.of(new ExpectedFinding("phone", CONTACT_PHONE_E164)), List.of("relevant")));
        key.add(new Item(artefact(PhoneDatabases.CONTACTS_DB, "call-calls", PhoneDatabases.CALL_AFTER_PAYMENT),
                Priority.LOW, "A call from the supplier minutes after the payment SMS.",
                List.of(new ExpectedFinding("phone", CONTACT_PHONE_E164)), List.of("relevant")));
        Path history = files.resolve(PhoneDatabases.CHROME_DB);
        PhoneDatabases.chromeHistory(history);
        files.fixTime(history);
        key.add(new Item(artefact(PhoneDatabases.CHROME_DB, "web-search-keyword_search_terms",
                PhoneDatabases.SEARCH_BITCOIN), Priority.LOW, "A search for buying Bitcoin an hour before the payment SMS.",
                List.of(), List.of("relevant", "finance")));

        Files.writeString(dir.resolve("training-hashset.txt"), String.join("\n", knownBad) + "\n");
        Files.writeString(dir.resolve("watchlist.txt"), "# training watchlist of the seized-phone case\n"
                + WATCHLIST_TERM + "\n");
        AnswerKey answerKey = new AnswerKey(AnswerKey.FORMAT, name(), size.label(), seed, key);
        answerKey.write(dir.resolve("answer-key.json"));
        Files.writeString(dir.resolve("briefing.md"), SeizedPhoneBriefing.markdown(answerKey));
    }

    /** The path the ingest gives an artefact read from a database: the database, then kind, table and row. */
    private static String artefact(String database, String kindAndTable, int row) {
        return database + "!/" + kindAndTable + "-" + row + ".txt";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
