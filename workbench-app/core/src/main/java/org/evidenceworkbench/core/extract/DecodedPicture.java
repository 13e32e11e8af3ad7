package org.evidenceworkbench.core.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.evidenceworkbench.detector.ScaledPicture;

/**
 * One item's picture, decoded on first request and kept for the other detectors looking at the
 * same item, so a picture is decoded once (or once reduced and once full) rather than once per
 * detector. Not thread-safe: it belongs to one item view on one worker.
 */
public final class DecodedPicture {

    private final PictureDecoder decoder;
    private final Path file;
    private final int orientation;
    private Optional<ScaledPicture> full;
    private ScaledPicture reduced;

    /** {@code orientation} as {@link PictureDecoder#decode}: negative to read it from the file. */
    public DecodedPicture(PictureDecoder decoder, Path file, int orientation) {
        this.decoder = decoder;
        this.file = file;
        this.orientation = orientation;
    }

    public Optional<BufferedImage> full() throws IOException {
        if (full == null) {
            full = decoder.decode(file, orientation, 0);
        }
        return full.map(ScaledPicture::image);
    }

    public Optional<ScaledPicture> atLeast(int minSide) throws IOException {
        if (full != null) {
            return full;
        }
        if (reduced != null && Math.min(reduced.image().getWidth(), reduced.image().getHeight()) >= minSide) {
            return Optional.of(reduced);
        }
        Optional<ScaledPicture> p = decoder.decode(file, orientation, minSide);
        if (p.isPresent() && p.get().scale() == 1.0) {
            full = p;
        } else {
            p.ifPresent(r -> reduced = r);
        }
        return p;
    }
}
