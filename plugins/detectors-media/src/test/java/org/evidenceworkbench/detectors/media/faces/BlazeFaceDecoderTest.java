package org.evidenceworkbench.detectors.media.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.evidenceworkbench.detectors.media.faces.BlazeFaceDecoder.Candidate;
import org.junit.jupiter.api.Test;

class BlazeFaceDecoderTest {

    @Test
    void decodesABoxRelativeToItsAnchorCell() {
        float[] logits = new float[BlazeFaceDecoder.ANCHORS];
        Arrays.fill(logits, -10);
        float[] regressors = new float[BlazeFaceDecoder.ANCHORS * BlazeFaceDecoder.COORDS];
        int row = 10;
        int column = 20;
        int anchor = row * BlazeFaceDecoder.GRID + column;
        logits[anchor] = 2; // sigmoid(2) ≈ 0.88
        int r = anchor * BlazeFaceDecoder.COORDS;
        regressors[r] = 4;      // centre 4 pixels right of the cell centre
        regressors[r + 1] = -8; // and 8 above
        regressors[r + 2] = 48; // 48×24 pixels of the 192-pixel input
        regressors[r + 3] = 24;

        List<Candidate> candidates = BlazeFaceDecoder.decode(logits, regressors, 0.5);

        assertThat(candidates).hasSize(1);
        Candidate c = candidates.get(0);
        assertThat(c.score()).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-9));
        // the cell centre is at ((20.5)·4, (10.5)·4) = (82, 42) input pixels
        assertThat(c.xMin() * 192).isCloseTo(82 + 4 - 24, within(1e-6));
        assertThat(c.yMin() * 192).isCloseTo(42 - 8 - 12, within(1e-6));
        assertThat(c.width() * 192).isCloseTo(48, within(1e-6));
        assertThat(c.height() * 192).isCloseTo(24, within(1e-6));
    }

    @Test
    void refusesOutputsOfAnotherModel() {
        assertThatThrownBy(() -> BlazeFaceDecoder.decode(new float[896], new float[896 * 16], 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("full-range");
    }
}
