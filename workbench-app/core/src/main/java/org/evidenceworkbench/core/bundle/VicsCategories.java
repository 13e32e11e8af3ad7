package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import org.evidenceworkbench.core.WorkbenchException;

/**
 * Which VICS {@code Category} number an exported picture or video gets. How a grading (UK A/B/C,
 * non-indecent) maps to a force's CAID numbers is the force's configuration, not code: the file
 * {@code vics-categories.json} in the workstation's configuration folder maps tag names to
 * numbers, e.g. {@code {"category-a": 1, "category-b": 2, "category-c": 3, "non-indecent": 0}}.
 * An item whose tags map to nothing is {@value #UNCATEGORISED} (not categorised).
 */
public final class VicsCategories {

    public static final int UNCATEGORISED = 0;
    public static final String FILE_NAME = "vics-categories.json";

    private final Map<String, Integer> byTag;

    public VicsCategories(Map<String, Integer> byTag) {
        this.byTag = new TreeMap<>();
        byTag.forEach((tag, category) -> this.byTag.put(tag.strip().toLowerCase(Locale.ROOT), category));
    }

    /** The mapping in the configuration folder, or none (everything uncategorised) when there is no file. */
    public static VicsCategories load(Path configFolder) {
        Path file = configFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new VicsCategories(Map.of());
        }
        try {
            return new VicsCategories(JsonFiles.MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Integer>>() { }));
        } catch (IOException e) {
            throw new WorkbenchException("The VICS category mapping " + file + " cannot be read (" + e.getMessage()
                    + "); it must be a JSON object of tag names to category numbers.", e);
        }
    }

    /** The category of an item with these tags: the first tag (alphabetically) that maps, else uncategorised. */
    public int categoryOf(List<String> tags) {
        return tags.stream().map(t -> byTag.get(t.toLowerCase(Locale.ROOT))).filter(c -> c != null)
                .findFirst().orElse(UNCATEGORISED);
    }

    public boolean isMapped(List<String> tags) {
        return tags.stream().anyMatch(t -> byTag.containsKey(t.toLowerCase(Locale.ROOT)));
    }
}
