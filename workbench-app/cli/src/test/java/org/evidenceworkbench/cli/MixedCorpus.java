package org.evidenceworkbench.cli;

import static org.evidenceworkbench.testing.EvidenceFactory.docx;
import static org.evidenceworkbench.testing.EvidenceFactory.eml;
import static org.evidenceworkbench.testing.EvidenceFactory.jpegWithExif;
import static org.evidenceworkbench.testing.EvidenceFactory.pdf;
import static org.evidenceworkbench.testing.EvidenceFactory.textFile;
import static org.evidenceworkbench.testing.EvidenceFactory.utf8;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.evidenceworkbench.testing.EvidenceFactory.Exif;
import org.evidenceworkbench.testing.EvidenceFactory.Mail;

/**
 * A reproducible folder of the kinds of item a real case holds, with identifiers and camera
 * metadata for the detectors to find: notes, PDFs and DOCX files naming e-mail addresses and
 * phone numbers, photos with EXIF and GPS, and an e-mail with an attachment.
 */
final class MixedCorpus {

    private MixedCorpus() {
    }

    /** Writes the corpus into {@code dir} and returns how many items an ingest makes of it. */
    static int write(Path dir) throws IOException {
        int items = 0;
        for (int i = 0; i < 30; i++) {
            textFile(dir, "notes/contact-" + i + ".txt", "ring 07700 900" + String.format("%03d", i)
                    + " or write to person" + i + "@example.com about the parcel");
            items++;
        }
        for (int i = 0; i < 10; i++) {
            jpegWithExif(dir, "photos/IMG_" + (1000 + i) + ".jpg", 640, 480, Exif.of("Canon", "EOS R",
                    LocalDateTime.of(2024, 5, 1, 9, i, 0), 51.5 + i / 100.0, -0.12));
            pdf(dir, "letters/letter-" + i + ".pdf", "Letter " + i, "Sam",
                    List.of("Reply to sender" + i + "@example.org by Friday."));
            items += 2;
        }
        for (int i = 0; i < 5; i++) {
            docx(dir, "memos/memo-" + i + ".docx", "Memo " + i, "Sam",
                    List.of("Pay into the account of buyer" + i + "@example.net."));
            items++;
        }
        eml(dir, "mail/order.eml", new Mail("order@example.test", "A <a@example.test>", "B <b@example.test>",
                "Order", ZonedDateTime.of(2024, 2, 3, 10, 0, 0, 0, ZoneOffset.UTC), "see the list",
                "list.txt", utf8("deliver to courier@example.com")));
        return items + 2;
    }
}
