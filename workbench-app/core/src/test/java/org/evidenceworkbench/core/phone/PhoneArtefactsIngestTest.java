package org.evidenceworkbench.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.evidenceworkbench.core.CaseTestSupport.item;
import static org.evidenceworkbench.core.CaseTestSupport.itemsByPath;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;
import static org.evidenceworkbench.testing.PhoneExtraction.CHROME_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.CONTACTS_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.FUTURE_WHATSAPP_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.IOS_CALLS_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.IOS_CONTACTS_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.IOS_SMS_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.IOS_WHATSAPP_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.LEGACY_WHATSAPP_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.SAFARI_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.SMS_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.WA_DB;
import static org.evidenceworkbench.testing.PhoneExtraction.WHATSAPP_DB;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Random;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.ingest.SourceResult;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.core.search.CaseSearch;
import org.evidenceworkbench.testing.Digests;
import org.evidenceworkbench.testing.PhoneExtraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone extraction through the whole ingest, as a folder, a zip (databases before their -wal)
 * and a tar (-wal before its database): every database's rows become artefact items under it,
 * with their fields and provenance, the SMS only in the write-ahead log is read, the deleted SMS
 * is recovered from freed space, an unknown schema is a warning, and the evidence is untouched.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneArtefactsIngestTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private Path extraction;

    @BeforeAll
    void buildExtraction() {
        extraction = PhoneExtraction.build(shared.resolve("extraction"));
    }

    /** Every artefact the extraction holds: database|kind|table|row|from|to|direction|time|title|body|attachments|deleted. */
    private static final List<String> EXPECTED = List.of(
            SMS_DB + "|message|sms|1|020 7946 0123|device owner|incoming|" + at(0) + "||Are we still on for tonight?||false",
            SMS_DB + "|message|sms|2|device owner|020 7946 0123|outgoing|" + at(2) + "||Yes, bring the package to the usual place||false",
            SMS_DB + "|message|sms|4|020 7946 0123|device owner|incoming|" + at(9) + "||On my way, 10 minutes||false",
            SMS_DB + "|message|pdu|1|020 7946 0123|device owner|incoming|" + at(3) + "||Here it is|"
                    + "/data/user_de/0/com.android.providers.telephony/app_parts/PART_1709287380000 (image/jpeg)|false",
            SMS_DB + "|message|sms|null|020 7946 0456|device owner|incoming|" + at(5)
                    + "||Delete this after reading: the code is 4471||true",
            CONTACTS_DB + "|call|calls|1|02079460123|device owner|incoming|" + at(1) + "|Alex Runner|||false",
            CONTACTS_DB + "|call|calls|2|+442079460018|device owner|missed|" + at(4) + "||||false",
            CONTACTS_DB + "|contact|raw_contacts|1|null|null|null|null|Alex Runner|||false",
            CONTACTS_DB + "|contact|raw_contacts|2|null|null|null|null|Boss|||true",
            CONTACTS_DB + "|account|accounts|1|null|null|null|null|sam.dealer@example.net|||false",
            WHATSAPP_DB + "|chat|chat|1|null|+442079460123|null|" + at(0) + "||||false",
            WHATSAPP_DB + "|chat|chat|2|null|442079460789-1609459200@g.us|null|" + at(1) + "|Weekend plans|||false",
            WHATSAPP_DB + "|message|message|1|+442079460123|device owner|incoming|" + at(10) + "||Did you get it?||false",
            WHATSAPP_DB + "|message|message|2|device owner|+442079460123|outgoing|" + at(11) + "||Got it, sending a picture||false",
            WHATSAPP_DB + "|message|message|3|device owner|+442079460123|outgoing|" + at(12)
                    + "|||Media/WhatsApp Images/Sent/IMG-20240301-WA0001.jpg (image/jpeg)|false",
            WHATSAPP_DB + "|message|message|4|+442079460789|442079460789-1609459200@g.us|incoming|" + at(13)
                    + "||Meet at the harbour at 9||false",
            WA_DB + "|contact|wa_contacts|1|null|null|null|null|Alex Runner|||false",
            WA_DB + "|contact|wa_contacts|2|null|null|null|null|Harbour Mick|||false",
            CHROME_DB + "|web-visit|visits|1|null|null|null|" + at(20) + "|Ferry timetable|||false",
            CHROME_DB + "|web-visit|visits|2|null|null|null|" + at(21) + "|harbour cctv cameras - Google Search|||false",
            CHROME_DB + "|web-search|keyword_search_terms|1|null|null|null|" + at(21) + "||harbour cctv cameras||false",
            CHROME_DB + "|web-visit|downloads|1|null|null|null|" + at(22) + "||||false",
            IOS_SMS_DB + "|chat|chat|1|null|+442079460456|null|null||||false",
            IOS_SMS_DB + "|message|message|1|+442079460456|device owner|incoming|" + at(30) + "||Is the boat ready?||false",
            IOS_SMS_DB + "|message|message|2|device owner|+442079460456|outgoing|" + at(31) + "||Ready. Photo attached|"
                    + "~/Library/SMS/Attachments/ab/11/AT-1/IMG_4471.HEIC (image/heic)|false",
            IOS_SMS_DB + "|message|message|3|courier@example.org|device owner|incoming|" + at(32) + "||Parcel collected||false",
            IOS_SMS_DB + "|message|message|4|+442079460456|device owner|incoming|" + at(33)
                    + "||Tide turns at 4, don't be late||false",
            IOS_CALLS_DB + "|call|ZCALLRECORD|1|device owner|+442079460456|outgoing|"
                    + Instant.parse(at(40)).plusMillis(500) + "||||false",
            IOS_CALLS_DB + "|call|ZCALLRECORD|2|02079460018|device owner|missed|" + at(41) + "||||false",
            IOS_CONTACTS_DB + "|contact|ABPerson|1|null|null|null|null|Jo Courier|||false",
            IOS_WHATSAPP_DB + "|chat|ZWACHATSESSION|1|null|+442079460456|null|null|Jo Courier|||false",
            IOS_WHATSAPP_DB + "|message|ZWAMESSAGE|1|+442079460456|device owner|incoming|" + at(50) + "||Which route?||false",
            IOS_WHATSAPP_DB + "|message|ZWAMESSAGE|2|device owner|+442079460456|outgoing|" + at(51) + "||This one|"
                    + "Media/442079460456@s.whatsapp.net/a/b/route.jpg|false",
            LEGACY_WHATSAPP_DB + "|message|messages|2|+442079460123|device owner|incoming|" + at(70)
                    + "||Old phone, same plan||false",
            LEGACY_WHATSAPP_DB + "|message|messages|3|device owner|+442079460123|outgoing|" + at(71)
                    + "|||IMG-20200101-WA0003.jpg (image/jpeg)|false",
            SAFARI_DB + "|web-visit|history_visits|1|null|null|null|" + Instant.parse(at(60)).plusMillis(250)
                    + "|Harbour tide times|||false");

    private static String at(int minutes) {
        return Instant.ofEpochMilli(PhoneExtraction.T0_MS + minutes * 60_000L).toString();
    }

    @Test
    void aFolderExtractionGivesEveryArtefactWithItsFieldsAndProvenance() throws IOException {
        String before = Digests.sha256(extraction.resolve(SMS_DB)) + Digests.sha256(extraction.resolve(SMS_DB + "-wal"));
        try (Case c = ingest(extraction)) {
            assertThat(artefactLines(c, "")).containsExactlyInAnyOrderElementsOf(EXPECTED);

            Map<String, ItemSummary> byPath = itemsByPath(c);
            ItemSummary sms = item(byPath, SMS_DB);
            ItemSummary walOnly = item(byPath, SMS_DB + "!/message-sms-4.txt");
            assertThat(walOnly.parentId()).isEqualTo(sms.id());
            assertThat(walOnly.category()).isEqualTo("message");
            assertThat(walOnly.flags()).contains("derived");
            ItemDetail detail = new CaseQueries(c).show(SMS_DB + "!/message-sms-4.txt");
            assertThat(detail.sentAt()).isEqualTo(Instant.parse(at(9)));
            assertThat(detail.mailFrom()).isEqualTo("020 7946 0123 +442079460123");
            assertThat(detail.metadata().get("Artefact")).asInstanceOf(
                    MAP)
                    .containsEntry("Kind", "message").containsEntry("App", "Android SMS")
                    .containsEntry("Thread", "android-sms:1")
                    .containsEntry("Direction", "incoming");
            assertThat(detail.metadata().get("Provenance")).asInstanceOf(
                    MAP)
                    .containsEntry("File", SMS_DB).containsEntry("Table", "sms").containsEntry("Row", "4")
                    .containsEntry("Deleted", false);
            assertThat(new CaseQueries(c).show(SMS_DB).metadata().get("Phone")).asInstanceOf(
                    MAP)
                    .containsEntry("Write-ahead log", true).containsEntry("Artefacts", 5);

            ItemDetail recovered = new CaseQueries(c).show(SMS_DB + "!/message-sms-recovered.txt");
            assertThat(recovered.item().flags()).contains("derived", "deleted");
            assertThat(recovered.metadata().get("Provenance")).asInstanceOf(
                    MAP)
                    .containsEntry("Recovered from", "database").containsKey("Offset");

            // an unknown schema is a warning on its item, which is otherwise ingested as usual
            ItemDetail future = new CaseQueries(c).show(FUTURE_WHATSAPP_DB);
            assertThat(future.item().outcome()).isEqualTo("ok");
            assertThat(future.metadata().get("Phone").toString())
                    .contains("schema version not known to WhatsApp Android messages", "user_version 9999");
            assertThat(future.children()).isEmpty();
        }
        assertThat(Digests.sha256(extraction.resolve(SMS_DB)) + Digests.sha256(extraction.resolve(SMS_DB + "-wal")))
                .as("the evidence is never written to").isEqualTo(before);
    }

    @Test
    void artefactsAreSearchableByTypeAndParty() {
        try (Case c = ingest(extraction)) {
            assertThat(paths(c, "type:message party:\"+442079460456\"")).containsExactlyInAnyOrder(
                    SMS_DB + "!/message-sms-recovered.txt", IOS_SMS_DB + "!/message-message-1.txt",
                    IOS_SMS_DB + "!/message-message-2.txt", IOS_SMS_DB + "!/message-message-4.txt",
                    IOS_WHATSAPP_DB + "!/message-ZWAMESSAGE-1.txt",
                    IOS_WHATSAPP_DB + "!/message-ZWAMESSAGE-2.txt");
            // one number written two ways by two apps: found by either spelling
            assertThat(paths(c, "type:call from:\"+442079460018\"")).containsExactlyInAnyOrder(
                    CONTACTS_DB + "!/call-calls-2.txt", IOS_CALLS_DB + "!/call-ZCALLRECORD-2.txt");
            assertThat(paths(c, "type:web-search cctv")).containsExactly(
                    CHROME_DB + "!/web-search-keyword_search_terms-1.txt");
            assertThat(paths(c, "harbour type:message")).containsExactly(WHATSAPP_DB + "!/message-message-4.txt");
            assertThat(paths(c, "flag:deleted")).containsExactlyInAnyOrder(SMS_DB + "!/message-sms-recovered.txt",
                    CONTACTS_DB + "!/contact-raw_contacts-2.txt");
        }
    }

    @Test
    void aZipWithDatabasesBeforeTheirLogsGivesTheSameArtefacts() throws IOException {
        Path zip = PhoneExtraction.zip(extraction, tmp.resolve("phone.zip"));
        try (Case c = ingest(zip)) {
            assertThat(artefactLines(c, "phone.zip!/")).containsExactlyInAnyOrderElementsOf(EXPECTED);
        }
    }

    @Test
    void aTarWithLogsBeforeTheirDatabasesGivesTheSameArtefacts() throws IOException {
        Path tar = PhoneExtraction.tar(extraction, tmp.resolve("phone.tar"));
        try (Case c = ingest(tar)) {
            assertThat(artefactLines(c, "phone.tar!/")).containsExactlyInAnyOrderElementsOf(EXPECTED);
            assertThat(itemsByPath(c)).containsKey("phone.tar!/" + SMS_DB + "-wal");
            assertThat(c.layout().tmpDir()).isEmptyDirectory();
        }
    }

    @Test
    void aConversationIsItsMessagesInOrder() {
        try (Case c = ingest(extraction)) {
            List<String> chat = new ArrayList<>();
            new ArtefactQueries(c).conversation("whatsapp:442079460123@s.whatsapp.net",
                    a -> chat.add(a.kind() + ":" + a.from() + ":" + a.body() + ":" + a.attachments()));
            assertThat(chat).containsExactly(
                    "message:+442079460123:Old phone, same plan:[]",
                    "message:device owner:null:[IMG-20200101-WA0003.jpg (image/jpeg)]","chat:null:null:[]", "message:+442079460123:Did you get it?:[]",
                    "message:device owner:Got it, sending a picture:[]",
                    "message:device owner:null:[Media/WhatsApp Images/Sent/IMG-20240301-WA0001.jpg (image/jpeg)]");
        }
    }

    @Test
    void aDamagedDatabaseIsAWarningOnItsItemNotAFailedIngest() throws IOException {
        Path phone = tmp.resolve("damaged");
        byte[] whole = Files.readAllBytes(extraction.resolve(SMS_DB));
        Path db = phone.resolve(SMS_DB);
        Files.createDirectories(db.getParent());
        // SQLite's header and then noise: the first page's b-tree is garbage
        byte[] damaged = Arrays.copyOf(whole, whole.length);
        new Random(7).ints(100, damaged.length).limit(2000).forEach(i -> damaged[i] = (byte) i);
        Files.write(db, damaged);
        Path truncated = Files.createDirectories(phone.resolve("truncated")).resolve("mmssms.db");
        Files.write(truncated, Arrays.copyOf(whole, 4096)); // the first page only
        try (Case c = ingest(phone)) {
            CaseQueries q = new CaseQueries(c);
            for (String path : List.of(SMS_DB, "truncated/mmssms.db")) {
                ItemDetail d = q.show(path);
                assertThat(d.item().outcome()).isEqualTo("ok");
                assertThat(d.metadata().get("Phone")).asInstanceOf(MAP)
                        .containsKey("Warnings");
            }
        }
    }

    @Test
    void aHugeMessageBodyIsCutAtTheTextLimit() throws Exception {
        Path db = Files.createDirectories(tmp.resolve("huge/databases")).resolve("mmssms.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, date INTEGER,"
                    + " type INTEGER, body TEXT)");
            s.execute("INSERT INTO sms VALUES (1, 1, '020 7946 0123', " + PhoneExtraction.T0_MS + ", 1,"
                    + " 'spam ' || printf('%.1500000c', 'x'))");
        }
        try (Case c = ingest(tmp.resolve("huge"))) {
            ItemDetail sms = new CaseQueries(c).show("databases/mmssms.db!/message-sms-1.txt");
            assertThat(sms.item().flags()).contains("derived", "text_truncated");
            assertThat(sms.text().truncated()).isTrue();
        }
    }

    private Case ingest(Path source) {
        Case c = newCase(tmp.resolve("case-" + System.nanoTime()));
        List<SourceResult> results = new IngestService(c, options()).ingest(List.of(source));
        assertThat(results).extracting(SourceResult::status).containsExactly(SourceResult.Status.COMPLETE);
        return c;
    }

    private static List<String> artefactLines(Case c, String prefix) {
        List<String> lines = new ArrayList<>();
        new ArtefactQueries(c).forEach(null, a -> {
            assertThat(a.sourceFile()).startsWith(prefix);
            lines.add(a.sourceFile().substring(prefix.length()) + "|" + a.kind() + "|" + a.sourceTable() + "|"
                    + a.sourceRow() + "|" + a.from() + "|" + a.to() + "|" + a.direction() + "|" + a.at() + "|"
                    + (a.title() == null ? "" : a.title()) + "|" + (a.body() == null ? "" : a.body()) + "|"
                    + String.join(";", a.attachments()) + "|" + a.deleted());
        });
        return lines;
    }

    private static List<String> paths(Case c, String query) {
        Map<Long, String> byId = new HashMap<>();
        itemsByPath(c).values().forEach(i -> byId.put(i.id(), i.path()));
        List<String> found = new ArrayList<>();
        CaseSearch.matchingIds(c, query).stream().forEach(id -> found.add(byId.get((long) id)));
        return found;
    }
}
