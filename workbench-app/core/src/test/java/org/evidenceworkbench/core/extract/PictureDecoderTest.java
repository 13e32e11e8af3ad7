package org.evidenceworkbench.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.ScaledPicture;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureDecoderTest {

    private final PictureDecoder decoder = new PictureDecoder(100_000_000L);

    @TempDir
    Path dir;

    private static boolean reddish(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    @Test
    void turnsPicturesUprightFromTheirExifOrientation() throws Exception {
        // stored 400 x 300 with the red mark top-left; orientation 6 means "turn 90° clockwise to view"
        Path file = EvidenceFactory.jpegWithExif(dir, "rotated.jpg", 400, 300,
                new EvidenceFactory.Exif("Canon", "EOS", null, null, null, 6));
        ScaledPicture p = decoder.decode(file, -1, 0).orElseThrow();
        assertThat(p.image().getWidth()).isEqualTo(300);
        assertThat(p.image().getHeight()).isEqualTo(400);
        assertThat(p.fullWidth()).isEqualTo(300);
        assertThat(reddish(p.image(), 290, 10)).as("the mark is now top-right").isTrue();
        assertThat(reddish(p.image(), 10, 10)).isFalse();
        // an orientation the caller already knows is used as given
        ScaledPicture asStored = decoder.decode(file, 1, 0).orElseThrow();
        assertThat(asStored.image().getWidth()).isEqualTo(400);
        assertThat(reddish(asStored.image(), 10, 10)).isTrue();
    }

    @Test
    void decodesLargeJpegsAtReducedSizeButNeverBelowTheAskedSide() throws Exception {
        Path file = EvidenceFactory.jpeg(dir, "big.jpg", 2400, 1800);
        // 1800 / 2 = 900 is at least 600, 1800 / 4 = 450 is not: decoded at half size
        ScaledPicture half = decoder.decode(file, -1, 600).orElseThrow();
        assertThat(half.image().getWidth()).isEqualTo(1200);
        assertThat(half.image().getHeight()).isEqualTo(900);
        assertThat(half.scale()).isEqualTo(2.0);
        assertThat(half.toFullSize(10, 20, 30, 40)).isEqualTo(new Location.Region(20, 40, 60, 80));
        assertThat(reddish(half.image(), 5, 5)).isTrue();
        ScaledPicture eighth = decoder.decode(file, -1, 200).orElseThrow();
        assertThat(eighth.image().getWidth()).isEqualTo(300);
        assertThat(eighth.fullWidth()).isEqualTo(2400);
    }

    @Test
    void refusesPicturesDeclaringMorePixelsThanTheLimit() throws Exception {
        Path file = EvidenceFactory.jpeg(dir, "wide.jpg", 1200, 1000);
        assertThat(new PictureDecoder(1_000_000L).decode(file, -1, 0)).isEmpty();
        assertThat(new PictureDecoder(1_000_000L).decode(file, -1, 100)).isEmpty();
    }

    @Test
    void leavesNonJpegsAndUndecodableFilesToImageIo() throws Exception {
        Path text = EvidenceFactory.textFile(dir, "notes.txt", "not a picture");
        assertThat(decoder.decode(text, -1, 64)).isEqualTo(Optional.empty());
        assertThat(PictureDecoder.reduction(4000, 3000, "png", 256)).isEqualTo(1);
        assertThat(PictureDecoder.reduction(4000, 3000, "jpeg", 256)).isEqualTo(8);
        assertThat(PictureDecoder.reduction(4000, 3000, "jpeg", 512)).isEqualTo(4);
        assertThat(PictureDecoder.reduction(4000, 3000, "jpeg", 0)).isEqualTo(1);
        assertThat(PictureDecoder.reduction(800, 600, "jpeg", 512)).isEqualTo(1);
    }

    @Test
    void openCvRefusesAJpegCutShortSoImageIoCanSayItIsDamaged() throws Exception {
        // the thumbnail maker relies on this to send a cut-off picture to ImageIO, which reports it
        byte[] whole = java.nio.file.Files.readAllBytes(EvidenceFactory.jpeg(dir, "whole.jpg", 2400, 1800));
        assertThat(PictureDecoder.decodeReduced(whole, 4)).isNotNull();
        for (int tenth = 1; tenth < 10; tenth++) {
            assertThat(PictureDecoder.decodeReduced(java.util.Arrays.copyOf(whole, whole.length * tenth / 10), 4))
                    .as("cut at %d/10", tenth).isNull();
        }
        assertThat(PictureDecoder.decodeReduced(java.util.Arrays.copyOf(whole, whole.length - 1000), 4))
                .as("the last kilobyte missing").isNull();
    }

    @Test
    void theThumbnailsDecodeIsTheSizeThePdqDetectorAsksFor() {
        // else the thumbnail maker's decode is never handed over and every photo is decoded twice
        assertThat(PictureDecoder.ANALYSIS_MIN_SIDE)
                .isEqualTo(org.evidenceworkbench.detectors.media.PdqDetector.HASH_MIN_SIDE);
    }
}
