package org.evidenceworkbench.core.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The BagIt 1.0 (RFC 8493) part of checking a bundle: {@code bagit.txt} is there, every file the
 * SHA-256 payload manifest lists is there with that hash, no payload file is unlisted, and the
 * files the tag manifest lists (bag-info.txt, the manifests) have their recorded hashes. Each
 * problem names the file. Files are hashed streaming, so memory does not grow with their size.
 */
public final class BagChecker implements BundleCheck {

    static final String PAYLOAD_MANIFEST = "manifest-sha256.txt";
    static final String TAG_MANIFEST = "tagmanifest-sha256.txt";

    @Override
    public Verdict check(OpenBundle bundle) {
        List<String> problems = problems(bundle);
        if (problems.isEmpty()) {
            return Verdict.pass();
        }
        int others = problems.size() - 1;
        String more = others == 0 ? "" : " (and " + others + (others == 1 ? " more problem)" : " more problems)");
        return Verdict.fail("The bundle fails its BagIt check: " + problems.get(0) + more + ".");
    }

    /** Every problem found, one phrase each naming the file; empty for a complete, unchanged bag. */
    public List<String> problems(OpenBundle bundle) {
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(bundle.file("bagit.txt"))) {
            problems.add("bagit.txt is missing, so this is not a BagIt bag");
        }
        Path manifest = bundle.file(PAYLOAD_MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            problems.add(PAYLOAD_MANIFEST + " is missing, so no payload file can be checked");
            return problems;
        }
        Map<String, String> listed = readManifest(bundle, PAYLOAD_MANIFEST, problems);
        listed.forEach((path, expected) -> {
            if (!path.startsWith("data/")) {
                problems.add(PAYLOAD_MANIFEST + " lists " + path + ", which is outside data/");
            } else {
                checkFile(bundle, path, expected, problems);
            }
        });
        Path data = bundle.file("data");
        if (Files.isDirectory(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.filter(Files::isRegularFile).map(bundle::relative).sorted()
                        .filter(path -> !listed.containsKey(path))
                        .forEach(path -> problems.add(path + " was added: the payload manifest does not list it"));
            } catch (IOException e) {
                problems.add("the data folder cannot be read (" + e.getMessage() + ")");
            }
        }
        if (Files.isRegularFile(bundle.file(TAG_MANIFEST))) {
            readManifest(bundle, TAG_MANIFEST, problems).forEach((path, expected) -> {
                if (path.startsWith("data/")) {
                    problems.add(TAG_MANIFEST + " lists the payload file " + path);
                } else {
                    checkFile(bundle, path, expected, problems);
                }
            });
        }
        return problems;
    }

    private static void checkFile(OpenBundle bundle, String path, String expected, List<String> problems) {
        if (path.contains("..") || path.startsWith("/")) {
            problems.add("a manifest names " + path + ", which points outside the bag");
            return;
        }
        Path file = bundle.file(path);
        if (!Files.isRegularFile(file)) {
            problems.add(path + " is missing");
            return;
        }
        try {
            if (!sha256(file).equalsIgnoreCase(expected)) {
                problems.add(path + " has changed: its SHA-256 differs from the manifest's");
            }
        } catch (IOException e) {
            problems.add(path + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** A manifest's entries, path → hash; BagIt writes "hash path" lines, paths percent-encoding CR, LF and %. */
    private static Map<String, String> readManifest(OpenBundle bundle, String name, List<String> problems) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(bundle.file(name), StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split("[ \\t]+", 2);
                if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                    problems.add(name + " line " + lineNo + " is not a 'SHA-256 path' entry");
                    continue;
                }
                entries.put(decode(parts[1]), parts[0]);
            }
        } catch (IOException e) {
            problems.add(name + " cannot be read (" + e.getMessage() + ")");
        }
        return entries;
    }

    private static String decode(String path) {
        return path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r")
                .replace("%25", "%");
    }

    /** The SHA-256 of a file, read in blocks. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
