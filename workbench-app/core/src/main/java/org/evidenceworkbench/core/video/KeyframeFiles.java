package org.evidenceworkbench.core.video;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

import org.evidenceworkbench.core.casefolder.CaseLayout;

/**
 * The keyframes the case made, kept in its {@code keyframes/} folder and named by their SHA-256.
 * Kept so that a keyframe's decoding work (thumbnail, perceptual hash, faces) can wait for the
 * analysis pass like a source picture's, and its bytes can be shown later. A keyframe is made by
 * the workbench, so keeping it keeps no copy of evidence. Thread-safe.
 */
public final class KeyframeFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;

    public KeyframeFiles(CaseLayout layout) {
        this.dir = layout.keyframesDir();
    }

    /**
     * Moves a keyframe written elsewhere in the case folder (its spooled copy) to its place and
     * returns that place. The move is atomic, so a crash never leaves part of a file under a
     * keyframe's name; a keyframe already kept (the same picture, from a resumed run or another
     * video) is kept once.
     */
    public Path keep(Path written, String sha256) throws IOException {
        Path target = fileFor(sha256);
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(target.getParent());
            try {
                return Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AccessDeniedException e) {
                if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw e; // not another thread keeping the same picture
                }
            }
        }
        Files.delete(written);
        return target;
    }

    /** The kept keyframe with this SHA-256, if the case has one. */
    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = fileFor(sha256);
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
    }

    private Path fileFor(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256 + ".jpg");
    }
}
