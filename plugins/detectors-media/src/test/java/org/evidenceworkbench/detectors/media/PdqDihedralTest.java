package org.evidenceworkbench.detectors.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.evidenceworkbench.detectors.media.PdqHasher.Dihedral;
import org.junit.jupiter.api.Test;

class PdqDihedralTest {

    private final PdqHasher hasher = new PdqHasher();

    private static final String[][] FILES = {
        {"bridge-1-original.jpg", "ORIGINAL"},
        {"bridge-2-rotate-90.jpg", "ROTATE_90"},
        {"bridge-3-rotate-180.jpg", "ROTATE_180"},
        {"bridge-4-rotate-270.jpg", "ROTATE_270"},
        {"bridge-5-flipx.jpg", "FLIP_X"},
        {"bridge-6-flipy.jpg", "FLIP_Y"},
        {"bridge-7-flip-plus-1.jpg", "TRANSPOSE"},
        {"bridge-8-flip-minus-1.jpg", "ANTI_TRANSPOSE"},
    };

    @Test
    void theDihedralHashesOfTheOriginalMatchEachRotatedOrFlippedCopy() {
        List<PdqHash> dihedral = hasher.hashDihedral(ReferenceData.read("images/dih/bridge-1-original.jpg"));
        assertThat(dihedral).hasSize(8);
        for (String[] f : FILES) {
            PdqHash own = hasher.hash(ReferenceData.read("images/dih/" + f[0]));
            int best = dihedral.stream().mapToInt(own::distance).min().orElseThrow();
            int named = dihedral.get(Dihedral.valueOf(f[1]).ordinal()).distance(own);
            assertThat(best).as(f[0]).isLessThanOrEqualTo(10);
            assertThat(named).as("%s against %s", f[0], f[1]).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void theDihedralHashesOfTheOriginalMatchTheCppReferenceHashesOfTheCopies() {
        List<PdqHash> dihedral = hasher.hashDihedral(ReferenceData.read("images/dih/bridge-1-original.jpg"));
        for (ReferenceData.Expected e : ReferenceData.expected()) {
            if (!e.picture().contains("/dih/")) {
                continue;
            }
            PdqHash reference = PdqHash.fromHex(e.hex());
            int best = dihedral.stream().mapToInt(reference::distance).min().orElseThrow();
            String name = e.picture().substring(e.picture().lastIndexOf('/') + 1);
            Dihedral expected = Dihedral.valueOf(java.util.Arrays.stream(FILES)
                    .filter(f -> f[0].equals(name)).findFirst().orElseThrow()[1]);
            int named = dihedral.get(expected.ordinal()).distance(reference);
            assertThat(best).as(e.picture()).isLessThanOrEqualTo(10);
            assertThat(named).as("%s against %s", e.picture(), expected).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void theOriginalEntryIsThePlainHash() {
        BufferedImage picture = ReferenceData.read("images/labelme-subset/q1050.jpg");
        List<PdqHash> dihedral = hasher.hashDihedral(picture);
        assertThat(dihedral.get(Dihedral.ORIGINAL.ordinal())).isEqualTo(hasher.hash(picture));
        assertThat(dihedral).doesNotHaveDuplicates();
    }
}
