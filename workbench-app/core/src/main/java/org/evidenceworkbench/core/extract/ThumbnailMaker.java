package org.evidenceworkbench.core.extract;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.evidenceworkbench.core.casefolder.DiskFull;
import org.evidenceworkbench.core.item.ItemFlag;
import org.evidenceworkbench.core.item.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small JPEG previews of pictures, stored once per content hash under the case's {@code thumbs/}.
 * A JPEG at least twice the thumbnail's size is decoded by OpenCV at 1/2, 1/4 or 1/8 of its size
 * ({@link PictureDecoder#decodeReduced}, libjpeg-turbo's DCT scaling: a fraction of the work of a
 * full decode); other pictures are decoded by ImageIO with subsampling. Either way memory follows
 * the thumbnail's size, not the picture's, and a picture declaring more pixels than the limit is
 * not decoded at all.
 */
public final class ThumbnailMaker {

    private static final Logger log = LoggerFactory.getLogger(ThumbnailMaker.class);

    private static final String DAMAGED = "the picture data ends early or is damaged; what could be decoded is shown";

    private final Path thumbsDir;
    private final int size;
    private final long maxPixels;

    public ThumbnailMaker(Path thumbsDir, int size, long maxPixels) {
        this.thumbsDir = thumbsDir;
        this.size = size;
        this.maxPixels = maxPixels;
    }

    public void make(Path file, String sha256, String name, ExtractedFacts facts) {
        String relative = sha256.substring(0, 2) + "/" + sha256 + ".jpg";
        Path target = thumbsDir.resolve(relative);
        if (Files.exists(target)) {
            facts.thumbnail = relative;
            recallDamage(target, facts); // the same bytes, so the same damage, without decoding again
            return;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return; // a format Java cannot decode (e.g. HEIC): no thumbnail, not a fault
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                BufferedImage picture = decode(file, reader, name, facts);
                if (picture == null) {
                    return;
                }
                if (facts.outcome() != Outcome.OK) {
                    // before the thumbnail: where the thumbnail is, its damage is known too
                    Files.createDirectories(target.getParent());
                    Files.writeString(damageNote(target), facts.reason());
                }
                write(Orientation.upright(scale(picture), facts.orientation), target);
                facts.thumbnail = relative;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            DiskFull.rethrowIfFull(e);
            facts.fail(Outcome.CORRUPT, "the picture could not be decoded (" + DocumentExtractor.rootMessage(e)
                    + "); it may be damaged or truncated");
            log.info("Thumbnail failed for {}", name, e);
        }
    }

    /**
     * The note kept beside the thumbnail of a picture found damaged: a thumbnail made once per
     * content serves later copies of the same bytes (and a resumed ingest), which must be recorded
     * as damaged too, though they are not decoded again.
     */
    private static Path damageNote(Path thumbnail) {
        return thumbnail.resolveSibling(thumbnail.getFileName() + ".damaged");
    }

    private static void recallDamage(Path thumbnail, ExtractedFacts facts) {
        Path note = damageNote(thumbnail);
        if (Files.exists(note)) {
            try {
                facts.fail(Outcome.CORRUPT, Files.readString(note));
            } catch (IOException e) {
                facts.fail(Outcome.CORRUPT, DAMAGED);
            }
        }
    }

    /**
     * Reads only the picture's header and records whether it declares more pixels than may be
     * decoded (the {@code pictureTooLarge} fact), as {@link #make} would: for the first pass of an
     * ingest, whose thumbnails are made in its analysis pass. Returns true if it may be decoded.
     */
    public boolean checkSize(Path file, String name, ExtractedFacts facts) {
        try {
            PictureDecoder.Header header = PictureDecoder.header(file);
            return header == null || !tooLarge(header.width(), header.height(), name, facts);
        } catch (IOException | RuntimeException e) {
            return true; // what is wrong is said when the picture is decoded
        }
    }

    /**
     * Saves a picture the workbench made for an item (a video's contact sheet) as its thumbnail,
     * in the same place and size as a picture's own.
     */
    public void save(BufferedImage picture, String sha256, String name, ExtractedFacts facts) {
        String relative = sha256.substring(0, 2) + "/" + sha256 + ".jpg";
        Path target = thumbsDir.resolve(relative);
        try {
            if (!Files.exists(target)) {
                write(scale(picture), target);
            }
            facts.thumbnail = relative;
        } catch (IOException e) {
            DiskFull.rethrowIfFull(e);
            log.warn("Thumbnail could not be saved for {}", name, e);
        }
    }

    private BufferedImage decode(Path file, ImageReader reader, String name, ExtractedFacts facts)
            throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (tooLarge(width, height, name, facts)) {
            return null;
        }
        BufferedImage reduced = decodeReduced(file, reader, (int) width, (int) height);
        return reduced != null ? reduced : decodeSubsampled(reader, width, height, facts);
    }

    private boolean tooLarge(long width, long height, String name, ExtractedFacts facts) {
        if (width * height <= maxPixels) {
            return false;
        }
        facts.flags.add(ItemFlag.PICTURE_TOO_LARGE);
        facts.put("workbench", "pictureTooLarge", width + "x" + height + " pixels declared; not decoded");
        log.info("{} declares {}x{} pixels; no thumbnail", name, width, height);
        return true;
    }

    /**
     * The JPEG scaled down while decoding so that its longer side stays at least the thumbnail's,
     * or null when the picture is not such a JPEG or OpenCV cannot decode it. A JPEG whose data
     * ends early or whose markers are out of order is not given to OpenCV, which would not report
     * the damage; it is then decoded by ImageIO, which shows what it can and says the picture is
     * damaged. Where the detectors will want the picture reduced too,
     * it is decoded at their size ({@link PictureDecoder#ANALYSIS_MIN_SIDE}) and handed over to
     * them: a smaller scale would save little, as most of a decode's work is the same at any scale.
     */
    private BufferedImage decodeReduced(Path file, ImageReader reader, int width, int height) throws IOException {
        String format = reader.getFormatName().toLowerCase(Locale.ROOT);
        int shorterAtThumbnailSize = (int) Math.ceil((double) size * Math.min(width, height)
                / Math.max(width, height));
        int factor = PictureDecoder.reduction(width, height, format, Math.max(1, shorterAtThumbnailSize));
        int forDetectors = PictureDecoder.reduction(width, height, format, PictureDecoder.ANALYSIS_MIN_SIDE);
        if (forDetectors > 1) {
            factor = Math.min(factor, forDetectors);
        }
        if (factor == 1 || Files.size(file) > PictureDecoder.MAX_IN_MEMORY_BYTES) {
            return null;
        }
        BufferedImage picture = PictureDecoder.decodeReduced(Files.readAllBytes(file), factor);
        if (picture == null) {
            return null;
        }
        if (factor == forDetectors) {
            LastPictureDecode.remember(file, factor, picture);
        }
        return picture;
    }

    private BufferedImage decodeSubsampled(ImageReader reader, long width, long height, ExtractedFacts facts)
            throws IOException {
        int step = (int) Math.max(1, Math.min(width, height) / (size * 2L));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        boolean[] truncated = {false};
        reader.addIIOReadWarningListener((source, warning) -> truncated[0] = true);
        BufferedImage picture = reader.read(0, param);
        if (truncated[0]) {
            facts.fail(Outcome.CORRUPT, DAMAGED);
        }
        return picture;
    }

    private BufferedImage scale(BufferedImage picture) {
        double factor = Math.min(1.0, (double) size / Math.max(picture.getWidth(), picture.getHeight()));
        int w = Math.max(1, (int) Math.round(picture.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(picture.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(picture, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static void write(BufferedImage thumb, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".thumb", ".tmp");
        try {
            if (!ImageIO.write(thumb, "jpg", tmp.toFile())) {
                throw new IOException("no JPEG writer available");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
