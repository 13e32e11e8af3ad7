package org.evidenceworkbench.core.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.video.KeyframeFiles;

/**
 * Reads an item's bytes back from its source, read-only, for views that need the content after
 * the ingest (ELA). The case keeps no copies of ingested evidence: only items that lie directly in
 * a source can be read, and only while the source is attached. Items imported from a bundle are
 * read from the copy the import made in the case folder, video keyframes from the case's own.
 * The bytes are checked against the recorded SHA-256, so a view never shows a file that changed
 * since.
 */
public final class ItemBytes {

    private final Case theCase;

    public ItemBytes(Case theCase) {
        this.theCase = theCase;
    }

    /** The item's bytes (at most {@code maxBytes}); fails with one plain sentence where they cannot be had. */
    public byte[] read(String idOrPath, long maxBytes) {
        ItemDetail item = new CaseQueries(theCase).show(idOrPath);
        Path file = locate(item);
        if (item.item().size() != null && item.item().size() > maxBytes) {
            throw new WorkbenchException("Item " + item.item().id() + " is " + item.item().size()
                    + " bytes, more than the " + maxBytes + " this view reads.");
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] bytes = readAtMost(in, maxBytes);
            String sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
            if (item.item().sha256() != null && !item.item().sha256().equals(sha256)) {
                throw new WorkbenchException(file + " has changed since it was ingested (its SHA-256 differs from"
                        + " item " + item.item().id() + "'s); it is not shown as that item.");
            }
            return bytes;
        } catch (IOException e) {
            throw new WorkbenchException("The bytes of item " + item.item().id() + " could not be read from " + file
                    + " (" + e.getMessage() + ").", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * One page of an item's bytes, for a hex view: {@code length} bytes from {@code offset} (fewer at
     * the end). The whole file is still read, so its SHA-256 can be checked, but only the page is
     * kept: memory stays bounded whatever the item's size.
     */
    public Page page(long itemId, long offset, int length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length cannot be negative");
        }
        ItemDetail item = new CaseQueries(theCase).show(Long.toString(itemId));
        Path file = locate(item);
        byte[] kept = new byte[length];
        int keptCount = 0;
        long position = 0;
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; position += n) {
                long from = Math.max(offset, position);
                long to = Math.min(offset + length, position + n);
                if (from < to) {
                    System.arraycopy(buffer, (int) (from - position), kept, (int) (from - offset), (int) (to - from));
                    keptCount = (int) Math.max(keptCount, to - offset);
                }
            }
            String sha256 = HexFormat.of().formatHex(in.getMessageDigest().digest());
            if (item.item().sha256() != null && !item.item().sha256().equals(sha256)) {
                throw new WorkbenchException(file + " has changed since it was ingested (its SHA-256 differs from"
                        + " item " + item.item().id() + "'s); it is not shown as that item.");
            }
        } catch (IOException e) {
            throw new WorkbenchException("The bytes of item " + item.item().id() + " could not be read from " + file
                    + " (" + e.getMessage() + ").", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        return new Page(offset, Arrays.copyOf(kept, keptCount), position);
    }

    /**
     * A page of an item's bytes.
     *
     * @param offset where the page starts in the item
     * @param bytes  the page (shorter than asked at the end of the item)
     * @param total  the item's size in bytes
     */
    public record Page(long offset, byte[] bytes, long total) {
    }

    /** Where an item's bytes are: a kept keyframe, in its source folder, the source file itself, or an import's copy. */
    private Path locate(ItemDetail item) {
        if (item.depth() > 0) {
            // a keyframe the case made and kept (or bytes identical to one) is there; nothing else inside a container is
            Optional<Path> keyframe = new KeyframeFiles(theCase.layout()).find(item.item().sha256());
            if (keyframe.isPresent()) {
                return keyframe.get();
            }
            throw new WorkbenchException("Item " + item.item().id() + " is inside a container and the case keeps no"
                    + " copy of its bytes; extract it from the container and ingest it on its own to read it.");
        }
        Path file;
        ItemDetail.BundleOrigin imported = item.provenance().bundle();
        if (imported != null) {
            // an imported item's bytes are the copy the import made in the case folder
            if (imported.payload() == null) {
                throw new WorkbenchException("Item " + item.item().id() + " came in bundle " + imported.bundleId()
                        + " without its bytes (a metadata-only export); ask the sender for the file.");
            }
            file = theCase.layout().root().resolve(imported.payload());
        } else {
            Path location = Path.of(item.provenance().sourceLocation());
            file = Files.isDirectory(location) ? location.resolve(item.item().path()) : location;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new WorkbenchException("The bytes of item " + item.item().id() + " are read from its source, and "
                    + file + " is not there; attach the source at the place it was ingested from.");
        }
        return file;
    }

    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new IOException("larger than " + maxBytes + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
