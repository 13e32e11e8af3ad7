package org.evidenceworkbench.core.bundle;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) file by file: every payload file is hashed with SHA-256 and
 * SHA-512 as it is written and its line goes straight to both payload manifests, so nothing about
 * the files is kept in memory; {@link #finish} writes the tag files and the tag manifest.
 */
final class BagWriter implements Closeable {

    /** A file's digests and length as written to the bag. */
    record Hashed(String sha256, String sha512, long bytes) {
    }

    private final Path root;
    private final Writer manifest256;
    private final Writer manifest512;
    private long payloadBytes;
    private long payloadFiles;

    BagWriter(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root.resolve("data"));
        manifest256 = Files.newBufferedWriter(root.resolve("manifest-sha256.txt"), StandardCharsets.UTF_8);
        manifest512 = Files.newBufferedWriter(root.resolve("manifest-sha512.txt"), StandardCharsets.UTF_8);
    }

    Path root() {
        return root;
    }

    /** Where a payload file goes; {@code relative} is relative to {@code data/}. */
    Path dataPath(String relative) {
        return root.resolve("data").resolve(relative);
    }

    /**
     * Copies {@code in} into a staging file inside the bag while hashing it. The caller then either
     * {@link #keep}s it under its final name or {@link #discard}s it (e.g. when it does not match the
     * hash the case recorded).
     */
    Staged stage(InputStream in) throws IOException {
        Path staging = Files.createTempFile(root, ".staging", ".part");
        MessageDigest sha256 = digest("SHA-256");
        MessageDigest sha512 = digest("SHA-512");
        long total = 0;
        try (OutputStream out = Files.newOutputStream(staging)) {
            byte[] buffer = new byte[256 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
                sha512.update(buffer, 0, n);
                out.write(buffer, 0, n);
                total += n;
            }
        } catch (IOException e) {
            Files.deleteIfExists(staging);
            throw e;
        }
        return new Staged(staging, new Hashed(HexFormat.of().formatHex(sha256.digest()),
                HexFormat.of().formatHex(sha512.digest()), total));
    }

    /** A copied file waiting for its final name. */
    record Staged(Path file, Hashed hashes) {
    }

    /** Moves a staged file to {@code data/relative} and lists it in the manifests. */
    void keep(Staged staged, String relative) throws IOException {
        Path target = dataPath(relative);
        Files.createDirectories(target.getParent());
        Files.move(staged.file(), target, StandardCopyOption.REPLACE_EXISTING);
        record(relative, staged.hashes());
    }

    void discard(Staged staged) throws IOException {
        Files.deleteIfExists(staged.file());
    }

    /** Whether {@code data/relative} is already in the bag (the same content exported for another item). */
    boolean has(String relative) {
        return Files.exists(dataPath(relative));
    }

    /** Lists a payload file written directly (the metadata files) in the manifests, hashing it by reading it back. */
    void addWritten(String relative) throws IOException {
        try (InputStream in = Files.newInputStream(dataPath(relative))) {
            MessageDigest sha256 = digest("SHA-256");
            MessageDigest sha512 = digest("SHA-512");
            byte[] buffer = new byte[256 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
                sha512.update(buffer, 0, n);
                total += n;
            }
            record(relative, new Hashed(HexFormat.of().formatHex(sha256.digest()),
                    HexFormat.of().formatHex(sha512.digest()), total));
        }
    }

    private void record(String relative, Hashed h) throws IOException {
        String path = "data/" + BagPaths.encode(relative);
        manifest256.write(h.sha256() + "  " + path + "\n");
        manifest512.write(h.sha512() + "  " + path + "\n");
        payloadBytes += h.bytes();
        payloadFiles++;
    }

    /** {@code octets.files}, as bag-info.txt's Payload-Oxum. */
    String payloadOxum() {
        return payloadBytes + "." + payloadFiles;
    }

    /**
     * Closes the payload manifests and writes bagit.txt, bag-info.txt (with the Payload-Oxum) and
     * the tag manifest over them; returns the tag manifest's SHA-256, the bundle's hash.
     */
    String finish(Map<String, String> bagInfo) throws IOException {
        manifest256.close();
        manifest512.close();
        Files.writeString(root.resolve("bagit.txt"),
                "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", StandardCharsets.UTF_8);
        StringBuilder info = new StringBuilder();
        for (Map.Entry<String, String> e : bagInfo.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                // a value is one line: a newline in a case reference must not start a new label
                info.append(e.getKey()).append(": ").append(e.getValue().replaceAll("[\\r\\n]+", " ")).append('\n');
            }
        }
        info.append("Payload-Oxum: ").append(payloadOxum()).append('\n');
        Files.writeString(root.resolve("bag-info.txt"), info, StandardCharsets.UTF_8);
        StringBuilder tags = new StringBuilder();
        for (String tagFile : new String[] {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"}) {
            tags.append(sha256Of(root.resolve(tagFile))).append("  ").append(tagFile).append('\n');
        }
        Path tagManifest = root.resolve("tagmanifest-sha256.txt");
        Files.writeString(tagManifest, tags, StandardCharsets.UTF_8);
        return sha256Of(tagManifest);
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest d = digest("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }

    @Override
    public void close() throws IOException {
        manifest256.close();
        manifest512.close();
    }
}
