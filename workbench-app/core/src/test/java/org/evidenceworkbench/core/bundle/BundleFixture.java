package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.core.review.ReviewService;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.evidenceworkbench.testing.EvidenceFactory.Exif;

/**
 * A real case to export: two geotagged camera pictures, a PDF, and a zip holding a picture and a
 * note (members of a container, whose bytes the case does not keep); one picture tagged.
 */
final class BundleFixture {

    final Path evidence;
    final Path caseDir;
    /** A finding of IMG_0001.jpg (the media detectors' perceptual hash) that a person confirmed. */
    final long confirmedFinding;

    BundleFixture(Path tmp) throws IOException {
        evidence = Files.createDirectories(tmp.resolve("evidence"));
        EvidenceFactory.jpegWithExif(evidence, "IMG_0001.jpg", 320, 240,
                Exif.of("Canon", "EOS 80D", LocalDateTime.of(2024, 3, 1, 14, 30, 5), 51.5014, -0.1419));
        EvidenceFactory.jpegWithExif(evidence, "IMG_0002.jpg", 320, 240,
                Exif.of("Apple", "iPhone 12", LocalDateTime.of(2024, 3, 2, 9, 15, 0), 53.4808, -2.2426));
        EvidenceFactory.pdf(evidence, "statement.pdf", "Witness statement", "PC Jones",
                List.of("The van was seen near the depot at 22:00."));
        EvidenceFactory.zip(evidence, "phone.zip", Map.of(
                "DCIM/IMG_0100.jpg", EvidenceFactory.jpegBytes(200, 150, 7),
                "notes.txt", EvidenceFactory.utf8("Meet at the station.\n")));
        caseDir = tmp.resolve("case");
        CaseTestSupport.ingestIntoNewCase(caseDir, CaseTestSupport.options(), evidence);
        try (Case c = Case.openForWriting(caseDir)) {
            new ReviewService(c).tag(item(c, "IMG_0001.jpg").id(), "relevant", "DC Smith");
            confirmedFinding = firstFinding(c, item(c, "IMG_0001.jpg").id());
            new ReviewService(c).review(confirmedFinding, ReviewService.Decision.CONFIRMED, "DC Smith", "seen before");
        }
    }

    private static long firstFinding(Case c, long itemId) {
        try (java.sql.Connection db = c.database().connection();
             java.sql.PreparedStatement p = db.prepareStatement("SELECT MIN(id) FROM finding WHERE item_id = ?")) {
            p.setLong(1, itemId);
            try (java.sql.ResultSet rs = p.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                if (rs.wasNull()) {
                    throw new AssertionError("the media detectors found nothing in IMG_0001.jpg");
                }
                return id;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ItemSummary item(Case c, String path) {
        return CaseTestSupport.item(CaseTestSupport.itemsByPath(c), path);
    }

    /** Exports with the workstation key; returns the bundle's path. */
    ExportResult export(Path out, Selection selection, ExportProfile profile, boolean zip) {
        try (Case c = Case.openForWriting(caseDir)) {
            return new BundleExporter(c, null).export(out, new ExportRequest(selection, profile, null,
                    "Test Constabulary", null, zip, new VicsCategories(Map.of("relevant", 2))));
        }
    }
}
