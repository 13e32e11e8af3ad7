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
 * The picture is decoded with subsampling, so memory follows the thumbnail's size, not the
 * picture's; a picture declaring more pixels than the limit is not decoded at all.
 */
public final class ThumbnailMaker {

    private static final Logger log = LoggerFactory.getLogger(ThumbnailMaker.class);

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
                BufferedImage picture = decode(reader, name, facts);
                if (picture == null) {
                    return;
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

    private BufferedImage decode(ImageReader reader, String name, ExtractedFacts facts) throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width * height > maxPixels) {
            facts.flags.add(ItemFlag.PICTURE_TOO_LARGE);
            facts.put("workbench", "pictureTooLarge", width + "x" + height + " pixels declared; not decoded");
            log.info("{} declares {}x{} pixels; no thumbnail", name, width, height);
            return null;
        }
        int step = (int) Math.max(1, Math.min(width, height) / (size * 2L));
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(step, step, 0, 0);
        boolean[] truncated = {false};
        reader.addIIOReadWarningListener((source, warning) -> truncated[0] = true);
        BufferedImage picture = reader.read(0, param);
        if (truncated[0]) {
            facts.fail(Outcome.CORRUPT, "the picture data ends early or is damaged; what could be decoded is shown");
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
