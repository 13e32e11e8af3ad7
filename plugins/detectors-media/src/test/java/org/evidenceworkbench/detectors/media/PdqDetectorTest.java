package org.evidenceworkbench.detectors.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.Severity;
import org.junit.jupiter.api.Test;

class PdqDetectorTest {

    /** A picture item held in memory. */
    private record PictureItem(BufferedImage image) implements ItemView {
        @Override public long id() { return 7; }
        @Override public String path() { return "case/pictures/p.jpg"; }
        @Override public String name() { return "p.jpg"; }
        @Override public ItemCategory category() { return ItemCategory.PICTURE; }
        @Override public String mimeType() { return "image/jpeg"; }
        @Override public long size() { return 0; }
        @Override public Map<String, String> hashes() { return Map.of(); }
        @Override public Map<String, String> metadata() { return Map.of(); }
        @Override public String text() { return ""; }
        @Override public InputStream openStream() { return new ByteArrayInputStream(new byte[0]); }
        @Override public Optional<BufferedImage> picture() { return Optional.ofNullable(image); }
    }

    private static List<Finding> run(BufferedImage image) throws Exception {
        List<Finding> out = new ArrayList<>();
        new PdqDetector().detect(new PictureItem(image), out::add);
        return out;
    }

    @Test
    void reportsOneFindingWhoseEntityIsTheHash() throws Exception {
        BufferedImage picture = ReferenceData.read("images/labelme-subset/q1050.jpg");
        String hex = new PdqHasher().hash(picture).toHex();
        List<Finding> findings = run(picture);
        assertThat(findings).hasSize(1);
        Finding f = findings.get(0);
        assertThat(f.type()).isEqualTo("pdq");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.confidence()).isEqualTo(1.0);
        assertThat(f.location()).isEqualTo(Location.WHOLE_ITEM);
        assertThat(f.label()).isEqualTo("PDQ " + hex.substring(0, 16) + "… quality 100");
        assertThat(f.explanation()).contains(hex).contains("perceptual");
        assertThat(f.entity()).isEqualTo(new Finding.Entity("pdq", hex));
        // the eight dihedral hashes travel with the finding, so rotated copies can be matched later
        assertThat(f.attributes()).containsEntry("original", hex).containsEntry("quality", "100")
                .containsKeys("rotate_90", "rotate_180", "rotate_270", "flip_x", "flip_y", "transpose",
                        "anti_transpose");
        List<PdqHash> dihedral = new PdqHasher().hashDihedral(picture);
        assertThat(f.attributes().get("rotate_90")).isEqualTo(
                dihedral.get(PdqHasher.Dihedral.ROTATE_90.ordinal()).toHex());
        // the same picture again links through the same entity
        assertThat(run(picture).get(0).entity()).isEqualTo(f.entity());
    }

    @Test
    void lowQualityTinyAndMissingPicturesGiveNoFinding() throws Exception {
        assertThat(run(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB))).isEmpty();
        assertThat(run(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB))).isEmpty();
        assertThat(run(null)).isEmpty();
        // q0003 is a real photograph whose PDQ quality is below 50
        assertThat(new PdqHasher().hash(ReferenceData.read("images/labelme-subset/q0003.jpg")).quality())
                .isLessThan(PdqDetector.MIN_QUALITY);
        assertThat(run(ReferenceData.read("images/labelme-subset/q0003.jpg"))).isEmpty();
    }

    @Test
    void isFoundByTheServiceLoaderAndWantsPictures() {
        List<Detector> found = new ArrayList<>();
        ServiceLoader.load(Detector.class).forEach(found::add);
        assertThat(found).anySatisfy(d -> assertThat(d).isInstanceOf(PdqDetector.class));
        PdqDetector d = new PdqDetector();
        assertThat(d.info().id()).isEqualTo("media.pdq");
        assertThat(d.info().categories()).containsExactly(ItemCategory.PICTURE);
        assertThat(d.info().wants(ItemCategory.VIDEO)).isFalse();
    }
}
