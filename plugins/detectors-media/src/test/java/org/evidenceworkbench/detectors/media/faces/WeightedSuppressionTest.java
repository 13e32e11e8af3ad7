package org.evidenceworkbench.detectors.media.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.evidenceworkbench.detectors.media.faces.WeightedSuppression.Box;
import org.junit.jupiter.api.Test;

class WeightedSuppressionTest {

    @Test
    void overlappingBoxesBecomeTheirScoreWeightedMeanWithTheBestScore() {
        Box strong = new Box(100, 100, 50, 50, 0.9);
        Box weak = new Box(110, 100, 50, 50, 0.3);

        List<Box> merged = WeightedSuppression.apply(List.of(weak, strong), 0.3);

        assertThat(merged).hasSize(1);
        Box box = merged.get(0);
        assertThat(box.score()).isEqualTo(0.9);
        assertThat(box.x()).isCloseTo(102.5, within(1e-9)); // (100·0.9 + 110·0.3) / 1.2
        assertThat(box.width()).isCloseTo(50, within(1e-9));
    }

    @Test
    void separateFacesStaySeparateBestFirst() {
        Box a = new Box(0, 0, 40, 40, 0.7);
        Box b = new Box(100, 0, 40, 40, 0.95);
        Box touching = new Box(30, 0, 40, 40, 0.8); // IoU with a = 10·40 / (3200 − 400) ≈ 0.14

        List<Box> merged = WeightedSuppression.apply(List.of(a, b, touching), 0.3);

        assertThat(merged).extracting(Box::score).containsExactly(0.95, 0.8, 0.7);
    }

    @Test
    void iouOfIdenticalDisjointAndHalfOverlappingBoxes() {
        Box box = new Box(0, 0, 10, 10, 1);
        assertThat(box.iou(box)).isEqualTo(1.0);
        assertThat(box.iou(new Box(20, 20, 10, 10, 1))).isZero();
        assertThat(box.iou(new Box(5, 0, 10, 10, 1))).isCloseTo(50.0 / 150, within(1e-12));
    }
}
