package org.evidenceworkbench.core.detect;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.ScaledPicture;
import org.evidenceworkbench.core.extract.DecodedPicture;
import org.evidenceworkbench.core.extract.PictureDecoder;
import org.evidenceworkbench.core.ingest.IngestOptions;

/**
 * An item as the case database keeps it, for running detectors again after the ingest: hashes,
 * metadata and text come from the case; the bytes are read again from the source for files that
 * lie directly in it. Members of archives and attachments are not kept, so their bytes are
 * unavailable here (a detector that needs them records that, and a fresh ingest reads them).
 */
final class StoredItemView implements ItemView {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long id;
    private final String path;
    private final String name;
    private final ItemCategory category;
    private final String mimeType;
    private final long size;
    private final Map<String, String> hashes;
    private final String metadataJson;
    private final String text;
    private final Path sourceFile;
    private DecodedPicture picture;

    StoredItemView(long id, String path, String name, String category, String mimeType, long size, String md5,
                   String sha1, String sha256, String metadataJson, String text, Path sourceFile) {
        this.id = id;
        this.path = path;
        this.name = name;
        this.category = category == null ? ItemCategory.OTHER : ItemCategory.fromLabel(category);
        this.mimeType = mimeType == null ? "application/octet-stream" : mimeType;
        this.size = size;
        this.hashes = md5 == null ? Map.of() : Map.of("md5", md5, "sha1", sha1, "sha256", sha256);
        this.metadataJson = metadataJson;
        this.text = text == null ? "" : text;
        this.sourceFile = sourceFile;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ItemCategory category() {
        return category;
    }

    @Override
    public String mimeType() {
        return mimeType;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Map<String, String> hashes() {
        return hashes;
    }

    @Override
    public Map<String, String> metadata() {
        if (metadataJson == null) {
            return Map.of();
        }
        try {
            Map<String, Map<String, Object>> groups = JSON.readValue(metadataJson, new TypeReference<>() { });
            Map<String, String> flat = new LinkedHashMap<>();
            groups.forEach((group, tags) -> tags.forEach((tag, value) -> flat.put(group + ":" + tag,
                    value instanceof List<?> l ? l.stream().map(String::valueOf).collect(Collectors.joining(" | "))
                            : String.valueOf(value))));
            return flat;
        } catch (IOException e) {
            return Map.of();
        }
    }

    @Override
    public String text() {
        return text;
    }

    /** Where the item's bytes are read from, or null when the case does not keep them. */
    Path file() {
        return sourceFile;
    }

    @Override
    public InputStream openStream() throws IOException {
        if (sourceFile == null || !Files.isRegularFile(sourceFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the bytes of '" + path + "' are not kept in the case (it is inside a container, "
                    + "or its source is not attached); ingest the source again to read them");
        }
        return Files.newInputStream(sourceFile);
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

    private DecodedPicture decoded() throws IOException {
        if (category != ItemCategory.PICTURE) {
            return null;
        }
        if (picture == null) {
            openStream().close(); // says why the bytes are not available, when they are not
            picture = new DecodedPicture(new PictureDecoder(IngestOptions.DEFAULT_MAX_PICTURE_PIXELS), sourceFile, -1);
        }
        return picture;
    }
}
