package org.evidenceworkbench.detectors.media.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.evidenceworkbench.detectors.media.faces.WeightedSuppression.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExifOrientationTest {

    @Test
    void readsTheExifValuesAndTreatsAnythingElseAsNormal() {
        assertThat(ExifOrientation.fromExif("6")).isEqualTo(ExifOrientation.ROTATE_90_CW);
        assertThat(ExifOrientation.fromExif(" 8 ")).isEqualTo(ExifOrientation.ROTATE_270_CW);
        assertThat(ExifOrientation.fromExif("1")).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.fromExif(null)).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.fromExif("0")).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.fromExif("9")).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.fromExif("Right side, top")).isEqualTo(ExifOrientation.NORMAL);
    }

    /** A white rectangle in a stored picture must come back to the same place from the upright view. */
    @ParameterizedTest
    @EnumSource(ExifOrientation.class)
    void aBoxFoundInTheUprightViewMapsBackToTheStoredPixels(ExifOrientation orientation) {
        int width = 90;
        int height = 60;
        Rect marked = new Rect(10, 5, 30, 20);
        try (Mat stored = new Mat(height, width, CV_8UC3, Scalar.all(0))) {
            try (Mat roi = new Mat(stored, marked)) {
                roi.put(Scalar.all(255));
            }
            Mat view = orientation.upright(stored);
            Box inView = whiteBounds(view);
            Box back = orientation.toStored(inView, width, height);
            assertThat(new double[] {back.x(), back.y(), back.width(), back.height()})
                    .containsExactly(marked.x(), marked.y(), marked.width(), marked.height());
            boolean sideways = orientation.ordinal() >= ExifOrientation.TRANSPOSE.ordinal();
            assertThat(view.cols()).isEqualTo(sideways ? height : width);
        }
    }

    /** The bounds of the white pixels, as pixel edges. */
    private static Box whiteBounds(Mat mat) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        try (UByteIndexer pixels = mat.createIndexer()) {
            for (int y = 0; y < mat.rows(); y++) {
                for (int x = 0; x < mat.cols(); x++) {
                    if (pixels.get(y, x, 0) == 255) {
                        left = Math.min(left, x);
                        top = Math.min(top, y);
                        right = Math.max(right, x + 1);
                        bottom = Math.max(bottom, y + 1);
                    }
                }
            }
        }
        return new Box(left, top, right - left, bottom - top, 1);
    }
}
