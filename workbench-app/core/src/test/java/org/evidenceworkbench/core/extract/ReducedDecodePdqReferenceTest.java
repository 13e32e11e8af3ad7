package org.evidenceworkbench.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.evidenceworkbench.detectors.media.PdqDetector;
import org.evidenceworkbench.detectors.media.PdqHash;
import org.evidenceworkbench.detectors.media.PdqHasher;
import org.evidenceworkbench.detector.ScaledPicture;
import org.junit.jupiter.api.Test;

/**
 * The media detector hashes pictures as this decoder gives them (upright, DCT-scaled to at least
 * {@link PdqDetector#HASH_MIN_SIDE} pixels): those hashes must stay within the PDQ authors'
 * tolerance of their C++ reference, 10 bits for pictures of quality 80 or more.
 */
class ReducedDecodePdqReferenceTest {

    private static Path referenceFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference").resolve("pdq");
            if (Files.isRegularFile(candidate.resolve("expected.csv"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/reference/pdq/expected.csv above " + Path.of("").toAbsolutePath());
    }

    @Test
    void hashesOfPicturesDecodedForTheDetectorMeetTheReferenceTolerance() throws Exception {
        Path folder = referenceFolder();
        List<String> lines = Files.readAllLines(folder.resolve("expected.csv"), StandardCharsets.UTF_8);
        PictureDecoder decoder = new PictureDecoder(100_000_000L);
        PdqHasher hasher = new PdqHasher();
        int checked = 0;
        int halved = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length < 3 || f[2].isBlank() || Integer.parseInt(f[2].trim()) < 80) {
                continue;
            }
            ScaledPicture p = decoder.decode(folder.resolve(f[0].trim()), 1, PdqDetector.HASH_MIN_SIDE).orElseThrow();
            PdqHash hash = hasher.hash(p.image());
            assertThat(hash.distance(PdqHash.fromHex(f[1].trim()))).as(f[0]).isLessThanOrEqualTo(10);
            checked++;
            // decoded at half size by DCT scaling, the largest pictures still hash within the
            // tolerance the authors' Python port allows (16 bits): far inside the match distance
            ScaledPicture half = decoder.decode(folder.resolve(f[0].trim()), 1, 500).orElseThrow();
            if (half.scale() > 1) {
                assertThat(hasher.hash(half.image()).distance(PdqHash.fromHex(f[1].trim()))).as(f[0] + " at half size")
                        .isLessThanOrEqualTo(16);
                halved++;
            }
        }
        assertThat(checked).as("the eight bridge pictures have quality 100").isGreaterThanOrEqualTo(8);
        assertThat(halved).as("the bridge pictures are large enough to be halved").isEqualTo(8);
    }
}
