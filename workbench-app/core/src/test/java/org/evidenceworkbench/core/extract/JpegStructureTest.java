package org.evidenceworkbench.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.evidenceworkbench.core.platform.NativeLibraries;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;

class JpegStructureTest {

    /** The scene of {@link EvidenceFactory#jpegBytes(int, int, long)} encoded by libjpeg-turbo with the given options. */
    private static byte[] encodedByOpenCv(int... params) throws Exception {
        NativeLibraries.load();
        byte[] source = EvidenceFactory.jpegBytes(800, 600, 5);
        try (BytePointer data = new BytePointer(source);
             Mat raw = new Mat(1, source.length, opencv_core.CV_8UC1, data);
             Mat picture = opencv_imgcodecs.imdecode(raw, opencv_imgcodecs.IMREAD_COLOR);
             BytePointer extension = new BytePointer(".jpg");
             IntPointer options = new IntPointer(params);
             BytePointer out = new BytePointer()) {
            assertThat(opencv_imgcodecs.imencode(extension, picture, out, options)).isTrue();
            byte[] jpeg = new byte[(int) out.limit()];
            out.get(jpeg);
            return jpeg;
        }
    }

    private static int indexOf(byte[] bytes, int first, int second, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == first && (bytes[i + 1] & 0xFF) == second) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void wholeJpegsOfEveryKindAreInOrder() throws Exception {
        assertThat(JpegStructure.damage(EvidenceFactory.jpegBytes(800, 600, 5))).as("ImageIO's baseline").isNull();
        assertThat(JpegStructure.damage(EvidenceFactory.jpegWithExifBytes(800, 600,
                new EvidenceFactory.Exif("Canon", "EOS", null, null, null, 6)))).as("with EXIF").isNull();
        byte[] restarts = encodedByOpenCv(opencv_imgcodecs.IMWRITE_JPEG_RST_INTERVAL, 4);
        assertThat(indexOf(restarts, 0xFF, 0xD7, 0)).as("the encoder wrote restart markers").isPositive();
        assertThat(JpegStructure.damage(restarts)).as("with restart markers").isNull();
        byte[] progressive = encodedByOpenCv(opencv_imgcodecs.IMWRITE_JPEG_PROGRESSIVE, 1);
        assertThat(JpegStructure.damage(progressive)).as("progressive: many scans").isNull();
    }

    @Test
    void bytesAfterTheEndMarkerAreNotRead() throws Exception {
        byte[] jpeg = EvidenceFactory.jpegBytes(800, 600, 5);
        byte[] withTrailer = Arrays.copyOf(jpeg, jpeg.length + 5000);
        System.arraycopy(EvidenceFactory.randomBytes(3, 5000), 0, withTrailer, jpeg.length, 5000);
        assertThat(JpegStructure.damage(withTrailer)).isNull();
    }

    @Test
    void aSectorOfNoiseInsideTheCompressedDataIsSeen() throws Exception {
        // 4 KB, a disk sector; a few bytes of noise may hold no 0xFF and break no rule
        for (long seed = 1; seed <= 20; seed++) {
            byte[] jpeg = EvidenceFactory.jpegBytes(800, 600, 5);
            System.arraycopy(EvidenceFactory.randomBytes(seed, 4096), 0, jpeg, jpeg.length / 2, 4096);
            assertThat(JpegStructure.damage(jpeg)).as("noise of seed %d", seed).isNotNull();
        }
    }

    @Test
    void restartMarkersOutOfOrderAreSeen() throws Exception {
        byte[] jpeg = encodedByOpenCv(opencv_imgcodecs.IMWRITE_JPEG_RST_INTERVAL, 4);
        int third = indexOf(jpeg, 0xFF, 0xD2, 0);
        jpeg[third + 1] = (byte) 0xD5; // a block of restart intervals lost, as a bad sector loses it
        assertThat(JpegStructure.damage(jpeg)).startsWith("restart markers out of order");
    }

    @Test
    void aCutOffJpegIsSeen() throws Exception {
        byte[] jpeg = EvidenceFactory.jpegBytes(800, 600, 5);
        assertThat(JpegStructure.damage(Arrays.copyOf(jpeg, jpeg.length / 2)))
                .isEqualTo("the data ends inside the compressed picture");
        assertThat(JpegStructure.damage(Arrays.copyOf(jpeg, 3))).isEqualTo("no JPEG start marker");
        assertThat(JpegStructure.damage(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEqualTo("no JPEG start marker");
    }
}
