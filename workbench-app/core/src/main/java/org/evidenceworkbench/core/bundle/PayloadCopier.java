package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

import org.evidenceworkbench.core.video.KeyframeFiles;

/**
 * Copies an item's file from its evidence source into the bag, read-only, hashing it on the way
 * and keeping it only when its SHA-256 is the one recorded at ingest. The case keeps no copies of
 * evidence: only items lying directly in an attached source, and the video keyframes the case
 * made and kept, can be exported with their content; the others go metadata-only with the reason
 * {@link #copy} returns.
 */
final class PayloadCopier {

    /** The outcome for one item: the path inside data/, or why there is none. */
    record Copied(String payload, String reason, boolean copiedNow) {
    }

    private final BagWriter bag;
    private final KeyframeFiles keyframes;

    PayloadCopier(BagWriter bag, KeyframeFiles keyframes) {
        this.bag = bag;
        this.keyframes = keyframes;
    }

    static String payloadName(ExportedItem i) {
        String ext = i.extension() == null ? "" : i.extension().toLowerCase(Locale.ROOT);
        return "items/" + i.sha256() + (ext.matches("[a-z0-9]{1,10}") ? "." + ext : "");
    }

    Copied copy(ExportedItem i) throws IOException {
        if (i.sha256() == null) {
            return new Copied(null, "no SHA-256 recorded (the item could not be read at ingest)", false);
        }
        String name = payloadName(i);
        if (bag.has(name)) {
            return new Copied(name, null, false); // the same content, already copied for another item
        }
        if (i.depth() > 0) {
            // a keyframe the case made (or bytes identical to one) is kept; nothing else inside a container is
            Optional<Path> keyframe = keyframes.find(i.sha256());
            return keyframe.isPresent() ? copy(keyframe.get(), i, name)
                    : new Copied(null, "inside a container; the case keeps no copy of its bytes", false);
        }
        Path location = Path.of(i.sourceLocation());
        Path file;
        if (Files.isDirectory(location)) {
            file = location.resolve(i.path()).normalize();
            if (!file.startsWith(location)) {
                return new Copied(null, "its recorded path leaves the source folder", false);
            }
        } else if ("SUBMISSION_PACK".equals(i.sourceKind())) {
            return new Copied(null, "inside a submission pack archive; the case keeps no copy of its bytes", false);
        } else {
            file = location;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Copied(null, "its source is not attached where it was ingested from", false);
        }
        return copy(file, i, name);
    }

    private Copied copy(Path file, ExportedItem i, String name) throws IOException {
        BagWriter.Staged staged;
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            staged = bag.stage(in);
        } catch (IOException e) {
            return new Copied(null, "its file could not be read (" + e.getClass().getSimpleName() + ")", false);
        }
        if (!staged.hashes().sha256().equals(i.sha256())) {
            bag.discard(staged);
            return new Copied(null, "its file changed since ingest (the SHA-256 differs)", false);
        }
        bag.keep(staged, name);
        return new Copied(name, null, true);
    }

    /** Copies the item's thumbnail made at ingest; null when it has none. */
    String thumbnail(ExportedItem i, Path caseThumbs) throws IOException {
        if (i.caseThumbnail() == null || i.sha256() == null) {
            return null;
        }
        String name = "thumbs/" + i.sha256() + ".jpg";
        if (bag.has(name)) {
            return name;
        }
        Path source = caseThumbs.resolve(i.caseThumbnail()).normalize();
        if (!source.startsWith(caseThumbs) || !Files.isRegularFile(source)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(source)) {
            bag.keep(bag.stage(in), name);
        }
        return name;
    }
}
