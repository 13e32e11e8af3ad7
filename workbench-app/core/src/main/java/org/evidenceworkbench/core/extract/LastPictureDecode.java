package org.evidenceworkbench.core.extract;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reduced JPEG decodes the thumbnail maker made last, each handed over once to the
 * {@link PictureDecoder} of the detectors that look at the same photo moments later. Huffman-
 * decoding a camera JPEG costs nearly the same at any DCT scale (about 30 ms for 12 MP), so
 * decoding it once instead of twice is the largest saving left per photo. The detectors run on
 * their own call threads (each call has a time limit), not the worker's, so the decodes are held
 * for the whole process, not per thread.
 *
 * <p>The handover is exact or nothing: it is taken only for the same file (path, size, modification
 * time and file key unchanged) at the same scale, so the detectors get the very pixels their own
 * decode would give. It is taken at most once, and only the last few are held (about 2 MB each for
 * 12 MP at a quarter), so one never taken (no detector asked) costs nothing for long.
 */
final class LastPictureDecode {

    /** One per worker thread in flight, and some room: more are dropped, oldest first. */
    private static final int HELD = 6;
    private static final Map<FileIdentity, Held> LAST = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<FileIdentity, Held> eldest) {
                    return size() > HELD;
                }
            });

    private record Held(int factor, BufferedImage image) {
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
        LAST.put(FileIdentity.of(file), new Held(factor, image));
    }

    /**
     * The held decode of {@code file} at 1/{@code factor}, once; null when there is none. A decode
     * of the same file at another scale stays for a later request.
     */
    static BufferedImage take(Path file, int factor) throws IOException {
        FileIdentity identity = FileIdentity.of(file);
        synchronized (LAST) {
            Held held = LAST.get(identity);
            if (held == null || held.factor != factor) {
                return null;
            }
            LAST.remove(identity);
            return held.image;
        }
    }
}
