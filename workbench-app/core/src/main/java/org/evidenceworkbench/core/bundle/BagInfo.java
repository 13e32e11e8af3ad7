package org.evidenceworkbench.core.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bag's {@code bag-info.txt}: "Label: value" lines (a line starting with white space continues
 * the value before it, as BagIt allows). The labels the bundle contract uses have accessors.
 */
public record BagInfo(Map<String, String> values) {

    public static BagInfo read(Path file) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        String last = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && last != null) {
                    values.merge(last, " " + line.strip(), String::concat);
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon > 0) {
                    last = line.substring(0, colon).strip();
                    // a repeated label keeps its first value: the contract uses each once
                    values.putIfAbsent(last, line.substring(colon + 1).strip());
                }
            }
        }
        return new BagInfo(Map.copyOf(values));
    }

    public String get(String label) {
        String v = values.get(label);
        return v == null || v.isBlank() ? null : v;
    }

    public String bundleId() {
        return get("Bundle-Identifier");
    }

    public String organization() {
        return get("Source-Organization");
    }

    public String contact() {
        return get("Contact-Name");
    }

    public String caseReference() {
        return get("External-Identifier");
    }

    public String caseGroupId() {
        return get("Bag-Group-Identifier");
    }

    public String baggingDate() {
        return get("Bagging-Date");
    }

    public String profile() {
        return get("Export-Profile");
    }

    public String marking() {
        return get("Handling-Marking");
    }

    public String workbenchVersion() {
        return get("Workbench-Version");
    }
}
