package org.evidenceworkbench.ui.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestOptions;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.testing.EvidenceFactory;

/**
 * A small, real piece of evidence for the window's tests: camera pictures with EXIF and GPS, a PDF
 * invoice, a zip holding a chat log, and a note with identifiers (an e-mail address and a phone
 * number, which the identifier detectors flag).
 */
public final class SampleEvidence {

    public static final String EMAIL = "dealer.kestrel@example.com";

    private SampleEvidence() {
    }

    /** Writes the evidence folder into {@code dir/evidence} and returns it. */
    public static Path write(Path dir) throws IOException {
        Path evidence = Files.createDirectories(dir.resolve("evidence"));
        EvidenceFactory.jpegWithExif(evidence, "DCIM/IMG_0001.jpg", EvidenceFactory.Exif.of("Canon", "Canon EOS 80D",
                LocalDateTime.of(2024, 3, 5, 14, 30), 51.5072, -0.1276));
        EvidenceFactory.jpegWithExif(evidence, "DCIM/IMG_0002.jpg", EvidenceFactory.Exif.of("Apple", "iPhone 12",
                LocalDateTime.of(2024, 3, 6, 9, 15), 53.4808, -2.2426));
        EvidenceFactory.pdf(evidence, "docs/invoice.pdf", "Invoice 4471", "J Smith",
                List.of("Invoice 4471", "Payment for the van, cash on delivery", "Contact " + EMAIL));
        EvidenceFactory.zip(evidence, "chat.zip", Map.of("chat.txt", EvidenceFactory.utf8(
                "[12:01] K: meet at the usual place\n[12:02] M: bring the invoice\n[12:03] K: ok")));
        EvidenceFactory.textFile(evidence, "notes.txt", "Call Kestrel on +44 7700 900123 or write to " + EMAIL
                + " about the invoice.\nThe van is parked near the station.\n");
        return evidence;
    }

    /** Makes a case in {@code dir/case} and ingests the evidence with the detectors on the class path. */
    public static Path ingestedCase(Path dir) throws IOException {
        Path evidence = write(dir);
        Path caseDir = dir.resolve("case");
        try (Case c = Case.create(caseDir, "Operation Kestrel", "DC Test", "OP-KESTREL-1", "OFFICIAL-SENSITIVE")) {
            new IngestService(c, IngestOptions.defaults().withThreads(2)).ingest(List.of(evidence));
        }
        return caseDir;
    }
}
