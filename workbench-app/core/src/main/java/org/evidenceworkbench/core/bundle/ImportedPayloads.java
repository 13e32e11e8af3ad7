package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.evidenceworkbench.core.casefolder.CaseLayout;

/**
 * Copies the files a bundle carries into the case folder, so the case never depends on the
 * bundle staying where it was received: payload to {@code imports/<bundle-id>/items/}, thumbnails
 * to the case's own thumbnail store. Each copy is hashed as it is written and checked against the
 * SHA-256 the sender recorded.
 */
final class ImportedPayloads {

    /** What became of one item's payload: the copy's path relative to the case folder, or why there is none. */
    record Copy(String casePath, String problem) {
    }

    private final CaseLayout layout;
    private final String bundleId;

    ImportedPayloads(CaseLayout layout, String bundleId) {
        this.layout = layout;
        this.bundleId = bundleId;
    }

    Copy copyPayload(OpenBundle bundle, String payload, String sha256) throws IOException {
        if (payload == null) {
            return new Copy(null, null);
        }
        if (!payload.startsWith("items/") || payload.contains("..") || payload.contains("\\")) {
            return new Copy(null, "the bundle names its payload as " + payload + ", outside data/items/");
        }
        Path from = bundle.file("data/" + payload);
        if (!Files.isRegularFile(from)) {
            return new Copy(null, "the bundle lists its payload data/" + payload + " but does not hold it");
        }
        String relative = "imports/" + bundleId + "/" + payload;
        Path to = layout.root().resolve(relative);
        String copied = copy(from, to);
        if (sha256 != null && !sha256.equals(copied)) {
            return new Copy(relative, "the bundle's copy data/" + payload + " has SHA-256 " + copied
                    + ", not the " + sha256 + " the sender recorded");
        }
        return new Copy(relative, null);
    }

    /** Copies a bundle thumbnail into the case's thumbnail store; returns its name there, or null. */
    String copyThumbnail(OpenBundle bundle, String thumbnail, String sha256) throws IOException {
        if (thumbnail == null || sha256 == null || !thumbnail.startsWith("thumbs/") || thumbnail.contains("..")) {
            return null;
        }
        Path from = bundle.file("data/" + thumbnail);
        if (!Files.isRegularFile(from)) {
            return null;
        }
        // named as the ingest names its own thumbnails, so an item ingested here shares the file
        String relative = sha256.substring(0, 2) + "/" + sha256 + ".jpg";
        Path to = layout.thumbsDir().resolve(relative);
        if (!Files.exists(to)) {
            copy(from, to);
        }
        return relative;
    }

    /** Copies through a temporary file, so a half-written copy never takes the final name; returns its SHA-256. */
    private static String copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(from), digest);
             OutputStream out = Files.newOutputStream(partial)) {
            in.transferTo(out);
        }
        Files.move(partial, to, StandardCopyOption.REPLACE_EXISTING);
        return HexFormat.of().formatHex(digest.digest());
    }
}
