package org.evidenceworkbench.detectors.media.manipulation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGQTable;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.commons.imaging.ImagingException;
import org.w3c.dom.NodeList;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.JpegImageData;
import org.apache.commons.imaging.common.RationalNumber;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.GpsTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffDirectoryType;
import org.apache.commons.imaging.formats.tiff.taginfos.TagInfoAscii;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Builds the JPEGs the manipulation tests need with ImageIO (pixels, tables) and Commons Imaging (EXIF, XMP). */
public final class CraftedJpegs {

    /** OffsetTimeOriginal (EXIF 2.31), which Commons Imaging alpha6 has no constant for. */
    public static final TagInfoAscii OFFSET_TIME_ORIGINAL = new TagInfoAscii("OffsetTimeOriginal", 0x9011, 7,
            TiffDirectoryType.EXIF_DIRECTORY_EXIF_IFD);

    private CraftedJpegs() {
    }

    /** A picture with structure PDQ can see: shapes on a gradient, different per seed. */
    public static BufferedImage scene(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, width, height);
        g.setStroke(new BasicStroke(Math.max(2, width / 60f)));
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int w = width / 8 + random.nextInt(width / 3);
            int h = height / 8 + random.nextInt(height / 3);
            if (random.nextBoolean()) {
                g.fillOval(random.nextInt(width - w), random.nextInt(height - h), w, h);
            } else {
                g.fillRect(random.nextInt(width - w), random.nextInt(height - h), w, h);
            }
        }
        g.dispose();
        return image;
    }

    /**
     * A JPEG with exactly the tables libjpeg writes at {@code quality} ({@code cjpeg -quality}), as
     * editors and converters built on it save.
     */
    public static byte[] libjpeg(BufferedImage image, int quality) throws IOException {
        return withTables(image, JpegQuality.scaled(JpegQuality.LUMINANCE, quality),
                JpegQuality.scaled(JpegQuality.CHROMINANCE, quality));
    }

    /** A JPEG written by Java's ImageIO at {@code quality}/100 (libjpeg's scaling, with float rounding). */
    public static byte[] jpeg(BufferedImage image, int quality) throws IOException {
        return write(image, param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
        });
    }

    /**
     * A JPEG with quantisation tables of its own, as a camera's encoder writes: the IJG quality-92
     * tables with a few values nudged, so they match no IJG quality.
     */
    public static byte[] cameraJpeg(BufferedImage image) throws IOException {
        int[] luminance = JpegQuality.scaled(JpegQuality.LUMINANCE, 92);
        int[] chrominance = JpegQuality.scaled(JpegQuality.CHROMINANCE, 92);
        luminance[0] = 2;
        luminance[63] += 3;
        chrominance[9] += 2;
        return withTables(image, luminance, chrominance);
    }

    /**
     * ImageIO writes a picture's own tables from its image metadata (the param's encode tables are
     * for abbreviated streams only), so the DQT nodes of the metadata tree are replaced.
     */
    private static byte[] withTables(BufferedImage image, int[] luminance, int[] chrominance) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String format = "javax_imageio_jpeg_image_1.0";
            IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(format);
            NodeList tables = tree.getElementsByTagName("dqtable");
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

    private static byte[] write(BufferedImage image, Consumer<ImageWriteParam> configure) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            configure.accept(param);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** EXIF for {@code jpeg}: {@code fill} adds the tags; {@code thumbnail}, if not null, becomes IFD1's JPEG. */
    public static byte[] withExif(byte[] jpeg, ExifFiller fill, byte[] thumbnail) throws IOException {
        try {
            TiffOutputSet set = new TiffOutputSet();
            fill.fill(set);
            if (thumbnail != null) {
                set.getOrCreateRootDirectory();
                // IFD1, the second directory in the chain, holds the thumbnail (Commons Imaging calls it "SUB")
                TiffOutputDirectory ifd1 = new TiffOutputDirectory(TiffDirectoryConstants.DIRECTORY_TYPE_SUB,
                        ByteOrder.BIG_ENDIAN);
                ifd1.setJpegImageData(new JpegImageData(0, thumbnail.length, thumbnail));
                set.addDirectory(ifd1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException(e);
        }
    }

    /** {@code jpeg} with an XMP packet holding {@code rdfDescriptionBody} inside one rdf:Description. */
    public static byte[] withXmp(byte[] jpeg, String creatorTool, String historyItems) throws IOException {
        String xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'"
                + " xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/'"
                + " xmlns:stEvt='http://ns.adobe.com/xap/1.0/sType/ResourceEvent#' xmp:CreatorTool='" + creatorTool + "'>"
                + "<xmpMM:History><rdf:Seq>" + historyItems + "</rdf:Seq></xmpMM:History>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException(e);
        }
    }

    /** One XMP history step. */
    public static String historyStep(String action, String when, String agent, String parameters) {
        return "<rdf:li rdf:parseType='Resource'><stEvt:action>" + action + "</stEvt:action><stEvt:when>" + when
                + "</stEvt:when><stEvt:softwareAgent>" + agent + "</stEvt:softwareAgent>"
                + (parameters == null ? "" : "<stEvt:parameters>" + parameters + "</stEvt:parameters>") + "</rdf:li>";
    }

    /**
     * What a camera writes, all consistent: make, model, firmware, the three times alike with the
     * offset +02:00, and a GPS fix in Berlin two seconds before the shot (UTC).
     */
    public static void cameraExif(TiffOutputSet set) throws ImagingException {
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        root.add(TiffTagConstants.TIFF_TAG_MAKE, "Canon");
        root.add(TiffTagConstants.TIFF_TAG_MODEL, "Canon EOS R6");
        root.add(TiffTagConstants.TIFF_TAG_SOFTWARE, "Firmware Version 1.8.1");
        root.add(TiffTagConstants.TIFF_TAG_DATE_TIME, "2024:05:01 10:00:00");
        TiffOutputDirectory exif = set.getOrCreateExifDirectory();
        exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2024:05:01 10:00:00");
        exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_DIGITIZED, "2024:05:01 10:00:00");
        exif.add(OFFSET_TIME_ORIGINAL, "+02:00");
        set.setGpsInDegrees(13.405, 52.52);
        gpsTime(set, "2024:05:01", 7, 59, 58);
    }

    /** Sets the GPS date and UTC time stamp. */
    public static void gpsTime(TiffOutputSet set, String date, int hours, int minutes, int seconds) throws ImagingException {
        TiffOutputDirectory gps = set.getOrCreateGpsDirectory();
        gps.removeField(GpsTagConstants.GPS_TAG_GPS_DATE_STAMP);
        gps.removeField(GpsTagConstants.GPS_TAG_GPS_TIME_STAMP);
        gps.add(GpsTagConstants.GPS_TAG_GPS_DATE_STAMP, date);
        gps.add(GpsTagConstants.GPS_TAG_GPS_TIME_STAMP, RationalNumber.valueOf(hours), RationalNumber.valueOf(minutes),
                RationalNumber.valueOf(seconds));
    }

    /** Replaces an ASCII tag of the root directory. */
    public static void replaceRoot(TiffOutputSet set, TagInfoAscii tag, String value) throws ImagingException {
        TiffOutputDirectory root = set.getOrCreateRootDirectory();
        root.removeField(tag);
        root.add(tag, value);
    }

    /** A camera original: camera-style tables, consistent camera EXIF and a thumbnail of the same scene. */
    public static byte[] cameraOriginal(BufferedImage scene, ExifFiller changes) throws IOException {
        byte[] thumbnail = jpeg(scaled(scene, 160, 120), 80);
        return withExif(cameraJpeg(scene), set -> {
            cameraExif(set);
            changes.fill(set);
        }, thumbnail);
    }

    public static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    @FunctionalInterface
    public interface ExifFiller {
        void fill(TiffOutputSet set) throws ImagingException;
    }
}
