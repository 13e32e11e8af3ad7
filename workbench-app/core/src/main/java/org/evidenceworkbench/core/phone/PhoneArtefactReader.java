package org.evidenceworkbench.core.phone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLStreamException;

import org.evidenceworkbench.core.extract.ExtractedFacts;
import org.evidenceworkbench.core.phone.android.AndroidCallLog;
import org.evidenceworkbench.core.phone.android.AndroidContacts;
import org.evidenceworkbench.core.phone.android.AndroidSms;
import org.evidenceworkbench.core.phone.android.WhatsAppAndroid;
import org.evidenceworkbench.core.phone.android.WhatsAppAndroidContacts;
import org.evidenceworkbench.core.phone.android.WhatsAppAndroidLegacy;
import org.evidenceworkbench.core.phone.browser.ChromeHistory;
import org.evidenceworkbench.core.phone.browser.SafariHistory;
import org.evidenceworkbench.core.phone.ios.IosAddressBook;
import org.evidenceworkbench.core.phone.ios.IosCallHistory;
import org.evidenceworkbench.core.phone.ios.IosMessages;
import org.evidenceworkbench.core.phone.ios.WhatsAppIos;
import org.evidenceworkbench.core.phone.ufdr.UfdrReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a phone database or a Cellebrite report into artefacts. A database is found by its path
 * (any folder, zip or tar), confirmed by its schema, and read from a working copy together with
 * its write-ahead log; what goes wrong is a warning recorded on the item (metadata group
 * "Phone"), never a failure of the ingest. Thread-safe: one instance serves all workers.
 */
public final class PhoneArtefactReader {

    private static final Logger log = LoggerFactory.getLogger(PhoneArtefactReader.class);
    public static final String GROUP = "Phone";
    private static final String WAL = "-wal";

    private final List<PhoneDatabase> databases = List.of(new AndroidSms(), new AndroidCallLog(),
            new AndroidContacts(), new WhatsAppAndroid(), new WhatsAppAndroidLegacy(), new WhatsAppAndroidContacts(), new ChromeHistory(),
            new IosMessages(), new IosCallHistory(), new IosAddressBook(), new WhatsAppIos(), new SafariHistory());
    private final Path workDir;

    /** @param workDir scratch space for working copies (the case's tmp folder); copies are deleted after use */
    public PhoneArtefactReader(Path workDir) {
        this.workDir = workDir;
    }

    /** True when an item at this path (an evidence path, members after "!/") may hold artefacts. */
    public boolean wants(String path) {
        String p = normalise(path);
        return p.endsWith("/report.xml") || p.equals("report.xml") || databases.stream().anyMatch(d -> d.matches(p));
    }

    /** True when an item at this path is a database some parser reads: its write-ahead log must travel with it. */
    public boolean isDatabase(String path) {
        String p = normalise(path);
        return databases.stream().anyMatch(d -> d.matches(p));
    }

    /** The path of a database's write-ahead log: the same name with "-wal". */
    public static String walPath(String databasePath) {
        return databasePath + WAL;
    }

    /** True for SQLite's companion files (-wal, -shm, -journal), which are read with their database. */
    public static boolean isCompanion(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith("-wal") || p.endsWith("-shm") || p.endsWith("-journal");
    }

    /**
     * Reads the item's artefacts into {@code out} and records what was read on {@code facts}.
     *
     * @param wal the database's write-ahead log, or null where it has none
     */
    public void read(Path file, String path, String name, Path wal, ExtractedFacts facts, ArtefactSink out) {
        Counting counted = new Counting(out);
        if (UfdrReport.isReport(name, file)) {
            readReport(file, counted);
        } else if (SqliteSnapshot.isSqlite(file)) {
            readDatabase(file, normalise(path), wal, facts, counted);
        } else {
            return; // named like a phone database but not SQLite: an ordinary file
        }
        facts.put(GROUP, "Artefacts", counted.count);
        if (!counted.warnings.isEmpty()) {
            facts.put(GROUP, "Warnings", counted.warnings);
        }
    }

    private void readReport(Path file, Counting out) {
        try (InputStream in = Files.newInputStream(file)) {
            UfdrReport.read(in, out);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            out.warning("the report could not be read to its end (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); artefacts after the damage are missing");
            log.info("UFDR report {} unreadable", file, e);
        }
    }

    private void readDatabase(Path file, String path, Path wal, ExtractedFacts facts, Counting out) {
        List<PhoneDatabase> candidates = databases.stream().filter(d -> d.matches(path)).toList();
        try (SqliteSnapshot db = SqliteSnapshot.open(file, wal, workDir)) {
            facts.put(GROUP, "Write-ahead log", db.withWal);
            SqliteSchema schema = SqliteSchema.read(db.connection());
            List<String> read = new ArrayList<>();
            List<String> unknown = new ArrayList<>();
            for (PhoneDatabase d : candidates) {
                String missing = schema.missing(d.required());
                if (missing != null) {
                    boolean partly = d.required().keySet().stream().anyMatch(schema::has);
                    unknown.add(d.name() + ": " + missing + (partly ? "" : " (none of its tables)"));
                    continue;
                }
                try {
                    d.read(db.connection(), schema, out);
                    read.add(d.name());
                } catch (SQLException | RuntimeException e) {
                    out.warning(d.name() + " stopped part-way (" + e.getMessage() + "); later records are missing");
                    log.info("{} failed on {}", d.name(), path, e);
                }
            }
            // a schema is unknown when nothing recognised the file, or a parser found its tables but not its columns
            for (String u : unknown) {
                if (read.isEmpty() || !u.endsWith("(none of its tables)")) {
                    out.warning("schema version not known to " + u + " (" + schema + "); not read");
                }
            }
            facts.put(GROUP, "Parsers", read);
            if (read.stream().anyMatch(n -> n.startsWith("Android SMS"))) {
                DeletedSmsCarver.recover(file, wal, db.connection(), out);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            out.warning("the database could not be opened (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); no artefacts were read from it");
            log.info("Phone database {} unreadable", path, e);
        }
    }

    private static String normalise(String path) {
        return path.replace('\\', '/').replace("!/", "/").toLowerCase(Locale.ROOT);
    }

    /** Counts artefacts and keeps warnings for the item's metadata. */
    private static final class Counting implements ArtefactSink {
        private final ArtefactSink target;
        private final List<String> warnings = new ArrayList<>();
        private long count;

        Counting(ArtefactSink target) {
            this.target = target;
        }

        @Override
        public void artefact(Artefact artefact) {
            count++;
            target.artefact(artefact);
        }

        @Override
        public void warning(String sentence) {
            if (warnings.size() < 100) {
                warnings.add(sentence);
            }
            target.warning(sentence);
        }

        @Override
        public boolean stop() {
            return target.stop();
        }
    }
}
