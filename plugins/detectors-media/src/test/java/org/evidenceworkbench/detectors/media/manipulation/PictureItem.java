package org.evidenceworkbench.detectors.media.manipulation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.xmp.XmpDirectory;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;

/**
 * A JPEG as a detector sees it during an ingest: metadata keyed {@code Directory:Tag} with
 * metadata-extractor's raw values and XMP properties under {@code XMP:}, as core's
 * MediaMetadataReader keeps them (the end-to-end tests in core check the real thing).
 */
public final class PictureItem implements ItemView {

    private final String name;
    private final byte[] bytes;
    private final Map<String, String> metadata = new LinkedHashMap<>();

    public PictureItem(String name, byte[] bytes) throws IOException {
        this(name, bytes, Map.of());
    }

    public PictureItem(String name, byte[] bytes, Map<String, String> extra) throws IOException {
        this.name = name;
        this.bytes = bytes.clone();
        try {
            Metadata read = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
            for (Directory d : read.getDirectories()) {
                for (Tag t : d.getTags()) {
                    metadata.put(d.getName() + ":" + t.getTagName(), d.getString(t.getTagType()));
                }
                if (d instanceof XmpDirectory xmp) {
                    xmp.getXmpProperties().forEach((k, v) -> metadata.put("XMP:" + k, v));
                }
            }
        } catch (ImageProcessingException e) {
            throw new IOException(e);
        }
        metadata.putAll(extra);
    }

    @Override
    public long id() {
        return 1;
    }

    @Override
    public String path() {
        return name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ItemCategory category() {
        return ItemCategory.PICTURE;
    }

    @Override
    public String mimeType() {
        return "image/jpeg";
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public Map<String, String> hashes() {
        return Map.of();
    }

    @Override
    public Map<String, String> metadata() {
        return metadata;
    }

    @Override
    public String text() {
        return "";
    }

    @Override
    public InputStream openStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public Optional<BufferedImage> picture() throws IOException {
        return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
    }
}
