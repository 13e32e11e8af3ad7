package org.evidenceworkbench.samples.phone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.evidenceworkbench.samples.build.SqliteFiles;
import org.evidenceworkbench.samples.build.SqliteFiles.Rows;

/**
 * The seized phone's app databases in the apps' own table layouts (Android's telephony and
 * contacts providers, Chrome's History), so the workbench's phone readers confirm their schemas
 * and read each SMS, contact, call and web visit as an item. The layouts are the ones
 * docs/phones.md lists (trimmed to the columns apps have had for years); the rows carry explicit
 * ids so the item names ({@code message-sms-2.txt}) the answer key points at are fixed.
 */
final class PhoneDatabases {

    static final String SMS_DB = "data/data/com.android.providers.telephony/databases/mmssms.db";
    /** contacts2.db as before Android 7, with the call log ({@code calls}) in it. */
    static final String CONTACTS_DB = "data/data/com.android.providers.contacts/databases/contacts2.db";
    static final String CHROME_DB = "data/data/com.android.chrome/app_chrome/Default/History";

    /** Row ids of the planted records; the ingest names an artefact item after its table and row. */
    static final int SMS_MEETING = 1;
    static final int SMS_WATCHLIST = 2;
    static final int SMS_PAYMENT = 3;
    static final int CONTACT_SUPPLIER = 1;
    static final int CALL_AFTER_PAYMENT = 3;
    static final int SEARCH_BITCOIN = 1;

    /**
     * 2025-03-03T08:30:00Z in Unix milliseconds: the morning of the meeting (11am; the camera picture
     * at the meeting place is from 11:14 that day).
     */
    private static final long DAY1_MS = 1_740_990_600_000L;
    private static final long MINUTE_MS = 60_000L;
    /** Chrome counts microseconds since 1601-01-01. */
    private static final long WEBKIT_EPOCH_OFFSET_S = 11_644_473_600L;
    private static final String SERVICE_CENTRE = "+447700900000";

    private PhoneDatabases() {
    }

    /** The SMS: the meeting arranged (naming the watchlist term), then the payment to the Bitcoin address. */
    static void sms(Path file, String contact, String watchlistTerm, String bitcoin) throws IOException {
        long payment = DAY1_MS + 9 * 60 * MINUTE_MS; // that evening
        SqliteFiles.write(file, List.of(
                "CREATE TABLE threads (_id INTEGER PRIMARY KEY AUTOINCREMENT, date INTEGER DEFAULT 0,"
                        + " message_count INTEGER DEFAULT 0, recipient_ids TEXT, snippet TEXT, read INTEGER DEFAULT 1)",
                "CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT)",
                "CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                        + " date INTEGER, date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0,"
                        + " status INTEGER DEFAULT -1, type INTEGER, reply_path_present INTEGER, subject TEXT,"
                        + " body TEXT, service_center TEXT, locked INTEGER DEFAULT 0, sub_id INTEGER DEFAULT -1,"
                        + " error_code INTEGER DEFAULT 0, creator TEXT, seen INTEGER DEFAULT 0)",
                "CREATE TABLE pdu (_id INTEGER PRIMARY KEY AUTOINCREMENT, thread_id INTEGER, date INTEGER,"
                        + " date_sent INTEGER DEFAULT 0, msg_box INTEGER, read INTEGER DEFAULT 0, m_id TEXT, sub TEXT,"
                        + " sub_cs INTEGER, ct_t TEXT, m_type INTEGER)",
                "CREATE TABLE part (_id INTEGER PRIMARY KEY AUTOINCREMENT, mid INTEGER, seq INTEGER DEFAULT 0,"
                        + " ct TEXT, name TEXT, chset INTEGER, cd TEXT, fn TEXT, cid TEXT, cl TEXT, ctt_s INTEGER,"
                        + " ctt_t TEXT, _data TEXT, text TEXT)",
                "CREATE TABLE addr (_id INTEGER PRIMARY KEY, msg_id INTEGER, contact_id INTEGER, address TEXT,"
                        + " type INTEGER, charset INTEGER)"),
                List.of(new Rows("INSERT INTO canonical_addresses (_id, address) VALUES (?,?)",
                                List.of(List.of(1, contact))),
                        new Rows("INSERT INTO threads (_id, date, message_count, recipient_ids, snippet) VALUES (?,?,?,?,?)",
                                List.of(List.of(1, payment, 3, "1", "Paid to " + bitcoin))),
                        new Rows("INSERT INTO sms (_id, thread_id, address, date, date_sent, read, type, body,"
                                + " service_center, seen) VALUES (?,?,?,?,?,?,?,?,?,?)", List.of(
                                sms(SMS_MEETING, contact, DAY1_MS, 1, "Same place as last time? 11am"),
                                sms(SMS_WATCHLIST, contact, DAY1_MS + 5 * MINUTE_MS, 2,
                                        "Yes. Bring 10 " + watchlistTerm),
                                sms(SMS_PAYMENT, contact, payment, 1, "Paid to " + bitcoin)))));
    }

    /** A received SMS (type 1) came through the service centre; a sent one (type 2) has none. */
    private static List<Object> sms(int id, String address, long date, int type, String body) {
        return Arrays.asList(id, 1, address, date, date - 2000, 1, type, body,
                type == 1 ? SERVICE_CENTRE : null, 1);
    }

    /** The contacts (the supplier "K", family, the owner's own card) and the calls around the meeting. */
    static void contactsAndCalls(Path file, String contact, String contactDialled, String mum, String owner)
            throws IOException {
        SqliteFiles.write(file, List.of(
                "CREATE TABLE accounts (_id INTEGER PRIMARY KEY AUTOINCREMENT, account_name TEXT, account_type TEXT,"
                        + " data_set TEXT)",
                "CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER,"
                        + " sourceid TEXT, version INTEGER NOT NULL DEFAULT 1, dirty INTEGER NOT NULL DEFAULT 0,"
                        + " deleted INTEGER NOT NULL DEFAULT 0, contact_id INTEGER, display_name TEXT,"
                        + " display_name_alt TEXT, starred INTEGER NOT NULL DEFAULT 0)",
                "CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY AUTOINCREMENT, mimetype TEXT NOT NULL)",
                "CREATE TABLE data (_id INTEGER PRIMARY KEY AUTOINCREMENT, package_id INTEGER,"
                        + " mimetype_id INTEGER REFERENCES mimetypes(_id) NOT NULL, raw_contact_id INTEGER NOT NULL,"
                        + " is_primary INTEGER NOT NULL DEFAULT 0, data1 TEXT, data2 TEXT, data3 TEXT)",
                "CREATE TABLE calls (_id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT, presentation INTEGER"
                        + " NOT NULL DEFAULT 1, date INTEGER, duration INTEGER, type INTEGER, new INTEGER, name TEXT,"
                        + " numbertype INTEGER, numberlabel TEXT, countryiso TEXT, geocoded_location TEXT)"),
                List.of(new Rows("INSERT INTO accounts (_id, account_name, account_type) VALUES (?,?,?)",
                                List.of(List.of(1, "phone.owner@example.net", "com.google"))),
                        new Rows("INSERT INTO mimetypes (_id, mimetype) VALUES (?,?)", List.of(
                                List.of(1, "vnd.android.cursor.item/name"),
                                List.of(2, "vnd.android.cursor.item/phone_v2"))),
                        new Rows("INSERT INTO raw_contacts (_id, account_id, contact_id, display_name) VALUES (?,?,?,?)",
                                List.of(List.of(CONTACT_SUPPLIER, 1, 1, "K"), List.of(2, 1, 2, "Mum"),
                                        List.of(3, 1, 3, "Me"))),
                        new Rows("INSERT INTO data (_id, raw_contact_id, mimetype_id, data1, data2) VALUES (?,?,?,?,?)",
                                List.of(List.of(1, CONTACT_SUPPLIER, 1, "K", "K"),
                                        List.of(2, CONTACT_SUPPLIER, 2, contact, "2"),
                                        List.of(3, 2, 1, "Mum", "Mum"), List.of(4, 2, 2, mum, "1"),
                                        List.of(5, 3, 1, "Me", "Me"), List.of(6, 3, 2, owner, "2"))),
                        // CallLog.Calls.TYPE: 1 incoming, 2 outgoing, 3 missed; the number as dialled
                        new Rows("INSERT INTO calls (_id, number, date, duration, type, new, name, countryiso,"
                                + " geocoded_location) VALUES (?,?,?,?,?,?,?,?,?)", List.of(
                                List.of(1, contactDialled, DAY1_MS + 2 * MINUTE_MS, 48, 2, 0, "K", "GB", "London"),
                                List.of(2, contact, DAY1_MS + 55 * MINUTE_MS, 0, 3, 0, "K", "GB", "London"),
                                List.of(CALL_AFTER_PAYMENT, contact, DAY1_MS + 9 * 60 * MINUTE_MS + 3 * MINUTE_MS, 131,
                                        1, 0, "K", "GB", "London"),
                                List.of(4, mum, DAY1_MS + 30 * 60 * MINUTE_MS, 604, 2, 0, "Mum", "GB", "London")))));
    }

    /** Chrome's History: everyday visits, and a search for buying Bitcoin followed by the exchange's page. */
    static void chromeHistory(Path file) throws IOException {
        long weather = webkit(DAY1_MS - 60 * MINUTE_MS);
        long search = webkit(DAY1_MS + 8 * 60 * MINUTE_MS); // an hour before the payment SMS
        long exchange = search + 40_000_000L;
        String searchUrl = "https://www.google.com/search?q=buy+bitcoin+fast";
        SqliteFiles.write(file, List.of(
                "CREATE TABLE meta (key LONGVARCHAR NOT NULL UNIQUE PRIMARY KEY, value LONGVARCHAR)",
                "CREATE TABLE urls (id INTEGER PRIMARY KEY AUTOINCREMENT, url LONGVARCHAR, title LONGVARCHAR,"
                        + " visit_count INTEGER DEFAULT 0 NOT NULL, typed_count INTEGER DEFAULT 0 NOT NULL,"
                        + " last_visit_time INTEGER NOT NULL, hidden INTEGER DEFAULT 0 NOT NULL)",
                "CREATE TABLE visits (id INTEGER PRIMARY KEY AUTOINCREMENT, url INTEGER NOT NULL,"
                        + " visit_time INTEGER NOT NULL, from_visit INTEGER, transition INTEGER DEFAULT 0 NOT NULL,"
                        + " segment_id INTEGER, visit_duration INTEGER DEFAULT 0 NOT NULL)",
                "CREATE TABLE keyword_search_terms (keyword_id INTEGER NOT NULL, url_id INTEGER NOT NULL,"
                        + " term LONGVARCHAR NOT NULL, normalized_term LONGVARCHAR NOT NULL)"),
                List.of(new Rows("INSERT INTO meta (key, value) VALUES (?,?)",
                                List.of(List.of("version", "67"), List.of("last_compatible_version", "16"))),
                        new Rows("INSERT INTO urls (id, url, title, visit_count, typed_count, last_visit_time)"
                                + " VALUES (?,?,?,?,?,?)", List.of(
                                List.of(1, "https://www.example.org/weather", "Weather", 12, 4, weather),
                                List.of(2, searchUrl, "buy bitcoin fast - Google Search", 1, 0, search),
                                List.of(3, "https://exchange.example.net/buy-bitcoin", "Buy Bitcoin", 3, 0, exchange))),
                        // transition: 1 typed, 0 a link; 0x30000000 marks a chain's start and end
                        new Rows("INSERT INTO visits (id, url, visit_time, from_visit, transition, visit_duration)"
                                + " VALUES (?,?,?,?,?,?)", List.of(
                                List.of(1, 1, weather, 0, 805306369, 15_000_000L),
                                List.of(2, 2, search, 0, 805306369, 9_000_000L),
                                List.of(3, 3, exchange, 2, 805306368, 210_000_000L))),
                        new Rows("INSERT INTO keyword_search_terms (keyword_id, url_id, term, normalized_term)"
                                + " VALUES (?,?,?,?)", List.of(List.of(2, 2, "buy bitcoin fast", "buy bitcoin fast")))));
    }

    private static long webkit(long unixMillis) {
        return (unixMillis / 1000 + WEBKIT_EPOCH_OFFSET_S) * 1_000_000L;
    }
}
