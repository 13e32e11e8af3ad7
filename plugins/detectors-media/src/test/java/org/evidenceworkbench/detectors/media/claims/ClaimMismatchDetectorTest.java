package org.evidenceworkbench.detectors.media.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detectors.media.manipulation.CraftedJpegs;
import org.evidenceworkbench.detectors.media.manipulation.PictureItem;
import org.junit.jupiter.api.Test;

/** The camera original says: Berlin (52.52, 13.405), 2024-05-01 10:00 at +02:00 (08:00 UTC). */
class ClaimMismatchDetectorTest {

    private static final BufferedImage SCENE = CraftedJpegs.scene(320, 240, 3);

    private static List<Finding> check(byte[] jpeg, String time, String lat, String lon) throws Exception {
        Map<String, String> claims = new HashMap<>();
        claims.put(ClaimMismatchDetector.SUBMISSION_REF, "S-17");
        if (time != null) {
            claims.put(ClaimMismatchDetector.CLAIMED_TIME, time);
        }
        if (lat != null) {
            claims.put(ClaimMismatchDetector.CLAIMED_LATITUDE, lat);
            claims.put(ClaimMismatchDetector.CLAIMED_LONGITUDE, lon);
        }
        List<Finding> findings = new ArrayList<>();
        new ClaimMismatchDetector().detect(new PictureItem("clip.jpg", jpeg, claims), findings::add);
        return findings;
    }

    private static byte[] original() throws Exception {
        return CraftedJpegs.cameraOriginal(SCENE, set -> { });
    }

    @Test
    void anHonestClaimWithinTheTolerancesIsQuiet() throws Exception {
        assertThat(check(original(), "2024-05-01T10:20:00+02:00", "52.5215", "13.4070")).isEmpty();
    }

    @Test
    void aPlaceFarFromTheGpsPositionIsReportedInKilometres() throws Exception {
        // Potsdam, about 27 km south-west
        assertThat(check(original(), "2024-05-01T10:00:00+02:00", "52.3906", "13.0645")).singleElement()
                .satisfies(f -> {
                    assertThat(f.type()).isEqualTo("claim-mismatch");
                    assertThat(f.label()).matches("Claim mismatch: 2[6-8]\\.\\d km away");
                    assertThat(f.explanation()).contains("Submission S-17").contains("(52.52000, 13.40500)")
                            .contains("tolerance of 500 m");
                });
    }

    @Test
    void aTimeHoursFromTheCaptureIsReportedAsInstantsWhenBothHaveOffsets() throws Exception {
        // 14:00 at +02:00 against 10:00 at +02:00; the same instant written in UTC is no mismatch
        assertThat(check(original(), "2024-05-01T14:00:00+02:00", null, null)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("is 4 h 0 min away").contains("as instants"));
        assertThat(check(original(), "2024-05-01T08:05:00Z", null, null)).isEmpty();
    }

    @Test
    void withoutAnExifOffsetTheGpsTimeStandsIn() throws Exception {
        byte[] noOffset = CraftedJpegs.withExif(CraftedJpegs.cameraJpeg(SCENE), set -> {
            set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2024:05:01 10:00:00");
            CraftedJpegs.gpsTime(set, "2024:05:01", 8, 0, 0);
        }, null);

        assertThat(check(noOffset, "2024-05-01T10:00:00+02:00", null, null)).isEmpty();
        assertThat(check(noOffset, "2024-05-01T12:00:00+02:00", null, null)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("against the GPS time 2024-05-01T08:00:00Z"));
    }

    @Test
    void aClaimWithoutOffsetIsComparedAsLocalClockReadingsAndSaysSo() throws Exception {
        assertThat(check(original(), "2024-05-01T10:15:00", null, null)).isEmpty();
        assertThat(check(original(), "2024-05-01T12:00:00", null, null)).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("2 h 0 min away")
                        .contains("compared as local clock readings, as the claim has no UTC offset"));
    }

    @Test
    void itemsOutsideSubmissionsAreNotChecked() throws Exception {
        List<Finding> findings = new ArrayList<>();
        new ClaimMismatchDetector().detect(new PictureItem("clip.jpg", original()), findings::add);
        assertThat(findings).isEmpty();
    }
}
