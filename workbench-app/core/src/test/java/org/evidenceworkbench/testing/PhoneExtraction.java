package org.evidenceworkbench.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A phone extraction as forensic tools lay it out (Android's /data/data and iOS's
 * /private/var/mobile), every database made with sqlite-jdbc in the app's own table layout and
 * filled with known rows, for tests that ingest it as a folder, a zip or a tar. The Android SMS
 * database has a deleted SMS left in its freed space and an SMS that lives only in its
 * write-ahead log (the file is copied while SQLite still holds it, before any checkpoint).
 *
 * <p>The numbers are Ofcom's drama numbers (020 7946 0xxx; libphonenumber holds its mobile drama range invalid), never real people's.
 */
public final class PhoneExtraction {

    public static final String SMS_DB = "data/data/com.android.providers.telephony/databases/mmssms.db";
    public static final String CONTACTS_DB = "data/data/com.android.providers.contacts/databases/contacts2.db";
    public static final String WHATSAPP_DB = "data/data/com.whatsapp/databases/msgstore.db";
    public static final String WA_DB = "data/data/com.whatsapp/databases/wa.db";
    public static final String CHROME_DB = "data/data/com.android.chrome/app_chrome/Default/History";
    public static final String IOS_SMS_DB = "private/var/mobile/Library/SMS/sms.db";
    public static final String IOS_CALLS_DB = "private/var/mobile/Library/CallHistoryDB/CallHistory.storedata";
    public static final String IOS_CONTACTS_DB = "private/var/mobile/Library/AddressBook/AddressBook.sqlitedb";
    public static final String IOS_WHATSAPP_DB =
            "private/var/mobile/Containers/Shared/AppGroup/0A1B2C3D/ChatStorage.sqlite";
    public static final String SAFARI_DB = "private/var/mobile/Library/Safari/History.db";
    /** A msgstore.db from WhatsApp before 2021 (one messages table), on a second phone. */
    public static final String LEGACY_WHATSAPP_DB = "backup/old-phone/com.whatsapp/databases/msgstore.db";
    /** A msgstore.db from a WhatsApp version with a layout no parser knows. */
    public static final String FUTURE_WHATSAPP_DB = "data/data/com.whatsapp.w5b/databases/msgstore.db";

    /** 2024-03-01T10:00:00Z in Unix milliseconds; rows are minutes after it. */
    public static final long T0_MS = 1_709_287_200_000L;
    /** The same instant in seconds since 2001 (Apple's epoch). */
    public static final long T0_APPLE = (T0_MS / 1000) - 978_307_200L;
    /** The same instant in microseconds since 1601 (Chrome's epoch). */
    public static final long T0_WEBKIT = (T0_MS / 1000 + 11_644_473_600L) * 1_000_000L;

    private PhoneExtraction() {
    }

    /** Writes the whole extraction under {@code root}; returns it. */
    public static Path build(Path root) {
        try {
            androidSms(root.resolve(SMS_DB));
            androidContacts(root.resolve(CONTACTS_DB));
            whatsAppAndroid(root.resolve(WHATSAPP_DB));
            whatsAppContacts(root.resolve(WA_DB));
            chrome(root.resolve(CHROME_DB));
            iosSms(root.resolve(IOS_SMS_DB));
            iosCalls(root.resolve(IOS_CALLS_DB));
            iosContacts(root.resolve(IOS_CONTACTS_DB));
            iosWhatsApp(root.resolve(IOS_WHATSAPP_DB));
            safari(root.resolve(SAFARI_DB));
            futureWhatsApp(root.resolve(FUTURE_WHATSAPP_DB));
            legacyWhatsApp(root.resolve(LEGACY_WHATSAPP_DB));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long minute(int n) {
        return T0_MS + n * 60_000L;
    }

    /**
     * mmssms.db: three SMS and an MMS checkpointed into the main file, one SMS deleted (left in
     * freed space), then one more SMS written in WAL mode and copied out before any checkpoint.
     */
    static void androidSms(Path target) throws IOException, SQLException {
        Path work = Files.createTempDirectory("mmssms");
        Path db = work.resolve("mmssms.db");
        try (Connection c = open(db)) {
            exec(c, "PRAGMA secure_delete = 0"); // as on a phone that left freed records in place
            exec(c, "CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                    + " date INTEGER, date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0,"
                    + " status INTEGER DEFAULT -1, type INTEGER, reply_path_present INTEGER, subject TEXT, body TEXT,"
                    + " service_center TEXT, locked INTEGER DEFAULT 0, sub_id INTEGER DEFAULT -1,"
                    + " error_code INTEGER DEFAULT 0, creator TEXT, seen INTEGER DEFAULT 0)");
            exec(c, "CREATE TABLE threads (_id INTEGER PRIMARY KEY, date INTEGER DEFAULT 0, recipient_ids TEXT)");
            exec(c, "CREATE TABLE pdu (_id INTEGER PRIMARY KEY AUTOINCREMENT, thread_id INTEGER, date INTEGER,"
                    + " date_sent INTEGER DEFAULT 0, msg_box INTEGER, read INTEGER DEFAULT 0, m_id TEXT, sub TEXT,"
                    + " sub_cs INTEGER, ct_t TEXT, m_type INTEGER)");
            exec(c, "CREATE TABLE part (_id INTEGER PRIMARY KEY AUTOINCREMENT, mid INTEGER, seq INTEGER DEFAULT 0,"
                    + " ct TEXT, name TEXT, chset INTEGER, cd TEXT, fn TEXT, cid TEXT, cl TEXT, ctt_s INTEGER,"
                    + " ctt_t TEXT, _data TEXT, text TEXT)");
            exec(c, "CREATE TABLE addr (_id INTEGER PRIMARY KEY, msg_id INTEGER, contact_id INTEGER, address TEXT,"
                    + " type INTEGER, charset INTEGER)");
            sms(c, 1, 1, "020 7946 0123", minute(0), 1, "Are we still on for tonight?");
            sms(c, 2, 1, "020 7946 0123", minute(2), 2, "Yes, bring the package to the usual place");
            sms(c, 3, 2, "020 7946 0456", minute(5), 1, "Delete this after reading: the code is 4471");
            exec(c, "INSERT INTO pdu (_id, thread_id, date, msg_box, sub, m_type) VALUES (1, 1, "
                    + (minute(3) / 1000) + ", 1, 'Photo', 132)");
            exec(c, "INSERT INTO part (mid, seq, ct, cl, text) VALUES (1, -1, 'application/smil', 'smil.xml', '<smil/>')");
            exec(c, "INSERT INTO part (mid, seq, ct, cl, text) VALUES (1, 0, 'text/plain', 'text_0.txt', 'Here it is')");
            exec(c, "INSERT INTO part (mid, seq, ct, cl, _data) VALUES (1, 1, 'image/jpeg', 'IMG_0001.jpg',"
                    + " '/data/user_de/0/com.android.providers.telephony/app_parts/PART_1709287380000')");
            exec(c, "INSERT INTO addr (msg_id, address, type) VALUES (1, '020 7946 0123', 137)");
            exec(c, "INSERT INTO addr (msg_id, address, type) VALUES (1, 'insert-address-token', 151)");
            exec(c, "DELETE FROM sms WHERE _id = 3");
        }
        try (Connection c = open(db)) {
            exec(c, "PRAGMA journal_mode = WAL");
            exec(c, "PRAGMA wal_autocheckpoint = 0");
            sms(c, 4, 1, "020 7946 0123", minute(9), 1, "On my way, 10 minutes");
            // copied while the connection holds the WAL: the last SMS is only in mmssms.db-wal
            copyWithWal(db, target);
        }
        deleteTree(work);
    }

    private static void sms(Connection c, int id, int thread, String address, long date, int type, String body)
            throws SQLException {
        exec(c, "INSERT INTO sms (_id, thread_id, address, date, date_sent, read, type, body, service_center, seen)"
                + " VALUES (" + id + ", " + thread + ", " + q(address) + ", " + date + ", " + (date - 1000) + ", 1, "
                + type + ", " + q(body) + ", " + (type == 1 ? "'+447700900000'" : "NULL") + ", 1)");
    }

    /** contacts2.db as before Android 7: contacts, their numbers and e-mail, the call log and the accounts. */
    static void androidContacts(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE accounts (_id INTEGER PRIMARY KEY AUTOINCREMENT, account_name TEXT, account_type TEXT,"
                    + " data_set TEXT)");
            exec(c, "CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER,"
                    + " sourceid TEXT, version INTEGER NOT NULL DEFAULT 1, dirty INTEGER NOT NULL DEFAULT 0,"
                    + " deleted INTEGER NOT NULL DEFAULT 0, contact_id INTEGER, display_name TEXT,"
                    + " display_name_alt TEXT, starred INTEGER NOT NULL DEFAULT 0)");
            exec(c, "CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY AUTOINCREMENT, mimetype TEXT NOT NULL)");
            exec(c, "CREATE TABLE data (_id INTEGER PRIMARY KEY AUTOINCREMENT, package_id INTEGER,"
                    + " mimetype_id INTEGER REFERENCES mimetypes(_id) NOT NULL, raw_contact_id INTEGER NOT NULL,"
                    + " is_primary INTEGER NOT NULL DEFAULT 0, data1 TEXT, data2 TEXT, data3 TEXT)");
            exec(c, "CREATE TABLE calls (_id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT, presentation INTEGER"
                    + " NOT NULL DEFAULT 1, date INTEGER, duration INTEGER, type INTEGER, new INTEGER, name TEXT,"
                    + " numbertype INTEGER, numberlabel TEXT, countryiso TEXT, geocoded_location TEXT)");
            exec(c, "INSERT INTO accounts (account_name, account_type) VALUES ('sam.dealer@example.net', 'com.google')");
            exec(c, "INSERT INTO mimetypes (_id, mimetype) VALUES (1, 'vnd.android.cursor.item/name'),"
                    + " (2, 'vnd.android.cursor.item/phone_v2'), (3, 'vnd.android.cursor.item/email_v2')");
            exec(c, "INSERT INTO raw_contacts (_id, account_id, display_name, deleted) VALUES (1, 1, 'Alex Runner', 0),"
                    + " (2, 1, 'Boss', 1)");
            exec(c, "INSERT INTO data (raw_contact_id, mimetype_id, data1) VALUES (1, 1, 'Alex Runner'),"
                    + " (1, 2, '020 7946 0123'), (1, 3, 'alex.runner@example.org'), (2, 1, 'Boss'),"
                    + " (2, 2, '+44 20 7946 0018')");
            exec(c, "INSERT INTO calls (_id, number, date, duration, type, name, geocoded_location) VALUES"
                    + " (1, '02079460123', " + minute(1) + ", 95, 1, 'Alex Runner', 'United Kingdom'),"
                    + " (2, '+442079460018', " + minute(4) + ", 0, 3, NULL, 'London')");
        }
    }

    /** msgstore.db in the 2021+ layout: a one-to-one chat and a group, a photo, and a system row. */
    static void whatsAppAndroid(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE jid (_id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, server TEXT NOT NULL,"
                    + " agent INTEGER, device INTEGER, type INTEGER, raw_string TEXT)");
            exec(c, "CREATE TABLE chat (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER UNIQUE,"
                    + " hidden INTEGER, subject TEXT, created_timestamp INTEGER, display_message_row_id INTEGER,"
                    + " last_message_row_id INTEGER, archived INTEGER)");
            exec(c, "CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, chat_row_id INTEGER NOT NULL,"
                    + " from_me INTEGER NOT NULL, key_id TEXT NOT NULL, sender_jid_row_id INTEGER, status INTEGER,"
                    + " broadcast INTEGER, recipient_count INTEGER, participant_hash TEXT, origination_flags INTEGER,"
                    + " origin INTEGER, timestamp INTEGER, received_timestamp INTEGER, receipt_server_timestamp INTEGER,"
                    + " message_type INTEGER, text_data TEXT, starred INTEGER, lookup_tables INTEGER)");
            exec(c, "CREATE TABLE message_media (message_row_id INTEGER PRIMARY KEY, chat_row_id INTEGER,"
                    + " autotransfer_retry_enabled INTEGER, multicast_id TEXT, media_job_uuid TEXT, transferred INTEGER,"
                    + " transcoded INTEGER, file_path TEXT, file_size INTEGER, suspicious_content INTEGER,"
                    + " trim_from INTEGER, trim_to INTEGER, face_x INTEGER, face_y INTEGER, media_key BLOB,"
                    + " media_key_timestamp INTEGER, width INTEGER, height INTEGER, has_streaming_sidecar INTEGER,"
                    + " gif_attribution INTEGER, thumbnail_height_width_ratio REAL, direct_path TEXT,"
                    + " first_scan_sidecar BLOB, first_scan_length INTEGER, message_url TEXT, mime_type TEXT,"
                    + " file_length INTEGER, media_name TEXT, file_hash TEXT, media_duration INTEGER, page_count INTEGER,"
                    + " enc_file_hash TEXT, partial_media_hash TEXT, partial_media_enc_hash TEXT, is_animated_sticker INTEGER,"
                    + " original_file_hash TEXT, mute_video INTEGER, media_caption TEXT)");
            exec(c, "INSERT INTO jid (_id, user, server, type, raw_string) VALUES"
                    + " (1, '442079460123', 's.whatsapp.net', 0, '442079460123@s.whatsapp.net'),"
                    + " (2, '442079460789-1609459200', 'g.us', 1, '442079460789-1609459200@g.us'),"
                    + " (3, '442079460789', 's.whatsapp.net', 0, '442079460789@s.whatsapp.net')");
            exec(c, "INSERT INTO chat (_id, jid_row_id, subject, created_timestamp) VALUES (1, 1, NULL, " + minute(0) + "),"
                    + " (2, 2, 'Weekend plans', " + minute(1) + ")");
            exec(c, "INSERT INTO message (_id, chat_row_id, from_me, key_id, sender_jid_row_id, timestamp, message_type,"
                    + " text_data) VALUES"
                    + " (1, 1, 0, 'A1', 0, " + minute(10) + ", 0, 'Did you get it?'),"
                    + " (2, 1, 1, 'A2', 0, " + minute(11) + ", 0, 'Got it, sending a picture'),"
                    + " (3, 1, 1, 'A3', 0, " + minute(12) + ", 1, NULL),"
                    + " (4, 2, 0, 'G1', 3, " + minute(13) + ", 0, 'Meet at the harbour at 9'),"
                    + " (5, 2, 0, 'G2', 0, " + minute(14) + ", 7, NULL)");
            exec(c, "INSERT INTO message_media (message_row_id, chat_row_id, file_path, mime_type, file_size) VALUES"
                    + " (3, 1, 'Media/WhatsApp Images/Sent/IMG-20240301-WA0001.jpg', 'image/jpeg', 48213)");
        }
    }

    static void whatsAppContacts(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid TEXT NOT NULL,"
                    + " is_whatsapp_user BOOLEAN NOT NULL, status TEXT, status_timestamp INTEGER, number TEXT,"
                    + " raw_contact_id INTEGER, display_name TEXT, phone_type INTEGER, phone_label TEXT,"
                    + " unseen_msg_count INTEGER, photo_ts INTEGER, wa_name TEXT)");
            exec(c, "INSERT INTO wa_contacts (jid, is_whatsapp_user, status, number, display_name, wa_name) VALUES"
                    + " ('442079460123@s.whatsapp.net', 1, 'Busy', '020 7946 0123', 'Alex Runner', 'Alex'),"
                    + " ('442079460789@s.whatsapp.net', 1, NULL, NULL, NULL, 'Harbour Mick')");
        }
    }

    /** Chrome's History: two visits, a search and a download. */
    static void chrome(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE meta (key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)");
            exec(c, "INSERT INTO meta VALUES ('version', '67')");
            exec(c, "CREATE TABLE urls (id INTEGER PRIMARY KEY AUTOINCREMENT, url LONGVARCHAR, title LONGVARCHAR,"
                    + " visit_count INTEGER DEFAULT 0 NOT NULL, typed_count INTEGER DEFAULT 0 NOT NULL,"
                    + " last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0 NOT NULL)");
            exec(c, "CREATE TABLE visits (id INTEGER PRIMARY KEY AUTOINCREMENT, url INTEGER NOT NULL,"
                    + " visit_time INTEGER NOT NULL, from_visit INTEGER, transition INTEGER DEFAULT 0 NOT NULL,"
                    + " segment_id INTEGER, visit_duration INTEGER DEFAULT 0 NOT NULL)");
            exec(c, "CREATE TABLE keyword_search_terms (keyword_id INTEGER NOT NULL, url_id INTEGER NOT NULL,"
                    + " term LONGVARCHAR NOT NULL, normalized_term LONGVARCHAR NOT NULL)");
            exec(c, "CREATE TABLE downloads (id INTEGER PRIMARY KEY, guid VARCHAR NOT NULL, current_path LONGVARCHAR"
                    + " NOT NULL, target_path LONGVARCHAR NOT NULL, start_time INTEGER NOT NULL,"
                    + " received_bytes INTEGER NOT NULL, total_bytes INTEGER NOT NULL, state INTEGER NOT NULL,"
                    + " end_time INTEGER NOT NULL, tab_url VARCHAR)");
            exec(c, "CREATE TABLE downloads_url_chains (id INTEGER NOT NULL, chain_index INTEGER NOT NULL,"
                    + " url LONGVARCHAR NOT NULL, PRIMARY KEY (id, chain_index))");
            long t = T0_WEBKIT;
            exec(c, "INSERT INTO urls (id, url, title, visit_count, last_visit_time) VALUES"
                    + " (1, 'https://ferries.example.com/timetable', 'Ferry timetable', 1, " + (t + 20 * 60_000_000L) + "),"
                    + " (2, 'https://www.google.com/search?q=harbour+cctv+cameras', 'harbour cctv cameras - Google Search',"
                    + " 1, " + (t + 21 * 60_000_000L) + ")");
            exec(c, "INSERT INTO visits (id, url, visit_time, transition, visit_duration) VALUES"
                    + " (1, 1, " + (t + 20 * 60_000_000L) + ", 805306368, 42000000),"
                    + " (2, 2, " + (t + 21 * 60_000_000L) + ", 1, 0)");
            exec(c, "INSERT INTO keyword_search_terms VALUES (2, 2, 'harbour cctv cameras', 'harbour cctv cameras')");
            exec(c, "INSERT INTO downloads (id, guid, current_path, target_path, start_time, received_bytes, total_bytes,"
                    + " state, end_time) VALUES (1, 'G-1', '/storage/emulated/0/Download/timetable.pdf',"
                    + " '/storage/emulated/0/Download/timetable.pdf', " + (t + 22 * 60_000_000L) + ", 1200, 1200, 1, 0)");
            exec(c, "INSERT INTO downloads_url_chains VALUES (1, 0, 'https://ferries.example.com/timetable.pdf')");
        }
    }

    /** iOS sms.db: an iMessage chat with a photo and an SMS, times in nanoseconds since 2001 (iOS 11+). */
    static void iosSms(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT NULL,"
                    + " country TEXT, service TEXT NOT NULL, uncanonicalized_id TEXT)");
            exec(c, "CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, text TEXT,"
                    + " replace INTEGER DEFAULT 0, service_center TEXT, handle_id INTEGER DEFAULT 0, subject TEXT,"
                    + " country TEXT, attributedBody BLOB, version INTEGER DEFAULT 0, type INTEGER DEFAULT 0,"
                    + " service TEXT, account TEXT, date INTEGER, date_read INTEGER, date_delivered INTEGER,"
                    + " is_from_me INTEGER DEFAULT 0, cache_has_attachments INTEGER DEFAULT 0)");
            exec(c, "CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL, style INTEGER,"
                    + " state INTEGER, account_id TEXT, chat_identifier TEXT, service_name TEXT, display_name TEXT)");
            exec(c, "CREATE TABLE chat_message_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE CASCADE,"
                    + " message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE, message_date INTEGER DEFAULT 0,"
                    + " PRIMARY KEY (chat_id, message_id))");
            exec(c, "CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT NULL,"
                    + " created_date INTEGER DEFAULT 0, filename TEXT, uti TEXT, mime_type TEXT, transfer_name TEXT,"
                    + " total_bytes INTEGER DEFAULT 0)");
            exec(c, "CREATE TABLE message_attachment_join (message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE,"
                    + " attachment_id INTEGER REFERENCES attachment (ROWID) ON DELETE CASCADE,"
                    + " UNIQUE(message_id, attachment_id))");
            exec(c, "INSERT INTO handle (ROWID, id, country, service) VALUES (1, '+442079460456', 'gb', 'iMessage'),"
                    + " (2, 'courier@example.org', 'gb', 'iMessage')");
            exec(c, "INSERT INTO chat (ROWID, guid, style, chat_identifier, service_name, display_name) VALUES"
                    + " (1, 'iMessage;-;+442079460456', 45, '+442079460456', 'iMessage', NULL)");
            long ns = T0_APPLE * 1_000_000_000L;
            exec(c, "INSERT INTO message (ROWID, guid, text, handle_id, service, date, is_from_me, cache_has_attachments)"
                    + " VALUES (1, 'M-1', 'Is the boat ready?', 1, 'iMessage', " + (ns + 30 * 60_000_000_000L) + ", 0, 0),"
                    + " (2, 'M-2', 'Ready. Photo attached', 1, 'iMessage', " + (ns + 31 * 60_000_000_000L) + ", 1, 1),"
                    + " (3, 'M-3', 'Parcel collected', 2, 'iMessage', " + (ns + 32 * 60_000_000_000L) + ", 0, 0)");
            // iOS 16+: the text only in attributedBody, an NSAttributedString in Apple's typedstream
            // archive format (header, class chain NSAttributedString < NSObject, then NSString '+' length text)
            try (PreparedStatement p = c.prepareStatement("INSERT INTO message (ROWID, guid, text, handle_id, service,"
                    + " date, is_from_me, attributedBody) VALUES (4, 'M-4', NULL, 1, 'iMessage', ?, 0, ?)")) {
                p.setLong(1, ns + 33 * 60_000_000_000L);
                p.setBytes(2, typedStream("Tide turns at 4, don't be late"));
                p.executeUpdate();
            }
            exec(c, "INSERT INTO chat_message_join (chat_id, message_id) VALUES (1, 1), (1, 2), (1, 4)");
            exec(c, "INSERT INTO attachment (ROWID, guid, filename, mime_type, transfer_name) VALUES"
                    + " (1, 'AT-1', '~/Library/SMS/Attachments/ab/11/AT-1/IMG_4471.HEIC', 'image/heic', 'IMG_4471.HEIC')");
            exec(c, "INSERT INTO message_attachment_join VALUES (2, 1)");
        }
    }

    /** An NSAttributedString archived as iOS Messages writes attributedBody. */
    static byte[] typedStream(String text) {
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
        out.writeBytes(new byte[] {0x01, (byte) 0x94, (byte) 0x84, 0x01, 0x2b, (byte) utf8.length});
        out.writeBytes(utf8);
        out.writeBytes(new byte[] {(byte) 0x86, (byte) 0x84, 0x02, 0x69, 0x49, 0x01, 0x01, (byte) 0x86});
        return out.toByteArray();
    }

    /** CallHistory.storedata (Core Data): the address as a BLOB, as iOS writes it. */
    static void iosCalls(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE ZCALLRECORD (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZANSWERED INTEGER, ZCALLTYPE INTEGER, ZDISCONNECTED_CAUSE INTEGER, ZFACE_TIME_DATA INTEGER,"
                    + " ZNUMBER_AVAILABILITY INTEGER, ZORIGINATED INTEGER, ZREAD INTEGER, ZDATE TIMESTAMP,"
                    + " ZDURATION FLOAT, ZISO_COUNTRY_CODE VARCHAR, ZLOCATION VARCHAR, ZNAME VARCHAR,"
                    + " ZSERVICE_PROVIDER VARCHAR, ZUNIQUE_ID VARCHAR, ZADDRESS BLOB)");
            exec(c, "INSERT INTO ZCALLRECORD (Z_PK, ZANSWERED, ZCALLTYPE, ZORIGINATED, ZDATE, ZDURATION, ZSERVICE_PROVIDER,"
                    + " ZADDRESS) VALUES (1, 1, 1, 1, " + (T0_APPLE + 40 * 60) + ".5, 61.4, 'com.apple.Telephony', "
                    + "CAST('+442079460456' AS BLOB)), (2, 0, 1, 0, " + (T0_APPLE + 41 * 60) + ", 0, 'com.apple.Telephony', "
                    + "CAST('02079460018' AS BLOB))");
        }
    }

    static void iosContacts(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE ABPerson (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, First TEXT, Last TEXT, Middle TEXT,"
                    + " Organization TEXT, Note TEXT, CreationDate INTEGER, ModificationDate INTEGER)");
            exec(c, "CREATE TABLE ABMultiValue (UID INTEGER PRIMARY KEY, record_id INTEGER, property INTEGER,"
                    + " identifier INTEGER, label INTEGER, value TEXT)");
            exec(c, "INSERT INTO ABPerson (ROWID, First, Last, Organization) VALUES (1, 'Jo', 'Courier', 'Fast Parcels Ltd')");
            exec(c, "INSERT INTO ABMultiValue (record_id, property, identifier, label, value) VALUES"
                    + " (1, 3, 0, 1, '+44 20 7946 0456'), (1, 4, 0, 2, 'courier@example.org')");
        }
    }

    static void iosWhatsApp(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE ZWACHATSESSION (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZARCHIVED INTEGER, ZMESSAGECOUNTER INTEGER, ZLASTMESSAGEDATE TIMESTAMP, ZCONTACTJID VARCHAR,"
                    + " ZPARTNERNAME VARCHAR, ZLASTMESSAGETEXT VARCHAR)");
            exec(c, "CREATE TABLE ZWAMEDIAITEM (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZMESSAGE INTEGER, ZFILESIZE INTEGER, ZMEDIALOCALPATH VARCHAR, ZMEDIAURL VARCHAR, ZTITLE VARCHAR)");
            exec(c, "CREATE TABLE ZWAMESSAGE (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZCHILDMESSAGESDELIVEREDCOUNT INTEGER, ZISFROMME INTEGER, ZMESSAGESTATUS INTEGER,"
                    + " ZMESSAGETYPE INTEGER, ZCHATSESSION INTEGER, ZMEDIAITEM INTEGER, ZMESSAGEDATE TIMESTAMP,"
                    + " ZSENTDATE TIMESTAMP, ZFROMJID VARCHAR, ZMEDIASECTIONID VARCHAR, ZPUSHNAME VARCHAR,"
                    + " ZSTANZAID VARCHAR, ZTEXT VARCHAR, ZTOJID VARCHAR)");
            exec(c, "INSERT INTO ZWACHATSESSION (Z_PK, ZCONTACTJID, ZPARTNERNAME) VALUES"
                    + " (1, '442079460456@s.whatsapp.net', 'Jo Courier')");
            exec(c, "INSERT INTO ZWAMEDIAITEM (Z_PK, ZMESSAGE, ZMEDIALOCALPATH) VALUES"
                    + " (1, 2, 'Media/442079460456@s.whatsapp.net/a/b/route.jpg')");
            exec(c, "INSERT INTO ZWAMESSAGE (Z_PK, ZISFROMME, ZCHATSESSION, ZMEDIAITEM, ZMESSAGEDATE, ZFROMJID, ZTOJID, ZTEXT)"
                    + " VALUES (1, 0, 1, NULL, " + (T0_APPLE + 50 * 60) + ", '442079460456@s.whatsapp.net', NULL,"
                    + " 'Which route?'), (2, 1, 1, 1, " + (T0_APPLE + 51 * 60) + ", NULL, '442079460456@s.whatsapp.net',"
                    + " 'This one')");
        }
    }

    static void safari(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE history_items (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE,"
                    + " domain_expansion TEXT NULL, visit_count INTEGER NOT NULL, daily_visit_counts BLOB NOT NULL)");
            exec(c, "CREATE TABLE history_visits (id INTEGER PRIMARY KEY AUTOINCREMENT, history_item INTEGER NOT NULL"
                    + " REFERENCES history_items(id) ON DELETE CASCADE, visit_time REAL NOT NULL, title TEXT NULL,"
                    + " load_successful BOOLEAN NOT NULL DEFAULT 1)");
            exec(c, "INSERT INTO history_items (id, url, domain_expansion, visit_count, daily_visit_counts) VALUES"
                    + " (1, 'https://tides.example.org/harbour', 'tides', 1, x'00')");
            exec(c, "INSERT INTO history_visits (id, history_item, visit_time, title) VALUES"
                    + " (1, 1, " + (T0_APPLE + 60 * 60) + ".25, 'Harbour tide times')");
        }
    }

    /** msgstore.db before 2021: WhatsApp's bookkeeping row (-1), a message in, a photo out. */
    static void legacyWhatsApp(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "CREATE TABLE messages (_id INTEGER PRIMARY KEY AUTOINCREMENT, key_remote_jid TEXT NOT NULL,"
                    + " key_from_me INTEGER, key_id TEXT NOT NULL, status INTEGER, needs_push INTEGER, data TEXT,"
                    + " timestamp INTEGER, media_url TEXT, media_mime_type TEXT, media_wa_type TEXT, media_size INTEGER,"
                    + " media_name TEXT, media_caption TEXT, media_hash TEXT, media_duration INTEGER, origin INTEGER,"
                    + " latitude REAL, longitude REAL, thumb_image TEXT, remote_resource TEXT,"
                    + " received_timestamp INTEGER, send_timestamp INTEGER, receipt_server_timestamp INTEGER,"
                    + " receipt_device_timestamp INTEGER, raw_data BLOB, recipient_count INTEGER)");
            exec(c, "INSERT INTO messages (_id, key_remote_jid, key_from_me, key_id, data, timestamp) VALUES"
                    + " (1, '-1', 0, '-1', NULL, 0)");
            exec(c, "INSERT INTO messages (_id, key_remote_jid, key_from_me, key_id, data, timestamp, media_name,"
                    + " media_mime_type) VALUES"
                    + " (2, '442079460123@s.whatsapp.net', 0, 'L1', 'Old phone, same plan', " + minute(70) + ", NULL, NULL),"
                    + " (3, '442079460123@s.whatsapp.net', 1, 'L2', NULL, " + minute(71) + ", 'IMG-20200101-WA0003.jpg',"
                    + " 'image/jpeg')");
        }
    }

    /** A msgstore.db whose tables were renamed by a WhatsApp release no parser knows. */
    static void futureWhatsApp(Path target) throws IOException, SQLException {
        try (Connection c = open(target)) {
            exec(c, "PRAGMA user_version = 9999");
            exec(c, "CREATE TABLE message_v9 (_id INTEGER PRIMARY KEY, payload BLOB)");
            exec(c, "INSERT INTO message_v9 VALUES (1, x'0102')");
        }
    }

    /** A zip of the extraction, databases before their -wal files. */
    public static Path zip(Path extraction, Path zipFile) throws IOException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zipFile)) {
            for (Path f : files(extraction, false)) {
                out.putArchiveEntry(new ZipArchiveEntry(f.toFile(), extraction.relativize(f).toString()));
                Files.copy(f, out);
                out.closeArchiveEntry();
            }
        }
        return zipFile;
    }

    /** A tar of the extraction with every -wal file before its database, as some tools write them. */
    public static Path tar(Path extraction, Path tarFile) throws IOException {
        try (OutputStream file = Files.newOutputStream(tarFile);
             TarArchiveOutputStream out = new TarArchiveOutputStream(file)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path f : files(extraction, true)) {
                TarArchiveEntry e = new TarArchiveEntry(f.toFile(), extraction.relativize(f).toString());
                out.putArchiveEntry(e);
                Files.copy(f, out);
                out.closeArchiveEntry();
            }
        }
        return tarFile;
    }

    private static List<Path> files(Path root, boolean walFirst) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> files = new ArrayList<>(all.filter(Files::isRegularFile).sorted().toList());
            Comparator<Path> order = Comparator.comparing(p -> p.toString().endsWith("-wal") == walFirst ? 0 : 1);
            files.sort(order.thenComparing(Comparator.naturalOrder()));
            return files;
        }
    }

    private static Connection open(Path db) throws IOException, SQLException {
        Files.createDirectories(db.getParent());
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }

    private static void copyWithWal(Path db, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(db, target, StandardCopyOption.REPLACE_EXISTING);
        Path wal = db.resolveSibling(db.getFileName() + "-wal");
        Files.copy(wal, target.resolveSibling(target.getFileName() + "-wal"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String q(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
