package org.evidenceworkbench.detectors.media.manipulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detectors.media.claims.ClaimMismatchDetector;
import org.junit.jupiter.api.Test;

class ManipulationIndicatorsTest {

    private static final BufferedImage SCENE = CraftedJpegs.scene(640, 480, 42);

    private static List<Detector> all() {
        return List.of(new EditingSoftwareDetector(), new ThumbnailMismatchDetector(), new TimeDisagreementDetector(),
                new MissingCameraMetadataDetector(), new QuantisationTableDetector(), new ClaimMismatchDetector());
    }

    private static List<Finding> run(Detector detector, ItemView item) throws Exception {
        List<Finding> findings = new ArrayList<>();
        detector.detect(item, findings::add);
        return findings;
    }

    private static List<Finding> runAll(ItemView item) throws Exception {
        List<Finding> findings = new ArrayList<>();
        for (Detector d : all()) {
            findings.addAll(run(d, item));
        }
        return findings;
    }

    @Test
    void aConsistentCameraOriginalRaisesNoIndicator() throws Exception {
        byte[] original = CraftedJpegs.cameraOriginal(SCENE, set -> { });
        PictureItem item = new PictureItem("IMG_1234.JPG", original);

        assertThat(item.metadata()).containsKeys(ExifFields.MAKE, ExifFields.ORIGINAL, ExifFields.GPS_TIME);
        assertThat(JpegHeaders.read(item.openStream()).exifThumbnail()).isPresent();
        assertThat(runAll(item)).isEmpty();
    }

    @Test
    void editingSoftwareInExifIsNamed() throws Exception {
        byte[] edited = CraftedJpegs.cameraOriginal(SCENE,
                set -> CraftedJpegs.replaceRoot(set, TiffTagConstants.TIFF_TAG_SOFTWARE, "Adobe Photoshop 25.0 (Windows)"));

        List<Finding> findings = run(new EditingSoftwareDetector(), new PictureItem("IMG_1234.JPG", edited));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("editing-software");
            assertThat(f.label()).contains("photoshop");
            assertThat(f.explanation()).contains("EXIF Software 'Adobe Photoshop 25.0 (Windows)'").contains("not proof");
        });
    }

    @Test
    void theXmpEditHistoryIsListedStepByStep() throws Exception {
        String history = CraftedJpegs.historyStep("created", "2024-05-01T10:05:00+02:00", "Snapseed 2.21", null)
                + CraftedJpegs.historyStep("saved", "2024-05-02T18:00:00+02:00", "GIMP 2.10", "converted to image/jpeg");
        byte[] edited = CraftedJpegs.withXmp(CraftedJpegs.jpeg(SCENE, 90), "GIMP 2.10", history);

        List<Finding> findings = run(new EditingSoftwareDetector(), new PictureItem("export.jpg", edited));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.label()).contains("gimp").contains("snapseed");
            assertThat(f.explanation())
                    .contains("XMP CreatorTool 'GIMP 2.10'")
                    .contains("1) 2024-05-01T10:05:00+02:00: created by Snapseed 2.21")
                    .contains("2) 2024-05-02T18:00:00+02:00: saved by GIMP 2.10 (converted to image/jpeg)");
        });
    }

    @Test
    void aThumbnailOfAnotherPictureIsReportedWithItsDistance() throws Exception {
        byte[] otherThumbnail = CraftedJpegs.jpeg(CraftedJpegs.scaled(CraftedJpegs.scene(640, 480, 7), 160, 120), 80);
        byte[] edited = CraftedJpegs.withExif(CraftedJpegs.cameraJpeg(SCENE), CraftedJpegs::cameraExif, otherThumbnail);

        List<Finding> findings = run(new ThumbnailMismatchDetector(), new PictureItem("IMG_1234.JPG", edited));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("thumbnail-mismatch");
            int distance = Integer.parseInt(f.label().replaceAll(".*distance (\\d+)\\).*", "$1"));
            assertThat(distance).isGreaterThan(31);
            assertThat(f.explanation()).contains(distance + " of 256 bits").contains("160×120");
        });
    }

    @Test
    void aLetterboxedThumbnailOfTheSamePictureIsNoMismatchButOfAnotherIs() throws Exception {
        BufferedImage wide = CraftedJpegs.scene(640, 360, 21);
        byte[] same = CraftedJpegs.withExif(CraftedJpegs.cameraJpeg(wide), CraftedJpegs::cameraExif,
                CraftedJpegs.jpeg(letterboxed(wide), 80));
        byte[] other = CraftedJpegs.withExif(CraftedJpegs.cameraJpeg(wide), CraftedJpegs::cameraExif,
                CraftedJpegs.jpeg(letterboxed(CraftedJpegs.scene(640, 360, 22)), 80));
        ThumbnailMismatchDetector detector = new ThumbnailMismatchDetector();

        assertThat(run(detector, new PictureItem("IMG_1.JPG", same))).isEmpty();
        assertThat(run(detector, new PictureItem("IMG_2.JPG", other))).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("(160×120)").contains("(640×360)"));
    }

    /** A 16:9 picture in a 160×120 thumbnail with black bars above and below, as cameras make them. */
    private static BufferedImage letterboxed(BufferedImage wide) {
        BufferedImage thumb = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = thumb.createGraphics();
        g.drawImage(CraftedJpegs.scaled(wide, 160, 90), 0, 15, null);
        g.dispose();
        return thumb;
    }

    @Test
    void aModifyDateDaysAfterTheShotIsReported() throws Exception {
        byte[] edited = CraftedJpegs.cameraOriginal(SCENE,
                set -> CraftedJpegs.replaceRoot(set, TiffTagConstants.TIFF_TAG_DATE_TIME, "2024:05:03 14:30:00"));

        List<Finding> findings = run(new TimeDisagreementDetector(), new PictureItem("IMG_1234.JPG", edited));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("time-disagreement");
            assertThat(f.explanation()).contains("last modified (DateTime) 2024-05-03 14:30").contains("2 d 4 h later");
        });
    }

    @Test
    void gpsTimeIsComparedAsAnInstantWhenTheCameraRecordsItsOffset() throws Exception {
        // 10:00 at +02:00 is 08:00 UTC; a GPS stamp of 09:10 UTC is 70 minutes off
        byte[] edited = CraftedJpegs.cameraOriginal(SCENE, set -> CraftedJpegs.gpsTime(set, "2024:05:01", 9, 10, 0));

        List<Finding> findings = run(new TimeDisagreementDetector(), new PictureItem("IMG_1234.JPG", edited));

        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.explanation()).contains("GPS time 2024-05-01T09:10:00Z (UTC) is 70 min later"));
    }

    @Test
    void withoutAnOffsetOnlyAnImpossibleTimeZoneIsReported() throws Exception {
        TimeDisagreementDetector detector = new TimeDisagreementDetector();
        // local 10:00, UTC 08:00:30: the camera was at +02:00 — fine
        byte[] honest = CraftedJpegs.withExif(CraftedJpegs.cameraJpeg(SCENE), set -> {
            set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2024:05:01 10:00:00");
            CraftedJpegs.gpsTime(set, "2024:05:01", 8, 0, 30);
        }, null);
        // local 10:00, UTC 08:07: 1 h 53 min is no time zone's offset
        byte[] odd = CraftedJpegs.withExif(CraftedJpegs.cameraJpeg(SCENE), set -> {
            set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2024:05:01 10:00:00");
            CraftedJpegs.gpsTime(set, "2024:05:01", 8, 7, 0);
        }, null);

        assertThat(run(detector, new PictureItem("a.jpg", honest))).isEmpty();
        assertThat(run(detector, new PictureItem("b.jpg", odd))).singleElement().satisfies(f ->
                assertThat(f.explanation()).contains("not a time-zone offset").contains("records no UTC offset"));
    }

    @Test
    void aCameraNamedJpegWithoutAnyExifIsReported() throws Exception {
        byte[] stripped = CraftedJpegs.jpeg(SCENE, 85);
        MissingCameraMetadataDetector detector = new MissingCameraMetadataDetector();

        assertThat(run(detector, new PictureItem("IMG_2041.JPG", stripped))).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("missing-camera-metadata");
            assertThat(f.explanation()).contains("IMG_2041.JPG").contains("messaging apps");
        });
        assertThat(run(detector, new PictureItem("PXL_20240501_100000123.jpg", stripped))).hasSize(1);
        assertThat(run(detector, new PictureItem("DSC_0042.JPG", stripped))).hasSize(1);
        // names no camera gives, and WhatsApp's own naming, say nothing about an original
        assertThat(run(detector, new PictureItem("holiday.jpg", stripped))).isEmpty();
        assertThat(run(detector, new PictureItem("IMG-20240501-WA0001.jpg", stripped))).isEmpty();
    }

    @Test
    void standardLibjpegTablesUnderACameraNameAreReportedWithTheQuality() throws Exception {
        byte[] resaved = CraftedJpegs.withExif(CraftedJpegs.jpeg(SCENE, 85), CraftedJpegs::cameraExif, null);

        List<Finding> findings = run(new QuantisationTableDetector(), new PictureItem("IMG_1234.JPG", resaved));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo("jpeg-resaved");
            assertThat(f.label()).contains("quality 85").contains("Canon EOS R6");
            assertThat(f.explanation()).contains("standard libjpeg (IJG) tables at quality 85");
        });
    }

    @Test
    void theQualityEstimateReadsBackTheQualityAJpegWasWrittenAt() throws IOException {
        for (int quality : new int[] {10, 30, 50, 75, 85, 97, 100}) {
            assertThat(estimate(CraftedJpegs.libjpeg(SCENE, quality)))
                    .as("libjpeg quality %d", quality).isEqualTo(new JpegQuality(quality, true, 0));
        }
        // Java's own writer: libjpeg's scaling, exact where the float quality is exact, ±1 elsewhere
        assertThat(estimate(CraftedJpegs.jpeg(SCENE, 75))).isEqualTo(new JpegQuality(75, true, 0));
        assertThat(estimate(CraftedJpegs.jpeg(SCENE, 85))).satisfies(q -> {
            assertThat(q.quality()).isEqualTo(85);
            assertThat(q.standard()).isTrue();
        });
        JpegQuality camera = estimate(CraftedJpegs.cameraJpeg(SCENE));
        assertThat(camera.standard()).isFalse();
        assertThat(camera.quality()).isEqualTo(92);
        assertThat(camera.maxDifference()).isEqualTo(3);
    }

    private static JpegQuality estimate(byte[] jpeg) throws IOException {
        return JpegQuality.estimate(JpegHeaders.read(new java.io.ByteArrayInputStream(jpeg)).quantisationTables());
    }

    @Test
    void bytesThatAreNoJpegGiveAClearErrorForTheHostToRecord() {
        byte[] garbage = "not a jpeg at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> JpegHeaders.read(new java.io.ByteArrayInputStream(garbage)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a readable JPEG");
    }

    @Test
    void aHeaderOfEndlessSegmentsIsCutOffNotReadIntoMemory() {
        // SOI, then APP1 segments of 64 KiB each, 20 MiB of them, and never a picture
        java.io.InputStream endless = new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8}),
                new java.io.InputStream() {
                    private long at;

                    @Override
                    public int read() {
                        long inSegment = at++ % 65_537;
                        return inSegment == 0 ? 0xFF : inSegment == 1 ? 0xE1 : inSegment == 2 ? 0xFF
                                : inSegment == 3 ? 0xFF : at > 20L * 1024 * 1024 ? -1 : 'x';
                    }
                });

        assertThatThrownBy(() -> JpegHeaders.read(endless))
                .isInstanceOf(IOException.class).hasMessageContaining("run past 16 MiB");
    }
}
