package org.evidenceworkbench.samples.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Zips whose entry times are fixed. Office documents are zips too, and POI stamps their entries
 * with the current time, so {@link #withFixedTimes} rewrites such a zip entry by entry.
 */
public final class FixedZip {

    private FixedZip() {
    }

    /** A zip holding {@code entries} (name to content) in the map's order, every entry dated {@code time}. */
    public static byte[] of(Map<String, byte[]> entries, Instant time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setTime(time.toEpochMilli());
                zip.putArchiveEntry(entry);
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The same zip, entries in the same order with the same content, every entry dated {@code time}. */
    public static byte[] withFixedTimes(byte[] zipBytes, Instant time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zipBytes)).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            for (ZipArchiveEntry source : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry entry = new ZipArchiveEntry(source.getName());
                entry.setTime(time.toEpochMilli());
                out.putArchiveEntry(entry);
                try (InputStream content = in.getInputStream(source)) {
                    content.transferTo(out);
                }
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
