package org.evidenceworkbench.detectors.media.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.evidenceworkbench.detectors.media.faces.TestPictures.PictureItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Face detection speed, decoding included, on one thread: a 640×480 picture (eight looks at the
 * model: the whole, the whole zoomed out, six tiles) and a 12-megapixel camera JPEG (decoded at
 * half size, then 28 looks).
 * Printed for docs/performance.md.
 */
@Tag("benchmark")
class FaceBenchmarkTest {

    @Test
    void picturesAndFacesPerSecond() throws Exception {
        FaceDetector detector = new FaceDetector();
        measure(detector, "640x480 JPEG, 2 faces", picture(640, 480, 2), 2, 40);
        measure(detector, "4000x3000 JPEG, 4 faces", picture(4000, 3000, 4), 4, 10);
    }

    private static PictureItem picture(int width, int height, int faces) {
        BufferedImage canvas = TestPictures.canvas(width, height);
        int side = height / 3;
        for (int i = 0; i < faces; i++) {
            TestPictures.paste(canvas, i * width / faces, height / 3, side);
        }
        return new PictureItem("bench.jpg", TestPictures.jpeg(canvas));
    }

    private static void measure(FaceDetector detector, String what, PictureItem item, int faces, int runs)
            throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(detector.find(item)).hasSize(faces);
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            assertThat(detector.find(item)).hasSize(faces);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Faces, %s: %.1f ms per picture, %.1f pictures/s, %.1f faces/s (one thread)%n",
                what, seconds * 1000 / runs, runs / seconds, runs * faces / seconds);
    }
}
