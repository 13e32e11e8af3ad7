package org.evidenceworkbench.detector;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * What a detector may see of an item: read-only, and fetched only when asked for, so a detector
 * that needs only the text never costs a read of the bytes.
 */
public interface ItemView {

    /** The item's id in its case. */
    long id();

    /** Where the item is, with {@code !/} for each descent into a container. */
    String path();

    /** The item's own name (its last path segment). */
    String name();

    ItemCategory category();

    /** The MIME type judged from the content. */
    String mimeType();

    /** Size in bytes. */
    long size();

    /** Lower-case hex digests: keys {@code md5}, {@code sha1}, {@code sha256}. */
    Map<String, String> hashes();

    /**
     * The item's metadata as {@code group:name → value}, e.g. {@code Exif IFD0:Make → Canon} or
     * {@code tika:dc:title → Minutes}. Multi-valued entries are joined with {@code " | "}.
     */
    Map<String, String> metadata();

    /** The extracted text (bounded in size by the ingest); empty when the item has none. */
    String text();

    /** A fresh stream over the item's bytes; close it. The item itself can never be changed. */
    InputStream openStream() throws IOException;

    /**
     * The item decoded as a picture at full size and upright (its EXIF orientation applied), where
     * it is one that can be decoded; empty otherwise. The host decodes once per item and shares the
     * result between detectors: do not modify it.
     */
    Optional<BufferedImage> picture() throws IOException;

    /**
     * The item decoded as a picture, upright, at least {@code minSide} pixels on its shorter side
     * (or full size, if it is smaller): the host may decode a large JPEG at a half, a quarter or an
     * eighth of its size, which is several times faster than {@link #picture()}. Regions a detector
     * reports are in full-size upright pixels: see {@link ScaledPicture#toFullSize}.
     */
    default Optional<ScaledPicture> picture(int minSide) throws IOException {
        return picture().map(ScaledPicture::full);
    }
}
