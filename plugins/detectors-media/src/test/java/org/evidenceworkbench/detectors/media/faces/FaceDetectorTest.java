package org.evidenceworkbench.detectors.media.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.detectors.media.faces.TestPictures.ASTRONAUT_FACE;
import static org.evidenceworkbench.detectors.media.faces.TestPictures.iou;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location.Region;
import org.evidenceworkbench.detector.Severity;
import org.evidenceworkbench.detectors.media.faces.TestPictures.PictureItem;
import org.junit.jupiter.api.Test;

class FaceDetectorTest {

    /** One detector for the class, as the host keeps one per worker thread. */
    private static final FaceDetector DETECTOR = new FaceDetector();

    private static List<Finding> run(ItemView item) throws Exception {
        List<Finding> out = new ArrayList<>();
        DETECTOR.detect(item, out::add);
        return out;
    }

    private static List<Finding> run(String name, byte[] bytes) throws Exception {
        return run(new PictureItem(name, bytes));
    }

    @Test
    void findsTheAstronautsFaceWithItsBoxScoreAndCount() throws Exception {
        List<Finding> findings = run("astronaut.jpg", TestPictures.astronautJpeg());

        assertThat(findings).hasSize(1);
        Finding face = findings.get(0);
        assertThat(face.type()).isEqualTo("face");
        assertThat(face.severity()).isEqualTo(Severity.INFO);
        assertThat(face.entity()).isNull();
        assertThat(face.confidence()).isBetween(FaceDetector.MIN_SCORE, 1.0);
        Region box = face.location().region();
        assertThat(iou(box, ASTRONAUT_FACE)).as("IoU of %s with the labelled face", box).isGreaterThanOrEqualTo(0.5);
        assertThat(face.label()).isEqualTo(String.format(java.util.Locale.ROOT, "face 1 of 1 (%.0f%%)",
                face.confidence() * 100));
        assertThat(face.explanation()).contains(box.width() + "×" + box.height() + " pixels at (" + box.x() + ", "
                + box.y() + ")");
        assertThat(face.explanation()).contains("BlazeFace").contains("1 face ").contains("not")
                .contains("whose face");
    }

    @Test
    void findsAFaceThatFillsThePictureAsInASelfieOrAnAvatar() throws Exception {
        // the astronaut's face and a little around it, enlarged to 300×300: the face is three quarters of it
        Region label = ASTRONAUT_FACE;
        int margin = 8;
        BufferedImage crop = TestPictures.astronaut().getSubimage(label.x() - margin, label.y() - margin,
                label.width() + 2 * margin, label.height() + 2 * margin);
        BufferedImage avatar = new BufferedImage(300, 300, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = avatar.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(crop, 0, 0, 300, 300, null);
        g.dispose();
        double s = 300.0 / crop.getWidth();
        Region face = new Region((int) Math.round(margin * s), (int) Math.round(margin * s),
                (int) Math.round(label.width() * s), (int) Math.round(label.height() * s));

        List<Finding> findings = run("avatar.jpg", TestPictures.jpeg(avatar));

        assertThat(findings).hasSize(1);
        assertThat(iou(findings.get(0).location().region(), face)).as("%s against %s",
                findings.get(0).location().region(), face).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void countsEveryFaceInEachLabel() throws Exception {
        BufferedImage pair = TestPictures.canvas(600, 300);
        Region left = TestPictures.paste(pair, 20, 20, 256);
        Region right = TestPictures.paste(pair, 320, 30, 256);

        List<Finding> findings = run("pair.png", TestPictures.png(pair));

        assertThat(findings).hasSize(2);
        assertThat(findings).extracting(Finding::label)
                .anySatisfy(l -> assertThat(l).startsWith("face 1 of 2"))
                .anySatisfy(l -> assertThat(l).startsWith("face 2 of 2"));
        assertThat(findings).anySatisfy(f -> assertThat(iou(f.location().region(), left)).isGreaterThan(0.5));
        assertThat(findings).anySatisfy(f -> assertThat(iou(f.location().region(), right)).isGreaterThan(0.5));
    }

    @Test
    void boxesAreInFullSizePixelsWhenALargeJpegIsDecodedReduced() throws Exception {
        // the test host decodes 4000×3000 at half size, as the workbench's does; the box must be in full-size pixels
        BufferedImage large = TestPictures.canvas(4000, 3000);
        Region face = TestPictures.paste(large, 2900, 1700, 600);

        List<Finding> findings = run("large.jpg", TestPictures.jpeg(large));

        assertThat(findings).hasSize(1);
        Region box = findings.get(0).location().region();
        assertThat(iou(box, face)).as("IoU of %s with %s", box, face).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void findsASmallFaceInALargePictureThroughTiles() throws Exception {
        // a face of about a fortieth of the picture's width: too small for one 192-pixel look at the whole
        BufferedImage large = TestPictures.canvas(3000, 2000);
        Region face = TestPictures.paste(large, 400, 1500, 384);
        assertThat(face.width()).isLessThan(3000 / 35);

        List<Finding> findings = run("small-face.jpg", TestPictures.jpeg(large));

        assertThat(findings).hasSize(1);
        assertThat(iou(findings.get(0).location().region(), face)).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void findsFacesInGreyscaleAndInPicturesWithTransparency() throws Exception {
        BufferedImage grey = new BufferedImage(256, 256, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage argb = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        for (BufferedImage target : List.of(grey, argb)) {
            Graphics2D g = target.createGraphics();
            g.drawImage(TestPictures.astronaut(), 0, 0, null);
            g.dispose();
        }

        for (byte[] bytes : List.of(TestPictures.jpeg(grey), TestPictures.png(grey), TestPictures.png(argb))) {
            List<Finding> findings = run("variant", bytes);
            assertThat(findings).hasSize(1);
            assertThat(iou(findings.get(0).location().region(), ASTRONAUT_FACE)).isGreaterThanOrEqualTo(0.5);
        }
    }

    @Test
    void aLargePictureIsShrunkBeforeItIsCopiedForOpenCvAndBoxesStayInFullSizePixels() throws Exception {
        // a host that does not decode reduced gives the full 4000×3000 picture
        BufferedImage large = TestPictures.canvas(4000, 3000);
        Region face = TestPictures.paste(large, 600, 2400, 800);
        List<Finding> inLarge = run(new PictureItem("large.jpg", TestPictures.jpeg(large), 0, Map.of()));
        assertThat(inLarge).hasSize(1);
        assertThat(iou(inLarge.get(0).location().region(), face)).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void findsNoFacesInFaceFreeGeneratedPictures() throws Exception {
        assertThat(run("gradient.png", TestPictures.png(TestPictures.canvas(1200, 800)))).isEmpty();
        assertThat(run("page.png", TestPictures.png(TestPictures.text(1000, 1400)))).isEmpty();
        assertThat(run("page.jpg", TestPictures.jpeg(TestPictures.text(800, 600)))).isEmpty();
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(run("noise.png", TestPictures.png(TestPictures.noise(640, 480, seed)))).isEmpty();
        }
        assertThat(run("noise.jpg", TestPictures.jpeg(TestPictures.noise(2000, 1500, 4)))).isEmpty();
        assertThat(run("black.jpg", TestPictures.jpeg(new BufferedImage(500, 500, BufferedImage.TYPE_3BYTE_BGR))))
                .isEmpty();
    }

    @Test
    void rotatedTinyAndOddlyShapedPicturesGiveBoxesInsideThePicture() throws Exception {
        List<BufferedImage> pictures = new ArrayList<>();
        for (int turns = 1; turns <= 3; turns++) {
            pictures.add(TestPictures.rotate90(TestPictures.canvasWithAstronaut(), turns));
        }
        pictures.add(new BufferedImage(1, 1, BufferedImage.TYPE_3BYTE_BGR));
        pictures.add(new BufferedImage(3, 200, BufferedImage.TYPE_3BYTE_BGR));
        pictures.add(new BufferedImage(2000, 2, BufferedImage.TYPE_3BYTE_BGR));
        BufferedImage strip = TestPictures.canvas(3000, 300);
        TestPictures.paste(strip, 2700, 20, 256);
        pictures.add(strip);

        for (BufferedImage picture : pictures) {
            for (byte[] bytes : List.of(TestPictures.jpeg(picture), TestPictures.png(picture))) {
                for (Finding f : run("odd", bytes)) {
                    Region r = f.location().region();
                    assertThat(r.x()).isNotNegative();
                    assertThat(r.y()).isNotNegative();
                    assertThat(r.x() + r.width()).isLessThanOrEqualTo(picture.getWidth());
                    assertThat(r.y() + r.height()).isLessThanOrEqualTo(picture.getHeight());
                    assertThat(r.width()).isGreaterThanOrEqualTo(FaceDetector.MIN_FACE_SIDE);
                }
            }
        }
        assertThat(run("strip.png", TestPictures.png(strip))).hasSize(1);
    }

    @Test
    void garbageAndTruncatedPicturesCostNothingButThatItem() throws Exception {
        byte[] garbage = new byte[5000];
        new java.util.Random(5).nextBytes(garbage);
        assertThat(run("garbage.jpg", garbage)).isEmpty();
        assertThat(run("empty.jpg", new byte[0])).isEmpty();

        byte[] jpeg = TestPictures.astronautJpeg();
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 3);
        // what is decoded of a truncated JPEG is up to the decoder; it must not take the detector down
        for (Finding f : run("truncated.jpg", truncated)) {
            assertThat(f.location().region().x() + f.location().region().width()).isLessThanOrEqualTo(256);
        }
        // and the same detector instance carries on with the next item
        assertThat(run("astronaut.jpg", jpeg)).hasSize(1);
    }

    @Test
    void isFoundByTheServiceLoaderAndWantsPicturesOnly() {
        List<Detector> found = new ArrayList<>();
        ServiceLoader.load(Detector.class).forEach(found::add);
        assertThat(found).anySatisfy(d -> assertThat(d).isInstanceOf(FaceDetector.class));
        FaceDetector d = new FaceDetector();
        assertThat(d.info().id()).isEqualTo("media.faces");
        assertThat(d.info().categories()).containsExactly(ItemCategory.PICTURE);
    }

    @Test
    void theModelAndItsLicenceShipInTheJar() {
        assertThat(BlazeFace.class.getResource(BlazeFace.MODEL_RESOURCE)).isNotNull();
        assertThat(BlazeFace.class.getResource("face_detection_full_range.LICENSE.txt")).isNotNull();
    }
}
