package org.evidenceworkbench.samples.build;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGQTable;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.JpegImageData;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * JPEGs as a phone camera writes them, for scenarios where the manipulation indicators must stay
 * quiet on honest pictures: the camera's own quantisation tables (not libjpeg's standard ones,
 * which the resave indicator looks for), EXIF make, model, the three EXIF times, GPS and an EXIF
 * thumbnail of the same shot. {@link Shot} also describes what an editor leaves behind (its name
 * in EXIF Software, a later modify time, libjpeg's tables, a stale thumbnail).
 */
public final class CameraJpegs {

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final int THUMBNAIL_WIDTH = 160;

    /** The JPEG standard's example tables (Annex K), from which both camera-like and libjpeg tables are scaled. */
    private static final int[] LUMINANCE = {
        16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};
    private static final int[] CHROMINANCE = {
        17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
        47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
        99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99};

    private CameraJpegs() {
    }

    /**
     * One shot and what happened to it afterwards.
     *
     * @param make        EXIF Make
     * @param model       EXIF Model
     * @param takenAt     local capture time (DateTimeOriginal and DateTimeDigitized)
     * @param modifiedAt  DateTime, the time the file was last saved: the capture time unless an editor saved it
     * @param latitude    GPS latitude, decimal degrees
     * @param longitude   GPS longitude, decimal degrees
     * @param software    EXIF Software, or null (phones often leave it out)
     * @param thumbnailOf the picture the EXIF thumbnail shows: the shot itself, or the shot before an edit
     * @param libjpegTables true for libjpeg's standard tables at quality 85, as an editor resaves
     */
    public record Shot(String make, String model, LocalDateTime takenAt, LocalDateTime modifiedAt, double latitude,
                       double longitude, String software, BufferedImage thumbnailOf, boolean libjpegTables) {

        /** A shot straight from the camera: one time, the camera's tables, its own thumbnail. */
        public static Shot camera(String make, String model, LocalDateTime takenAt, double latitude, double longitude) {
            return new Shot(make, model, takenAt, takenAt, latitude, longitude, null, null, false);
        }

        /** This shot saved again by {@code editor} at {@code savedAt}, with libjpeg's tables. */
        public Shot savedBy(String editor, LocalDateTime savedAt) {
            return new Shot(make, model, takenAt, savedAt, latitude, longitude, editor, thumbnailOf, true);
        }

        /** This shot with the EXIF thumbnail still showing {@code before}: an edit that copied the old EXIF. */
        public Shot withThumbnailOf(BufferedImage before) {
            return new Shot(make, model, takenAt, modifiedAt, latitude, longitude, software, before, libjpegTables);
        }
    }

    /** {@code picture} encoded as {@code shot} describes, EXIF written by Commons Imaging. */
    public static byte[] jpeg(BufferedImage picture, Shot shot) throws IOException {
        byte[] pixels = shot.libjpegTables() ? encode(picture, scaled(LUMINANCE, 85), scaled(CHROMINANCE, 85))
                : cameraEncode(picture);
        byte[] thumbnail = cameraEncode(thumbnail(shot.thumbnailOf() == null ? picture : shot.thumbnailOf()));
        try {
            TiffOutputSet set = new TiffOutputSet();
            TiffOutputDirectory root = set.getOrCreateRootDirectory();
            root.add(TiffTagConstants.TIFF_TAG_MAKE, shot.make());
            root.add(TiffTagConstants.TIFF_TAG_MODEL, shot.model());
            root.add(TiffTagConstants.TIFF_TAG_DATE_TIME, EXIF_TIME.format(shot.modifiedAt()));
            if (shot.software() != null) {
                root.add(TiffTagConstants.TIFF_TAG_SOFTWARE, shot.software());
            }
            TiffOutputDirectory exif = set.getOrCreateExifDirectory();
            exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_TIME.format(shot.takenAt()));
            exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_DIGITIZED, EXIF_TIME.format(shot.takenAt()));
            set.setGpsInDegrees(shot.longitude(), shot.latitude());
            // IFD1, the second directory of the chain, holds the thumbnail (Commons Imaging calls it "SUB")
            TiffOutputDirectory ifd1 = new TiffOutputDirectory(TiffDirectoryConstants.DIRECTORY_TYPE_SUB,
                    ByteOrder.BIG_ENDIAN);
            ifd1.setJpegImageData(new JpegImageData(0, thumbnail.length, thumbnail));
            set.addDirectory(ifd1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(pixels, out, set);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException("could not write EXIF: " + e.getMessage(), e);
        }
    }

    /**
     * {@code picture} scaled to {@code width} and saved by libjpeg at quality 70 with no metadata:
     * what a messaging app or social network makes of a shared picture.
     */
    public static byte[] sharedCopy(BufferedImage picture, int width) throws IOException {
        return encode(resized(picture, width), scaled(LUMINANCE, 70), scaled(CHROMINANCE, 70));
    }

    public static BufferedImage resized(BufferedImage picture, int width) {
        int height = Math.max(1, Math.round((float) picture.getHeight() * width / picture.getWidth()));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static BufferedImage thumbnail(BufferedImage picture) {
        return resized(picture, THUMBNAIL_WIDTH);
    }

    /** The camera's own tables: libjpeg's quality-92 scaling with a few values nudged, so no quality matches. */
    private static byte[] cameraEncode(BufferedImage picture) throws IOException {
        int[] luminance = scaled(LUMINANCE, 92);
        int[] chrominance = scaled(CHROMINANCE, 92);
        luminance[0] = 2;
        luminance[63] += 3;
        chrominance[9] += 2;
        return encode(picture, luminance, chrominance);
    }

    /** libjpeg's scaling of a base table to a quality from 1 to 100 ({@code cjpeg -quality}). */
    private static int[] scaled(int[] base, int quality) {
        int scale = quality < 50 ? 5000 / quality : 200 - quality * 2;
        int[] out = new int[64];
        for (int i = 0; i < 64; i++) {
            out[i] = Math.max(1, Math.min(255, (base[i] * scale + 50) / 100));
        }
        return out;
    }

    /**
     * ImageIO writes a picture's tables from its image metadata (a param's encode tables are for
     * abbreviated streams only), so the DQT nodes of the metadata tree are replaced ({@link JPEGQTable}
     * takes the tables in natural order, as Annex K prints them).
     */
    private static byte[] encode(BufferedImage image, int[] luminance, int[] chrominance) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            String format = "javax_imageio_jpeg_image_1.0";
            IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(format);
            var tables = tree.getElementsByTagName("dqtable");
            for (int i = 0; i < tables.getLength(); i++) {
                IIOMetadataNode table = (IIOMetadataNode) tables.item(i);
                int id = Integer.parseInt(table.getAttribute("qtableId"));
                table.setUserObject(new JPEGQTable(id == 0 ? luminance : chrominance));
            }
            metadata.setFromTree(format, tree);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
