package org.evidenceworkbench.detectors.media.manipulation;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.jpeg.JpegSegmentData;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.StreamReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifThumbnailDirectory;

/**
 * The parts of a JPEG's header the indicators need: its quantisation tables and the thumbnail kept
 * in its EXIF segment. metadata-extractor reads the segments up to the start of the picture data,
 * so the picture itself is never read (each segment is at most 64 KiB).
 *
 * @param quantisationTables the tables by table id (0 is normally luminance, 1 chrominance), each
 *                           64 values in natural (row by row) order; null where a table is absent
 * @param exifThumbnail      the bytes of the EXIF thumbnail (a small JPEG), where there is one
 */
public record JpegHeaders(int[][] quantisationTables, Optional<byte[]> exifThumbnail) {

    /** Where in the 8×8 block the k-th value of a DQT segment (stored in zig-zag order) belongs. */
    private static final int[] ZIGZAG_TO_NATURAL = {
        0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

    private static final int EXIF_PREAMBLE_LENGTH = ExifReader.JPEG_SEGMENT_PREAMBLE.length();

    /** Headers larger than this are not read: real ones are a few hundred KiB; a hostile file may repeat segments. */
    static final long MAX_HEADER_BYTES = 16L * 1024 * 1024;

    /** Reads the headers of the JPEG in {@code in}; throws where it is not a readable JPEG. */
    public static JpegHeaders read(InputStream in) throws IOException {
        JpegSegmentData segments;
        try {
            segments = JpegSegmentReader.readSegments(new StreamReader(new LimitedStream(in, MAX_HEADER_BYTES)),
                    List.of(JpegSegmentType.DQT, JpegSegmentType.APP1));
        } catch (JpegProcessingException e) {
            throw new IOException("not a readable JPEG: " + e.getMessage(), e);
        }
        int[][] tables = new int[4][];
        for (byte[] dqt : segments.getSegments(JpegSegmentType.DQT)) {
            readTables(dqt, tables);
        }
        Optional<byte[]> thumbnail = Optional.empty();
        for (byte[] app1 : segments.getSegments(JpegSegmentType.APP1)) {
            if (ExifReader.startsWithJpegExifPreamble(app1)) {
                thumbnail = thumbnail(app1);
                break;
            }
        }
        return new JpegHeaders(tables, thumbnail);
    }

    /** A DQT segment holds one or more tables: a byte of precision and id, then 64 values of 8 or 16 bits. */
    private static void readTables(byte[] dqt, int[][] tables) throws IOException {
        int pos = 0;
        while (pos < dqt.length) {
            int precision = (dqt[pos] >> 4) & 0x0F;
            int id = dqt[pos] & 0x0F;
            int width = precision == 0 ? 1 : 2;
            if (id > 3 || pos + 1 + 64 * width > dqt.length) {
                throw new IOException("a damaged quantisation table (DQT) segment");
            }
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                int at = pos + 1 + k * width;
                table[ZIGZAG_TO_NATURAL[k]] = width == 1 ? dqt[at] & 0xFF : ((dqt[at] & 0xFF) << 8) | (dqt[at + 1] & 0xFF);
            }
            tables[id] = table;
            pos += 1 + 64 * width;
        }
    }

    private static Optional<byte[]> thumbnail(byte[] app1) {
        Metadata metadata = new Metadata();
        new ExifReader().extract(new ByteArrayReader(app1), metadata, EXIF_PREAMBLE_LENGTH);
        ExifThumbnailDirectory directory = metadata.getFirstDirectoryOfType(ExifThumbnailDirectory.class);
        if (directory == null) {
            return Optional.empty();
        }
        Integer offset = directory.getAdjustedThumbnailOffset();
        Integer length = directory.getInteger(ExifThumbnailDirectory.TAG_THUMBNAIL_LENGTH);
        if (offset == null || length == null || offset < 0 || length <= 0 || (long) offset + length > app1.length) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(app1, offset, offset + length));
    }

    /** The ids of the tables present, in order. */
    public List<Integer> tableIds() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < quantisationTables.length; i++) {
            if (quantisationTables[i] != null) {
                ids.add(i);
            }
        }
        return ids;
    }

    /** Ends the stream with an error after {@code limit} bytes, so a header cannot grow without bound. */
    private static final class LimitedStream extends FilterInputStream {

        private long left;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw tooLong();
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw tooLong();
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        private static IOException tooLong() {
            return new IOException("the JPEG's header segments run past " + MAX_HEADER_BYTES / (1024 * 1024)
                    + " MiB; not read further");
        }
    }
}
