package org.evidenceworkbench.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.JpegImageData;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.ScaledPicture;
import org.evidenceworkbench.detectors.media.PdqDetector;
import org.evidenceworkbench.detectors.media.PdqHasher;
import org.evidenceworkbench.detectors.media.manipulation.ThumbnailMismatchDetector;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-pass work the ingest does for each camera photo besides hashing and metadata: the
 * 256-pixel thumbnail, the PDQ hash (eight dihedral hashes of the picture decoded at no less than
 * 512 pixels) and the EXIF-thumbnail mismatch check, timed in CPU milliseconds of the calling
 * thread per 12-megapixel JPEG (4000x3000, camera-like noise, EXIF with a 160x120 thumbnail). The
 * two detectors share one {@link DecodedPicture}, as they do during an ingest. Prints its results
 * (a harness, not a unit test); run with {@code -Pbench}.
 */
@Tag("benchmark")
class PerPictureWorkBenchmarkTest {

    private static final int PICTURES = Integer.getInteger("bench.pictures", 12);
    private static final int WARM_UP = 3;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void thumbnailPdqAndThumbnailCheckPerTwelveMegapixelPhoto() throws Exception {
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < PICTURES + WARM_UP; i++) {
            Path f = Files.write(dir.resolve("IMG_" + i + ".jpg"), cameraPhoto(2000 + i));
            bytes += Files.size(f);
            files.add(f);
        }
        ThumbnailMaker thumbnails = new ThumbnailMaker(dir.resolve("thumbs"), 256, 100_000_000L);
        PictureDecoder decoder = new PictureDecoder(100_000_000L);
        PdqHasher hasher = new PdqHasher();
        ThumbnailMismatchDetector mismatch = new ThumbnailMismatchDetector();

        long thumbCpu = 0;
        long pdqCpu = 0;
        long mismatchCpu = 0;
        long wall = 0;
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            long w0 = System.nanoTime();
            long t0 = cpu();
            ExtractedFacts facts = new ExtractedFacts();
            thumbnails.make(f, String.format("%064x", i), f.getFileName().toString(), facts);
            long t1 = cpu();
            Photo item = new Photo(f, new DecodedPicture(decoder, f, facts.orientation));
            ScaledPicture forPdq = item.picture(PdqDetector.HASH_MIN_SIDE).orElseThrow();
            int quality = hasher.hashDihedral(forPdq.image()).get(0).quality();
            long t2 = cpu();
            List<Finding> findings = new ArrayList<>();
            mismatch.detect(item, findings::add);
            long t3 = cpu();
            long w1 = System.nanoTime();
            assertThat(facts.thumbnail).as("thumbnail of %s", f).isNotNull();
            assertThat(facts.outcome()).isEqualTo(org.evidenceworkbench.core.item.Outcome.OK);
            assertThat(quality).isGreaterThanOrEqualTo(PdqDetector.MIN_QUALITY);
            assertThat(findings).as("the camera's own thumbnail matches").isEmpty();
            if (i >= WARM_UP) {
                thumbCpu += t1 - t0;
                pdqCpu += t2 - t1;
                mismatchCpu += t3 - t2;
                wall += w1 - w0;
            }
        }
        double n = PICTURES * 1e6;
        System.out.printf("Per-picture work, %d JPEGs of 4000x3000 with EXIF thumbnail (%.1f MB each on average),"
                + " CPU ms of one thread per picture:%n", PICTURES, bytes / 1e6 / files.size());
        System.out.printf("  thumbnail (256 px)                : %6.1f ms%n", thumbCpu / n);
        System.out.printf("  PDQ (decode >= %d px + 8 hashes) : %6.1f ms%n", PdqDetector.HASH_MIN_SIDE, pdqCpu / n);
        System.out.printf("  EXIF thumbnail mismatch check     : %6.1f ms%n", mismatchCpu / n);
        System.out.printf("  total                             : %6.1f ms CPU, %6.1f ms wall%n",
                (thumbCpu + pdqCpu + mismatchCpu) / n, wall / n);
    }

    private long cpu() {
        return threads.getCurrentThreadCpuTime();
    }

    /** A camera-like 12 MP JPEG with make, model, time and a 160x120 EXIF thumbnail of the same shot. */
    private static byte[] cameraPhoto(long seed) throws IOException {
        BufferedImage scene = EvidenceFactory.scene(seed, 4000, 3000, 12);
        byte[] main = EvidenceFactory.jpegBytes(scene, 0.9f);
        BufferedImage small = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(scene, 0, 0, 160, 120, null);
        g.dispose();
        byte[] thumbnail = EvidenceFactory.jpegBytes(small, 0.8f);
        try {
            TiffOutputSet set = new TiffOutputSet();
            set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "Canon");
            set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "EOS 80D");
            set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2024:03:05 12:00:00");
            set.setGpsInDegrees(-0.12, 51.5);
            // IFD1, the second directory in the chain, holds the thumbnail (Commons Imaging calls it "SUB")
            TiffOutputDirectory ifd1 = new TiffOutputDirectory(TiffDirectoryConstants.DIRECTORY_TYPE_SUB,
                    ByteOrder.BIG_ENDIAN);
            ifd1.setJpegImageData(new JpegImageData(0, thumbnail.length, thumbnail));
            set.addDirectory(ifd1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(main, out, set);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException(e);
        }
    }

    /** The picture item as the ingest shows it to detectors, on the shared decoded picture. */
    private record Photo(Path file, DecodedPicture decoded) implements ItemView {
        @Override public long id() { return 1; }
        @Override public String path() { return file.getFileName().toString(); }
        @Override public String name() { return path(); }
        @Override public ItemCategory category() { return ItemCategory.PICTURE; }
        @Override public String mimeType() { return "image/jpeg"; }
        @Override public long size() { return file.toFile().length(); }
        @Override public Map<String, String> hashes() { return Map.of(); }
        @Override public Map<String, String> metadata() { return Map.of(); }
        @Override public String text() { return ""; }
        @Override public InputStream openStream() throws IOException { return Files.newInputStream(file); }
        @Override public Optional<BufferedImage> picture() throws IOException { return decoded.full(); }
        @Override public Optional<ScaledPicture> picture(int minSide) throws IOException {
            return decoded.atLeast(minSide);
        }
    }
}
