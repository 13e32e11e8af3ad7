package org.evidenceworkbench.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.item.Outcome;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailMakerTest {

    private static final String DAMAGED = "the picture data ends early or is damaged; what could be decoded is shown";

    @TempDir
    Path dir;

    private ThumbnailMaker maker(long maxPixels) {
        return new ThumbnailMaker(dir.resolve("thumbs"), 256, maxPixels);
    }

    private ExtractedFacts make(Path file, int orientation) {
        ExtractedFacts facts = new ExtractedFacts();
        facts.orientation = orientation;
        maker(100_000_000L).make(file, sha(file), file.getFileName().toString(), facts);
        return facts;
    }

    private static String sha(Path file) {
        return String.format("%064x", Math.abs((long) file.getFileName().toString().hashCode()));
    }

    private BufferedImage thumbnail(ExtractedFacts facts) throws IOException {
        assertThat(facts.thumbnail).as("a thumbnail was made").isNotNull();
        return ImageIO.read(dir.resolve("thumbs").resolve(facts.thumbnail).toFile());
    }

    private static boolean reddish(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return c.getRed() > 180 && c.getGreen() < 90 && c.getBlue() < 90;
    }

    @Test
    void aLargeCameraJpegGetsAThumbnailOfTheSetSizeTurnedUpright() throws Exception {
        // stored 2400 x 1800 with the red mark top-left; orientation 6: turn 90° clockwise to view
        Path file = EvidenceFactory.jpegWithExif(dir, "IMG_0001.jpg", 2400, 1800,
                new EvidenceFactory.Exif("Canon", "EOS", null, null, null, 6));
        ExtractedFacts facts = make(file, 6);
        assertThat(facts.outcome()).isEqualTo(Outcome.OK);
        BufferedImage thumb = thumbnail(facts);
        assertThat(thumb.getWidth()).isEqualTo(192);
        assertThat(thumb.getHeight()).isEqualTo(256);
        assertThat(reddish(thumb, 180, 10)).as("the mark is now top-right").isTrue();
        assertThat(reddish(thumb, 10, 10)).isFalse();
    }

    @Test
    void aLargeJpegCutOffHalfWayIsCorruptAndShowsWhatCouldBeDecoded() throws Exception {
        Path file = EvidenceFactory.truncated(EvidenceFactory.jpeg(dir, "cut.jpg", 2400, 1800), 0.5);
        ExtractedFacts facts = make(file, 1);
        assertThat(facts.outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(facts.reason()).isEqualTo(DAMAGED);
        BufferedImage thumb = thumbnail(facts);
        assertThat(reddish(thumb, 5, 5)).as("the top, which was decoded, is shown").isTrue();
    }

    @Test
    void aLargeJpegWithNoiseInsideItsDataIsCorruptThoughItsStartAndEndAreWhole() throws Exception {
        // OpenCV, which decodes large JPEGs, decodes this without complaint; the workbench must not
        Path file = EvidenceFactory.damagedInside(EvidenceFactory.jpeg(dir, "sector.jpg", 2400, 1800), 4096, 9);
        ExtractedFacts facts = make(file, 1);
        assertThat(facts.outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(facts.reason()).isNotBlank();
    }

    @Test
    void aCopyOfADamagedPictureIsDamagedTooThoughItsThumbnailIsMadeOnce() throws Exception {
        Path file = EvidenceFactory.truncated(EvidenceFactory.jpeg(dir, "cut.jpg", 2400, 1800), 0.5);
        ExtractedFacts first = make(file, 1);
        ExtractedFacts again = new ExtractedFacts(); // the same bytes again: a copy, or a resumed ingest
        maker(100_000_000L).make(file, sha(file), "copy-of-cut.jpg", again);
        assertThat(again.thumbnail).isEqualTo(first.thumbnail);
        assertThat(again.outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(again.reason()).isEqualTo(DAMAGED);

        ExtractedFacts whole = make(EvidenceFactory.jpeg(dir, "whole.jpg", 2400, 1800), 1);
        ExtractedFacts wholeAgain = new ExtractedFacts();
        maker(100_000_000L).make(dir.resolve("whole.jpg"), sha(dir.resolve("whole.jpg")), "whole.jpg", wholeAgain);
        assertThat(whole.outcome()).isEqualTo(Outcome.OK);
        assertThat(wholeAgain.outcome()).isEqualTo(Outcome.OK);
    }

    @Test
    void bytesAfterTheEndOfAJpegAreNoDamage() throws Exception {
        byte[] jpeg = Files.readAllBytes(EvidenceFactory.jpeg(dir, "plain.jpg", 2400, 1800));
        byte[] trailer = EvidenceFactory.randomBytes(3, 5000); // a camera's maker trailer, say
        byte[] both = Arrays.copyOf(jpeg, jpeg.length + trailer.length);
        System.arraycopy(trailer, 0, both, jpeg.length, trailer.length);
        ExtractedFacts facts = make(EvidenceFactory.file(dir, "trailer.jpg", both), 1);
        assertThat(facts.outcome()).isEqualTo(Outcome.OK);
        assertThat(thumbnail(facts).getWidth()).isEqualTo(256);
    }

    @Test
    void smallAndNonJpegPicturesAreStillDecodedAndJudged() throws Exception {
        ExtractedFacts cut = make(EvidenceFactory.truncatedJpeg(dir, "small-cut.jpg"), 1);
        assertThat(cut.outcome()).isEqualTo(Outcome.CORRUPT);
        assertThat(cut.reason()).isEqualTo(DAMAGED);

        Path png = dir.resolve("scan.png");
        ImageIO.write(EvidenceFactory.scene(5, 1200, 900, 0), "png", png.toFile());
        ExtractedFacts facts = make(png, 1);
        assertThat(facts.outcome()).isEqualTo(Outcome.OK);
        assertThat(thumbnail(facts).getWidth()).isEqualTo(256);
        assertThat(thumbnail(facts).getHeight()).isEqualTo(192);

        ExtractedFacts cutPng = make(EvidenceFactory.truncatedPng(dir, "cut.png"), 1);
        assertThat(cutPng.outcome()).isEqualTo(Outcome.CORRUPT);

        ExtractedFacts text = make(EvidenceFactory.textFile(dir, "notes.txt", "not a picture"), 1);
        assertThat(text.outcome()).as("a format Java cannot decode is not a fault").isEqualTo(Outcome.OK);
        assertThat(text.thumbnail).isNull();
    }

    @Test
    void picturesDeclaringMorePixelsThanTheLimitAreNeverDecoded() throws Exception {
        ExtractedFacts bomb = make(EvidenceFactory.pngDeclaring(dir, "bomb.png", 100_000, 100_000), 1);
        assertThat(bomb.flags).contains(ItemFlag.PICTURE_TOO_LARGE);
        assertThat(bomb.metadata.get("workbench"))
                .containsEntry("pictureTooLarge", "100000x100000 pixels declared; not decoded");
        assertThat(bomb.thumbnail).isNull();

        Path jpeg = EvidenceFactory.jpeg(dir, "big.jpg", 2400, 1800);
        ExtractedFacts facts = new ExtractedFacts();
        maker(1_000_000L).make(jpeg, sha(jpeg), "big.jpg", facts);
        assertThat(facts.flags).contains(ItemFlag.PICTURE_TOO_LARGE);
        assertThat(facts.metadata.get("workbench")).containsEntry("pictureTooLarge",
                "2400x1800 pixels declared; not decoded");
        assertThat(facts.thumbnail).isNull();
    }

    @Test
    void theDetectorsGetThePixelsTheirOwnDecodeWouldGive() throws Exception {
        Path file = EvidenceFactory.jpeg(dir, "IMG_0002.jpg", 2400, 1800);
        PictureDecoder decoder = new PictureDecoder(100_000_000L);
        make(file, 1);
        BufferedImage handedOver = decoder.decode(file, 1, PictureDecoder.ANALYSIS_MIN_SIDE).orElseThrow().image();
        BufferedImage ownDecode = decoder.decode(file, 1, PictureDecoder.ANALYSIS_MIN_SIDE).orElseThrow().image();
        assertThat(handedOver).isNotSameAs(ownDecode);
        assertThat(handedOver.getWidth()).isEqualTo(1200);
        assertThat(pixels(handedOver)).isEqualTo(pixels(ownDecode));
    }

    @Test
    void aFileReplacedAfterItsThumbnailIsDecodedAfresh() throws Exception {
        Path file = EvidenceFactory.jpeg(dir, "IMG_0003.jpg", 2400, 1800);
        make(file, 1);
        // another picture of the same size at the same path (a spool file reused, say)
        BufferedImage blue = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = blue.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 2400, 1800);
        g.dispose();
        Files.write(file, EvidenceFactory.jpegBytes(blue, 0.9f));
        BufferedImage decoded = new PictureDecoder(100_000_000L).decode(file, 1, PictureDecoder.ANALYSIS_MIN_SIDE)
                .orElseThrow().image();
        assertThat(new Color(decoded.getRGB(5, 5)).getBlue()).isGreaterThan(200);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
