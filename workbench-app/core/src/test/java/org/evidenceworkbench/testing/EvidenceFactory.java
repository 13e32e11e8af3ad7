package org.evidenceworkbench.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Builds real evidence files for tests: pictures with EXIF and GPS, documents, mail, archives of
 * every kind the workbench opens, and the hostile inputs it must survive (encrypted, truncated,
 * corrupt, zip bombs, odd names, pipes and links). Every method writes into the folder it is given
 * and returns the path of what it made; content is deterministic, so a test can compute the
 * expected hashes from the bytes it handed in (see {@link Digests}).
 *
 * <p>Shared with the CLI's tests through the core module's test-jar, so it depends on no test
 * framework. Failures are thrown as {@link IOException} or, for a missing system tool, as an
 * {@link IllegalStateException} that names the package to install.
 *
 * <p>A few builders use the operating system: {@link #encryptedZip} runs {@code zip} (Debian
 * package {@code zip}), {@link #fifo} runs {@code mkfifo}, and {@link #fileWithNonUtf8Name} runs
 * {@code /bin/sh} because Java cannot spell a name that is not valid in the platform encoding.
 */
public final class EvidenceFactory {

    /** The modification time written into archive entries, so archives are byte-for-byte reproducible. */
    public static final Instant ENTRY_TIME = Instant.parse("2024-03-05T12:00:00Z");

    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    private static final DateTimeFormatter MBOX_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ROOT);

    private EvidenceFactory() {
    }

    // --- content -------------------------------------------------------------------------------

    /** {@code length} pseudo-random bytes, the same for the same seed: content that does not compress. */
    public static byte[] randomBytes(long seed, int length) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** UTF-8 bytes of {@code text}. */
    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code content} to {@code dir/name}, creating parent folders; {@code name} may contain '/'. */
    public static Path file(Path dir, String name, byte[] content) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        return Files.write(target, content);
    }

    /** A UTF-8 text file. */
    public static Path textFile(Path dir, String name, String text) throws IOException {
        return file(dir, name, utf8(text));
    }

    // --- pictures ------------------------------------------------------------------------------

    /**
     * What to write into a picture's EXIF. Any field may be null (orientation 0) to leave the tag out.
     *
     * @param make        IFD0 Make
     * @param model       IFD0 Model
     * @param takenAt     Exif DateTimeOriginal, the camera's local time (seconds precision)
     * @param latitude    GPS latitude in decimal degrees, north positive
     * @param longitude   GPS longitude in decimal degrees, east positive
     * @param orientation IFD0 Orientation, 1 to 8, or 0 to leave it out
     */
    public record Exif(String make, String model, LocalDateTime takenAt, Double latitude, Double longitude,
                       int orientation) {

        /** A camera picture with time and position, upright. */
        public static Exif of(String make, String model, LocalDateTime takenAt, double latitude, double longitude) {
            return new Exif(make, model, takenAt, latitude, longitude, 0);
        }

        public Exif withOrientation(int newOrientation) {
            return new Exif(make, model, takenAt, latitude, longitude, newOrientation);
        }
    }

    /** The bytes of a JPEG of {@code width} x {@code height} with a gradient and a mark in the top-left corner. */
    public static byte[] jpegBytes(int width, int height, long seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
                new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        // a little noise, so the picture has real entropy and truncating it loses picture data
        for (int i = 0; i < width * height / 20; i++) {
            image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt(0xFFFFFF));
        }
        g.setColor(Color.RED);
        g.fillRect(0, 0, Math.max(1, width / 4), Math.max(1, height / 4));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "jpg", out)) {
            throw new IOException("this Java runtime has no JPEG writer");
        }
        return out.toByteArray();
    }

    /**
     * A picture with the structure of a photograph: forty overlapping shapes in random colours
     * (edges at many scales), plus per-pixel sensor-like noise of up to {@code noise} levels, which
     * gives a JPEG the size and decoding cost of a camera's.
     */
    public static BufferedImage scene(long seed, int width, int height, int noise) {
        Random r = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(r.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(r.nextInt(0xFFFFFF)));
            int w = width / 8 + r.nextInt(width / 3);
            int h = height / 8 + r.nextInt(height / 3);
            int x = r.nextInt(width) - w / 2;
            int y = r.nextInt(height) - h / 2;
            if (r.nextBoolean()) {
                g.fillOval(x, y, w, h);
            } else {
                g.fillRect(x, y, w, h);
            }
        }
        g.dispose();
        if (noise > 0) {
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int n = r.nextInt(2 * noise + 1) - noise;
                    int p = row[x];
                    row[x] = (clamp(((p >> 16) & 0xff) + n) << 16) | (clamp(((p >> 8) & 0xff) + n) << 8)
                            | clamp((p & 0xff) + n);
                }
                image.setRGB(0, y, width, 1, row, 0, width);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** {@code image} as JPEG bytes at {@code quality} (0 to 1). */
    public static byte[] jpegBytes(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A JPEG without any EXIF. */
    public static Path jpeg(Path dir, String name, int width, int height) throws IOException {
        return file(dir, name, jpegBytes(width, height, name.hashCode()));
    }

    /** The bytes of a JPEG of the given size carrying {@code exif}, written with Commons Imaging. */
    public static byte[] jpegWithExifBytes(int width, int height, Exif exif) throws IOException {
        return withExif(jpegBytes(width, height, Objects.hash(exif.make(), exif.model(), exif.takenAt())), exif);
    }

    /** {@code plain} (a JPEG) with {@code exif} written in, losslessly: the picture data is not re-encoded. */
    public static byte[] withExif(byte[] plain, Exif exif) throws IOException {
        try {
            TiffOutputSet outputSet = new TiffOutputSet();
            TiffOutputDirectory root = outputSet.getOrCreateRootDirectory();
            if (exif.make() != null) {
                root.add(TiffTagConstants.TIFF_TAG_MAKE, exif.make());
            }
            if (exif.model() != null) {
                root.add(TiffTagConstants.TIFF_TAG_MODEL, exif.model());
            }
            if (exif.orientation() != 0) {
                root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) exif.orientation());
            }
            if (exif.takenAt() != null) {
                outputSet.getOrCreateExifDirectory()
                        .add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, EXIF_TIME.format(exif.takenAt()));
            }
            if (exif.latitude() != null && exif.longitude() != null) {
                outputSet.setGpsInDegrees(exif.longitude(), exif.latitude());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain, out, outputSet);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException("could not write EXIF: " + e.getMessage(), e);
        }
    }

    /** A 640 x 480 JPEG carrying {@code exif}. */
    public static Path jpegWithExif(Path dir, String name, Exif exif) throws IOException {
        return file(dir, name, jpegWithExifBytes(640, 480, exif));
    }

    /** A JPEG of the given size carrying {@code exif}; use a non-square size to see orientation at work. */
    public static Path jpegWithExif(Path dir, String name, int width, int height, Exif exif) throws IOException {
        return file(dir, name, jpegWithExifBytes(width, height, exif));
    }

    /** {@code jpeg} with only an EXIF orientation (1 to 8) added: how a phone stores a picture taken sideways. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) throws IOException {
        try {
            TiffOutputSet outputSet = new TiffOutputSet();
            outputSet.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, outputSet);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException("could not write EXIF: " + e.getMessage(), e);
        }
    }

    /** A real JPEG cut off half way through its picture data, as a broken download leaves it. */
    public static Path truncatedJpeg(Path dir, String name) throws IOException {
        byte[] whole = jpegBytes(400, 300, 7);
        return file(dir, name, java.util.Arrays.copyOf(whole, whole.length / 2));
    }

    // --- hostile shapes and sizes ---------------------------------------------------------------

    /** Cuts {@code file} down to the given fraction of its bytes, as an interrupted copy leaves it. */
    public static Path truncated(Path file, double keepFraction) throws IOException {
        byte[] whole = Files.readAllBytes(file);
        return Files.write(file, java.util.Arrays.copyOf(whole, (int) (whole.length * keepFraction)));
    }

    /**
     * Overwrites a run of {@code file}'s bytes half way through with noise, as a bad sector or a
     * broken copy leaves a picture: its start and end are whole, its compressed data is not.
     */
    public static Path damagedInside(Path file, int length, long seed) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] noise = randomBytes(seed, length);
        System.arraycopy(noise, 0, bytes, bytes.length / 2, length);
        return Files.write(file, bytes);
    }

    /** A real PNG written by ImageIO, cut off part way through its picture data. */
    public static Path truncatedPng(Path dir, String name) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(scene(11, 400, 300, 20), "png", png);
        byte[] whole = png.toByteArray();
        return file(dir, name, java.util.Arrays.copyOf(whole, whole.length / 2));
    }

    /**
     * A small, valid-looking PNG whose header declares {@code width}×{@code height} grey pixels (a
     * decompression bomb's promise): the header and the checksums are right, the picture data holds
     * only a few rows. A naive decoder would allocate width×height bytes before noticing.
     */
    public static Path pngDeclaring(Path dir, String name, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        pngChunk(out, "IHDR", ihdr.array());
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(rows)) {
            z.write(new byte[(width + 1) * 4]); // four rows of black, filter type 0
        }
        pngChunk(out, "IDAT", rows.toByteArray());
        pngChunk(out, "IEND", new byte[0]);
        return file(dir, name, out.toByteArray());
    }

    private static void pngChunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(typeBytes);
        out.write(data);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * A file of {@code bytes} zero bytes that takes no disk space (a sparse file, as disk images
     * often are): reading it costs the full read, storing it nothing.
     */
    public static Path sparseFile(Path dir, String name, long bytes) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(target.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return target;
    }

    /**
     * {@code depth} folders each inside the last, named "d", with {@code leaf} in the deepest; returns
     * the leaf. One-letter names keep 2,000 levels under the system's 4,096-byte path limit.
     */
    public static Path deepFolders(Path dir, int depth, String leafName, byte[] leaf) throws IOException {
        Path deepest = dir.resolve(String.join("/", java.util.Collections.nCopies(depth, "d")));
        Files.createDirectories(deepest);
        return Files.write(deepest.resolve(leafName), leaf);
    }

    /**
     * A zip of {@code entries} small members (each a line naming itself), the shape of a phone
     * extraction's message store, streamed to disk.
     */
    public static Path zipOfMany(Path dir, String name, int entries) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (OutputStream f = Files.newOutputStream(target);
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(new java.io.BufferedOutputStream(f))) {
            for (int i = 0; i < entries; i++) {
                z.putNextEntry(new java.util.zip.ZipEntry("store/" + (i / 1000) + "/m" + i + ".txt"));
                z.write(("message " + i + "\n").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return target;
    }

    /**
     * A file that exists but whose read fails, for whoever runs the test. Permissions alone do not
     * stop root, so as root the file is a bind mount of this process's own memory file, whose first
     * page is never mapped: reading it fails with an I/O error, as a failing disk's sector does.
     * Close the result to undo the mount.
     */
    public static AutoCloseable unreadableFile(Path dir, String name) throws IOException {
        Path target = file(dir, name, utf8("you cannot read me"));
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(target, java.util.Set.of());
            return () -> Files.setPosixFilePermissions(target, java.util.Set.of(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE));
        }
        run("mount", "--bind", "/proc/" + ProcessHandle.current().pid() + "/mem", target.toString());
        return () -> run("umount", target.toString());
    }

    private static void run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    // --- documents -----------------------------------------------------------------------------

    /** The bytes of a one-page PDF showing {@code lines}, with the given title and author. */
    public static byte[] pdfBytes(String title, String author, List<String> lines, String ownerPassword,
                                  String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.setLeading(16);
                cs.newLineAtOffset(72, 720);
                for (String line : lines) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            if (ownerPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(256); // AES-256
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF with text (plain ASCII lines; the standard Helvetica font has no other glyphs). */
    public static Path pdf(Path dir, String name, String title, String author, List<String> lines) throws IOException {
        return file(dir, name, pdfBytes(title, author, lines, null, null));
    }

    /** A PDF encrypted with AES-256 that needs {@code userPassword} to open. */
    public static Path encryptedPdf(Path dir, String name, List<String> lines, String ownerPassword,
                                    String userPassword) throws IOException {
        return file(dir, name, pdfBytes("Protected", "Nobody", lines, ownerPassword, userPassword));
    }

    /** A file that starts like a PDF and then is noise, as a damaged or disguised file may. */
    public static Path corruptPdf(Path dir, String name, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(utf8("%PDF-1.7\n%\u00e2\u00e3\n"));
        out.write(randomBytes(seed, 8192));
        return file(dir, name, out.toByteArray());
    }

    /** The bytes of a DOCX whose paragraphs are {@code paragraphs}, with the given title and author. */
    public static byte[] docxBytes(String title, String author, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator(author);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A Word document with text. */
    public static Path docx(Path dir, String name, String title, String author, List<String> paragraphs)
            throws IOException {
        return file(dir, name, docxBytes(title, author, paragraphs));
    }

    /**
     * A Word document with text in each of the places Word keeps it: the body, a table, the
     * header, the footer, a comment and a footnote, each holding its word from {@code words} in that
     * order, and a PNG picture ({@code png}) in the body.
     */
    public static Path docxWithParts(Path dir, String name, List<String> words, byte[] png) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("In the body: " + words.get(0));
            doc.createTable(1, 2).getRow(0).getCell(0).setText("In a table: " + words.get(1));
            XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
            policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun()
                    .setText("In the header: " + words.get(2));
            policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT).createParagraph().createRun()
                    .setText("In the footer: " + words.get(3));
            XWPFComment comment = doc.createComments().createComment(java.math.BigInteger.ONE);
            comment.setAuthor("Reviewer");
            comment.createParagraph().createRun().setText("In a comment: " + words.get(4));
            XWPFFootnote footnote = doc.createFootnote();
            footnote.createParagraph().createRun().setText("In a footnote: " + words.get(5));
            XWPFParagraph last = doc.createParagraph();
            last.addFootnoteReference(footnote);
            try {
                last.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "picture.png",
                        Units.toEMU(40), Units.toEMU(40));
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return file(dir, name, out.toByteArray());
        }
    }

    /** A Word document protected with a password (agile encryption, as Word 2010 and later write it). */
    public static Path encryptedDocx(Path dir, String name, List<String> paragraphs, String password)
            throws IOException {
        byte[] plain = docxBytes("Protected", "Nobody", paragraphs);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
            return target;
        } catch (GeneralSecurityException e) {
            throw new IOException("could not encrypt the document: " + e.getMessage(), e);
        }
    }

    // --- mail ----------------------------------------------------------------------------------

    /**
     * One e-mail message: a plain-text body and, if {@code attachmentName} is not null, one
     * attachment sent base64-encoded as application/octet-stream.
     */
    public record Mail(String messageId, String from, String to, String subject, ZonedDateTime date, String body,
                       String attachmentName, byte[] attachment) {
    }

    /**
     * The message as MIME text, hand-written so nothing is hidden: multipart/mixed with a text part
     * and a base64 attachment part. {@code newline} is {@code "\r\n"} for a .eml as mail servers
     * store it, or {@code "\n"} inside an mbox.
     */
    public static String mimeText(Mail mail, String newline) {
        String boundary = "=_workbench_" + Integer.toHexString(Objects.hash(mail.messageId())) + "_";
        StringBuilder m = new StringBuilder();
        header(m, newline, "Message-ID", "<" + mail.messageId() + ">");
        header(m, newline, "Date", MAIL_DATE.format(mail.date()));
        header(m, newline, "From", mail.from());
        header(m, newline, "To", mail.to());
        header(m, newline, "Subject", mail.subject());
        header(m, newline, "MIME-Version", "1.0");
        if (mail.attachmentName() == null) {
            header(m, newline, "Content-Type", "text/plain; charset=UTF-8");
            header(m, newline, "Content-Transfer-Encoding", "8bit");
            m.append(newline).append(mail.body().replace("\n", newline)).append(newline);
            return m.toString();
        }
        header(m, newline, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
        m.append(newline);
        m.append("This is a multi-part message in MIME format.").append(newline);
        m.append("--").append(boundary).append(newline);
        header(m, newline, "Content-Type", "text/plain; charset=UTF-8");
        header(m, newline, "Content-Transfer-Encoding", "8bit");
        m.append(newline).append(mail.body().replace("\n", newline)).append(newline);
        m.append("--").append(boundary).append(newline);
        header(m, newline, "Content-Type", "application/octet-stream; name=\"" + mail.attachmentName() + "\"");
        header(m, newline, "Content-Disposition", "attachment; filename=\"" + mail.attachmentName() + "\"");
        header(m, newline, "Content-Transfer-Encoding", "base64");
        m.append(newline);
        String encoded = Base64.getMimeEncoder(76, utf8(newline)).encodeToString(mail.attachment());
        m.append(encoded).append(newline);
        m.append("--").append(boundary).append("--").append(newline);
        return m.toString();
    }

    private static void header(StringBuilder m, String newline, String name, String value) {
        m.append(name).append(": ").append(value).append(newline);
    }

    /** A single message as a .eml file, with CRLF line ends. */
    public static Path eml(Path dir, String name, Mail mail) throws IOException {
        return textFile(dir, name, mimeText(mail, "\r\n"));
    }

    /**
     * A Unix mailbox holding {@code mails} in order, each after its {@code From } separator line.
     * Bodies must not have lines starting with "From " (they are not escaped). The bytes between a
     * message's separator line and the next are {@code mimeText(mail, "\n") + "\n"}.
     */
    public static Path mbox(Path dir, String name, List<Mail> mails) throws IOException {
        StringBuilder box = new StringBuilder();
        for (Mail mail : mails) {
            String sender = mail.from().replaceAll(".*<([^>]+)>.*", "$1");
            box.append("From ").append(sender).append(' ').append(MBOX_DATE.format(mail.date())).append('\n');
            box.append(mimeText(mail, "\n")).append('\n');
        }
        return textFile(dir, name, box.toString());
    }

    // --- archives ------------------------------------------------------------------------------

    /** The bytes of a zip holding {@code entries} (name to content) in order, deflated. */
    public static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setTime(ENTRY_TIME.toEpochMilli());
                zip.putArchiveEntry(entry);
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A zip holding {@code entries} (name to content) in order; names are written exactly as given. */
    public static Path zip(Path dir, String name, Map<String, byte[]> entries) throws IOException {
        return file(dir, name, zipBytes(entries));
    }

    /**
     * A zip whose only member is another zip: {@code outer} holds {@code innerName}, which holds
     * {@code innerEntries}. Further entries for the outer zip can be given in {@code outerEntries}.
     */
    public static Path zipInZip(Path dir, String name, String innerName, Map<String, byte[]> innerEntries,
                                Map<String, byte[]> outerEntries) throws IOException {
        Map<String, byte[]> outer = new LinkedHashMap<>(outerEntries);
        outer.put(innerName, zipBytes(innerEntries));
        return zip(dir, name, outer);
    }

    /** A gzip-compressed tar holding {@code entries} as regular files. */
    public static Path tarGz(Path dir, String name, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
                entry.setSize(e.getValue().length);
                entry.setModTime(Date.from(ENTRY_TIME));
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
        }
        return file(dir, name, bytes.toByteArray());
    }

    /** A 7z archive holding {@code entries}, LZMA2-compressed. */
    public static Path sevenZ(Path dir, String name, Map<String, byte[]> entries) throws IOException {
        return writeSevenZ(dir, name, null, entries);
    }

    /** A 7z archive whose content is AES-256 encrypted with {@code password}, as 7-Zip writes it. */
    public static Path encryptedSevenZ(Path dir, String name, String password, Map<String, byte[]> entries)
            throws IOException {
        return writeSevenZ(dir, name, password, entries);
    }

    private static Path writeSevenZ(Path dir, String name, String password, Map<String, byte[]> entries)
            throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        try (SevenZOutputFile sevenZ = password == null ? new SevenZOutputFile(target.toFile())
                : new SevenZOutputFile(target.toFile(), password.toCharArray())) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                SevenZArchiveEntry entry = new SevenZArchiveEntry();
                entry.setName(e.getKey());
                entry.setSize(e.getValue().length);
                entry.setLastModifiedDate(Date.from(ENTRY_TIME));
                sevenZ.putArchiveEntry(entry);
                sevenZ.write(e.getValue());
                sevenZ.closeArchiveEntry();
            }
        }
        return target;
    }

    /**
     * A zip whose members are really encrypted with {@code password} (traditional PKWARE
     * encryption), made by the {@code zip} command so the encryption is what people meet in the wild.
     */
    public static Path encryptedZip(Path dir, String name, String password, Map<String, byte[]> entries)
            throws IOException {
        Path target = dir.resolve(name).toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory("evidence-zip");
        try {
            List<String> command = new ArrayList<>(List.of("zip", "-q", "-X", "-P", password, target.toString()));
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                file(staging, e.getKey(), e.getValue());
                command.add(e.getKey());
            }
            run(staging, command, "zip");
            return target;
        } finally {
            deleteTree(staging);
        }
    }

    /** A zip with one member called {@code entryName} exactly, e.g. {@code ../../evil.txt} or {@code /etc/evil}. */
    public static Path zipWithEntryName(Path dir, String name, String entryName, byte[] content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(entryName, content);
        return zip(dir, name, entries);
    }

    /**
     * A zip holding several members with the same name {@code entryName}, one per element of
     * {@code contents}, in order (as some tools write when a file is added twice).
     */
    public static Path zipWithRepeatedName(Path dir, String name, String entryName, List<byte[]> contents)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (byte[] content : contents) {
                ZipArchiveEntry entry = new ZipArchiveEntry(entryName);
                entry.setTime(ENTRY_TIME.toEpochMilli());
                zip.putArchiveEntry(entry);
                zip.write(content);
                zip.closeArchiveEntry();
            }
        }
        return file(dir, name, bytes.toByteArray());
    }

    /**
     * A zip of {@code members} random-content members of {@code memberSize} bytes (named
     * {@code part-1.bin}…), cut to {@code keepFraction} of its length: the central directory and
     * the later members are lost, as with an interrupted copy. The members' full contents are
     * {@code randomBytes(i, memberSize)} for member {@code i}.
     */
    public static Path truncatedZip(Path dir, String name, int members, int memberSize, double keepFraction)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= members; i++) {
            entries.put("part-" + i + ".bin", randomBytes(i, memberSize));
        }
        byte[] whole = zipBytes(entries);
        return file(dir, name, java.util.Arrays.copyOf(whole, (int) (whole.length * keepFraction)));
    }

    /** The bytes of a zip with one deflated member of {@code zeroBytes} zeros: tiny, expands hugely. */
    public static byte[] zipBombBytes(String memberName, long zeroBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setLevel(9);
            ZipArchiveEntry entry = new ZipArchiveEntry(memberName);
            entry.setTime(ENTRY_TIME.toEpochMilli());
            zip.putArchiveEntry(entry);
            byte[] zeros = new byte[1 << 16];
            for (long left = zeroBytes; left > 0; left -= zeros.length) {
                zip.write(zeros, 0, (int) Math.min(zeros.length, left));
            }
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    /** A single-member zip bomb: one member, {@code zeros.bin}, of {@code zeroBytes} zeros. */
    public static Path zipBomb(Path dir, String name, long zeroBytes) throws IOException {
        return file(dir, name, zipBombBytes("zeros.bin", zeroBytes));
    }

    /**
     * A nested zip bomb in the manner of 42.zip: a zip of {@code innerZips} zips
     * ({@code bomb-1.zip}…), each holding one member of {@code zeroBytesEach} zeros.
     */
    public static Path nestedZipBomb(Path dir, String name, int innerZips, long zeroBytesEach) throws IOException {
        byte[] inner = zipBombBytes("zeros.bin", zeroBytesEach);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 1; i <= innerZips; i++) {
            entries.put("bomb-" + i + ".zip", inner);
        }
        return zip(dir, name, entries);
    }

    /**
     * A chain of {@code levels} zips, each holding the next: the file itself is level 1, it holds
     * {@code level-2.zip}, which holds {@code level-3.zip}, and so on; the last level holds
     * {@code leafName}. As items, {@code level-k.zip} sits at container depth {@code k - 1} and the
     * leaf at depth {@code levels}.
     */
    public static Path nestedZipChain(Path dir, String name, int levels, String leafName, byte[] leaf)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(leafName, leaf);
        byte[] current = zipBytes(entries);
        for (int level = levels; level >= 2; level--) {
            Map<String, byte[]> wrapper = new LinkedHashMap<>();
            wrapper.put("level-" + level + ".zip", current);
            current = zipBytes(wrapper);
        }
        return file(dir, name, current);
    }

    /** Zips a folder's regular files with paths relative to it ('/'-separated), in sorted order. */
    public static Path zipFolder(Path folder, Path dir, String name) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                entries.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return zip(dir, name, entries);
    }

    // --- awkward files -------------------------------------------------------------------------

    /** A file of zero bytes. */
    public static Path emptyFile(Path dir, String name) throws IOException {
        return file(dir, name, new byte[0]);
    }

    /** A text file whose name has a newline in it: {@code line\nbreak.txt}. */
    public static Path fileWithNewlineInName(Path dir, byte[] content) throws IOException {
        return file(dir, "line\nbreak.txt", content);
    }

    /**
     * A file whose name is not valid UTF-8 ({@code bad<0xFF>name.txt}), holding {@code content}.
     * Java cannot spell such a name, so the shell makes it; the returned path comes from listing
     * the folder and so still opens the file. Needs a UTF-8 locale in the JVM (the build sets one).
     */
    public static Path fileWithNonUtf8Name(Path dir, byte[] content) throws IOException {
        Files.createDirectories(dir);
        Path staging = Files.createTempFile("evidence-content", ".bin");
        try {
            Files.write(staging, content);
            run(dir, List.of("/bin/sh", "-c", "cat \"$1\" > \"$(printf 'bad\\377name.txt')\"", "sh",
                    staging.toAbsolutePath().toString()), "a POSIX shell");
        } finally {
            Files.deleteIfExists(staging);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("bad")
                            && p.getFileName().toString().endsWith("name.txt")
                            && p.getFileName().toString().contains("\uFFFD"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("the shell did not create the badly named file in " + dir
                            + "; is the JVM running with a UTF-8 locale (LC_ALL=C.UTF-8)?"));
        }
    }

    /** A named pipe (FIFO). Opening it for reading would block until a writer comes: the ingest must not. */
    public static Path fifo(Path dir, String name) throws IOException {
        Path target = dir.resolve(name).toAbsolutePath();
        Files.createDirectories(target.getParent());
        run(dir, List.of("mkfifo", target.toString()), "coreutils (mkfifo)");
        return target;
    }

    /** A symbolic link {@code dir/name} pointing at {@code target}, typically outside the evidence folder. */
    public static Path symlink(Path dir, String name, Path target) throws IOException {
        Path link = dir.resolve(name);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, target);
    }

    // --- submission packs ----------------------------------------------------------------------

    /**
     * One row of a pack's {@code submissions.csv}. Values are written exactly as given (null as an
     * empty cell), so a test can put in a bad time or coordinate; {@code files} are paths relative
     * to the pack root.
     */
    public record SubmissionRow(String submissionId, String receivedAt, String submitterRef, String claimedTime,
                                String claimedLatitude, String claimedLongitude, String claimedPlace,
                                String description, List<String> files) {
    }

    /** The manifest's columns, in the documented order. */
    public static final List<String> MANIFEST_COLUMNS = List.of("submission_id", "received_at", "submitter_ref",
            "claimed_time", "claimed_latitude", "claimed_longitude", "claimed_place", "description", "files");

    /**
     * A submission pack folder {@code dir/name}: {@code submissions.csv} listing {@code rows}, and
     * {@code files} (path relative to the pack root to content), which may include files no row lists.
     */
    public static Path submissionPack(Path dir, String name, List<SubmissionRow> rows, Map<String, byte[]> files)
            throws IOException {
        Path pack = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            file(pack, f.getKey(), f.getValue());
        }
        try (Writer w = Files.newBufferedWriter(pack.resolve("submissions.csv"), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            csv.printRecord(MANIFEST_COLUMNS);
            for (SubmissionRow r : rows) {
                csv.printRecord(r.submissionId(), r.receivedAt(), r.submitterRef(), r.claimedTime(),
                        r.claimedLatitude(), r.claimedLongitude(), r.claimedPlace(), r.description(),
                        String.join(";", r.files()));
            }
        }
        return pack;
    }

    /** The same pack as {@link #submissionPack}, delivered as a zip {@code dir/zipName} instead of a folder. */
    public static Path submissionPackZip(Path dir, String zipName, List<SubmissionRow> rows, Map<String, byte[]> files)
            throws IOException {
        Path staging = Files.createTempDirectory("evidence-pack");
        try {
            Path pack = submissionPack(staging, "pack", rows, files);
            return zipFolder(pack, dir, zipName);
        } finally {
            deleteTree(staging);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /**
     * Sets the modification time of a regular file or folder (links and pipes are refused: Java
     * opens the file to set its times, and opening a pipe blocks).
     */
    public static Path modifiedAt(Path file, Instant time) throws IOException {
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && !Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("only files and folders get a new time here, not " + file);
        }
        Files.getFileAttributeView(file, java.nio.file.attribute.BasicFileAttributeView.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).setTimes(FileTime.from(time), null, null);
        return file;
    }

    private static void run(Path dir, List<String> command, String toolName) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run '" + command.get(0) + "' to build test evidence; install "
                    + toolName + " on this machine.", e);
        }
        try {
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("'" + command.get(0) + "' did not finish within a minute");
            }
            if (p.exitValue() != 0) {
                throw new IOException("'" + String.join(" ", command) + "' failed (exit " + p.exitValue() + "): "
                        + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not clean up " + root, e);
        }
    }
    // --- videos ---------------------------------------------------------------------------------

    /** One scene of a test video: a picture shown for {@code seconds}, with a small square moving over it. */
    public record Scene(BufferedImage picture, double seconds) {
    }

    /**
     * A picture with strong coarse structure (a gradient and large shapes, all from {@code seed}), so
     * scenes made of different seeds differ clearly and each hashes with a high PDQ quality.
     */
    public static BufferedImage scenePicture(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), width, height,
                new Color(random.nextInt(0xFFFFFF))));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int w = width / 8 + random.nextInt(width / 3);
            int h = height / 8 + random.nextInt(height / 3);
            int x = random.nextInt(width - w);
            int y = random.nextInt(height - h);
            if (random.nextBoolean()) {
                g.fillRect(x, y, w, h);
            } else {
                g.fillOval(x, y, w, h);
            }
        }
        g.dispose();
        return image;
    }

    /**
     * An MPEG-4 (Part 2) video in an .mp4 written by FFmpeg through JavaCV's FFmpegFrameRecorder: the
     * scenes one after the other, each cut on the first frame of the next scene, so a scene starts
     * at the sum of the earlier scenes' lengths, rounded to a frame. All scenes must share one size.
     */
    public static Path mp4(Path dir, String name, double fps, List<Scene> scenes) throws IOException {
        return mp4(dir, name, fps, scenes, org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4);
    }

    /** As {@link #mp4(Path, String, double, List)} with another FFmpeg encoder, e.g. {@code AV_CODEC_ID_H264}. */
    public static Path mp4(Path dir, String name, double fps, List<Scene> scenes, int codec) throws IOException {
        return mp4(dir, name, fps, scenes, codec, 0);
    }

    /**
     * As {@link #mp4(Path, String, double, List)} with a key frame exactly every {@code keyFrameInterval}
     * frames and nowhere else: the encoder does not start one at a cut, as many phone and camera
     * encoders do not. 1 makes every frame a key frame.
     */
    public static Path mp4WithKeyFrames(Path dir, String name, double fps, List<Scene> scenes, int keyFrameInterval)
            throws IOException {
        if (keyFrameInterval < 1) {
            throw new IllegalArgumentException("a key frame at least every frame");
        }
        return mp4(dir, name, fps, scenes, org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4, keyFrameInterval);
    }

    /**
     * An MPEG-4 (Part 2) elementary stream, no container (FFmpeg's {@code m4v}), with a key frame
     * exactly every {@code keyFrameInterval} frames: a raw stream whose bytes a test can cut.
     */
    public static Path mpeg4Stream(Path dir, String name, double fps, List<Scene> scenes, int keyFrameInterval)
            throws IOException {
        return video(dir, name, "m4v", fps, scenes, org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4,
                keyFrameInterval);
    }

    private static Path mp4(Path dir, String name, double fps, List<Scene> scenes, int codec, int keyFrameInterval)
            throws IOException {
        return video(dir, name, "mp4", fps, scenes, codec, keyFrameInterval);
    }

    /** @param keyFrameInterval frames from one key frame to the next, or 0 for the encoder's own choice */
    private static Path video(Path dir, String name, String format, double fps, List<Scene> scenes, int codec,
                              int keyFrameInterval) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        BufferedImage first = scenes.get(0).picture();
        try (org.bytedeco.javacv.FFmpegFrameRecorder recorder = new org.bytedeco.javacv.FFmpegFrameRecorder(
                target.toFile(), first.getWidth(), first.getHeight(), 0);
             org.bytedeco.javacv.Java2DFrameConverter converter = new org.bytedeco.javacv.Java2DFrameConverter()) {
            recorder.setFormat(format);
            recorder.setVideoCodec(codec);
            recorder.setPixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(fps);
            // generous, so keyframes look like their scenes (the default 400 kb/s blurs a big frame)
            recorder.setVideoBitrate((int) Math.min(20_000_000, first.getWidth() * (long) first.getHeight() * 4));
            if (keyFrameInterval > 0) {
                recorder.setGopSize(keyFrameInterval);
                recorder.setVideoOption("sc_threshold", "1000000000"); // no extra key frame at a cut
            }
            recorder.start();
            for (Scene scene : scenes) {
                long frames = Math.round(scene.seconds() * fps);
                BufferedImage frame = new BufferedImage(first.getWidth(), first.getHeight(),
                        BufferedImage.TYPE_3BYTE_BGR);
                int square = Math.max(2, first.getHeight() / 20);
                for (long f = 0; f < frames; f++) {
                    Graphics2D g = frame.createGraphics();
                    g.drawImage(scene.picture(), 0, 0, null);
                    g.setColor(Color.WHITE);
                    g.fillRect((int) (f * 3 % (first.getWidth() - square)), first.getHeight() / 2, square, square);
                    g.dispose();
                    recorder.record(converter.convert(frame));
                }
            }
            recorder.stop();
        }
        return target;
    }

    /** Scenes of the given lengths, each a different {@link #scenePicture} of {@code width}×{@code height}. */
    public static List<Scene> scenes(int width, int height, double... seconds) {
        List<Scene> out = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            out.add(new Scene(scenePicture(width, height, 1000 + i), seconds[i]));
        }
        return out;
    }
}
