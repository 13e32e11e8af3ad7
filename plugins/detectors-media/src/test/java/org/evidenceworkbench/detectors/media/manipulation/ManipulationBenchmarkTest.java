package org.evidenceworkbench.detectors.media.manipulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detectors.media.claims.ClaimMismatchDetector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the manipulation indicators cost per picture: a 12-megapixel camera JPEG with EXIF and a
 * thumbnail, every detector run as the host runs it (the thumbnail check decodes the picture
 * itself, as {@code ItemView.picture()} does in a test; the ingest's view may decode it reduced).
 * Printed; run with {@code -Pbench}.
 */
@Tag("benchmark")
class ManipulationBenchmarkTest {

    @Test
    void costPerPicture() throws Exception {
        byte[] jpeg = CraftedJpegs.cameraOriginal(CraftedJpegs.scene(4000, 3000, 1), set -> { });
        PictureItem item = new PictureItem("IMG_0001.JPG", jpeg);
        List<Detector> detectors = List.of(new EditingSoftwareDetector(), new ThumbnailMismatchDetector(),
                new TimeDisagreementDetector(), new MissingCameraMetadataDetector(), new QuantisationTableDetector(),
                new ClaimMismatchDetector());
        for (int i = 0; i < 3; i++) {
            runAll(detectors, item);
        }
        int runs = 10;
        for (Detector d : detectors) {
            long start = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                List<Finding> findings = new ArrayList<>();
                d.detect(item, findings::add);
                assertThat(findings).isEmpty();
            }
            System.out.printf("%-32s %8.2f ms per 12 MP picture%n", d.info().id(), (System.nanoTime() - start) / 1e6 / runs);
        }
    }

    private static void runAll(List<Detector> detectors, PictureItem item) throws Exception {
        for (Detector d : detectors) {
            d.detect(item, f -> { });
        }
    }
}
