package org.evidenceworkbench.core.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.evidenceworkbench.core.extract.DecodedPicture;
import org.evidenceworkbench.core.extract.PictureDecoder;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.ScaledPicture;

/** What detectors see of an item while it is being ingested: its record, its facts, its bytes. */
final class IngestedItemView implements ItemView {

    private final ItemRecord record;
    private final Path file;
    private final long maxPicturePixels;
    private Map<String, String> metadata;
    private DecodedPicture picture;

    IngestedItemView(ItemRecord record, Path file, long maxPicturePixels) {
        this.record = record;
        this.file = file;
        this.maxPicturePixels = maxPicturePixels;
    }

    @Override
    public long id() {
        return record.id;
    }

    @Override
    public String path() {
        return record.path;
    }

    @Override
    public String name() {
        return record.name;
    }

    @Override
    public ItemCategory category() {
        return record.type == null ? ItemCategory.OTHER : record.type.category();
    }

    @Override
    public String mimeType() {
        return record.type == null ? "application/octet-stream" : record.type.mimeType();
    }

    @Override
    public long size() {
        return record.hashes == null ? 0 : record.hashes.size();
    }

    @Override
    public Map<String, String> hashes() {
        if (record.hashes == null) {
            return Map.of();
        }
        return Map.of("md5", record.hashes.md5(), "sha1", record.hashes.sha1(), "sha256", record.hashes.sha256());
    }

    @Override
    public Map<String, String> metadata() {
        if (metadata == null) {
            Map<String, String> flat = new LinkedHashMap<>();
            if (record.facts != null) {
                record.facts.metadata.forEach((group, tags) -> tags.forEach((name, value) ->
                        flat.put(group + ":" + name, value instanceof List<?> list
                                ? list.stream().map(String::valueOf).collect(Collectors.joining(" | "))
                                : String.valueOf(value))));
            }
            metadata = Map.copyOf(flat);
        }
        return metadata;
    }

    @Override
    public String text() {
        return record.facts == null || record.facts.text == null ? "" : record.facts.text;
    }

    @Override
    public InputStream openStream() throws IOException {
        if (file == null) {
            throw new IOException("the item's content could not be read during the ingest");
        }
        return Files.newInputStream(file);
    }

    @Override
    public Optional<BufferedImage> picture() throws IOException {
        DecodedPicture p = decoded();
        return p == null ? Optional.empty() : p.full();
    }

    @Override
    public Optional<ScaledPicture> picture(int minSide) throws IOException {
        DecodedPicture p = decoded();
        return p == null ? Optional.empty() : p.atLeast(minSide);
    }

    private DecodedPicture decoded() {
        if (file == null || category() != ItemCategory.PICTURE) {
            return null;
        }
        if (picture == null) {
            int orientation = record.facts == null ? -1 : record.facts.orientation;
            picture = new DecodedPicture(new PictureDecoder(maxPicturePixels), file, orientation);
        }
        return picture;
    }
}
