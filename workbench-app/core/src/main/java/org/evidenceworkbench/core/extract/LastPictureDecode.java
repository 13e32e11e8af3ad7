package org.evidenceworkbench.core.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * The last reduced JPEG decode the thumbnail maker made on this thread, handed over once to the
 * {@link PictureDecoder} of the detectors that look at the same photo moments later on the same
 * ingest worker. Huffman-decoding a camera JPEG costs nearly the same at any DCT scale (about 30 ms
 * for 12 MP), so decoding it once instead of twice is the largest saving left per photo.
 *
 * <p>The handover is exact or nothing: it is taken only for the same file (path, size, modification
 * time and file key unchanged) at the same scale, so the detectors get the very pixels their own
 * decode would give. It is taken at most once and forgotten when the next thumbnail starts, so a
 * thread holds at most one reduced picture (about 2 MB for 12 MP at a quarter).
 */
final class LastPictureDecode {

    private static final ThreadLocal<Held> LAST = new ThreadLocal<>();

    private record Held(FileIdentity file, int factor, BufferedImage image) {
    }

    /** What must be unchanged for a decode of the file to still be a decode of the same bytes. */
    private record FileIdentity(Path path, long size, FileTime modified, Object key) {

        static FileIdentity of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileIdentity(file.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime(),
                    a.fileKey());
        }
    }

    private LastPictureDecode() {
    }

    /** Keeps {@code image}, the JPEG in {@code file} decoded at 1/{@code factor}, as stored. */
    static void remember(Path file, int factor, BufferedImage image) throws IOException {
        LAST.set(new Held(FileIdentity.of(file), factor, image));
    }

    /** Drops whatever this thread holds. */
    static void forget() {
        LAST.remove();
    }

    /**
     * The held decode of {@code file} at 1/{@code factor}, once; null when there is none. A decode
     * of the same file at another scale stays for a later request; one of another file is dropped.
     */
    static BufferedImage take(Path file, int factor) throws IOException {
        Held held = LAST.get();
        if (held == null) {
            return null;
        }
        if (!held.file.equals(FileIdentity.of(file))) {
            LAST.remove();
            return null;
        }
        if (held.factor != factor) {
            return null;
        }
        LAST.remove();
        return held.image;
    }
}
