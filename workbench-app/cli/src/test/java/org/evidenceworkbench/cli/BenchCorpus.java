package org.evidenceworkbench.cli;

import static org.evidenceworkbench.testing.EvidenceFactory.docxBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.jpegBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4;
import static org.evidenceworkbench.testing.EvidenceFactory.pdfBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.scene;
import static org.evidenceworkbench.testing.EvidenceFactory.scenePicture;
import static org.evidenceworkbench.testing.EvidenceFactory.withExif;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.evidenceworkbench.testing.EvidenceFactory;
import org.evidenceworkbench.testing.EvidenceFactory.Exif;
import org.evidenceworkbench.testing.EvidenceFactory.Scene;

/**
 * A generated corpus for the stress benchmarks, of a given size and mix: camera photos (12 MP
 * JPEGs with EXIF and GPS), videos (12 s MPEG-4 720p clips written by FFmpeg), office documents (DOCX)
 * and PDFs with pages of text, and zips of messages and photos. Photos share a few encoded
 * pictures (a 12 MP encode takes a second) but each carries its own EXIF time and place, written
 * losslessly, so every file is distinct and the ingest decodes each one.
 */
final class BenchCorpus {

    enum Mix {
        /**
         * Camera photos only, the photo-heavy corpus of the issue. (The earlier photo mix, now
         * {@link #PHONE}, had 10% of its bytes in 3 KB documents: 99% of its files were
         * documents, so it measured document parsing, not photos.)
         */
        PHOTOS(100, 0, 0, 0),
        /**
         * A camera roll: 85% photos, 15% video by bytes. The generated clips are about 1 Mbit/s
         * (still scenes), a tenth of a phone's, so per byte they cost ten times the decoding.
         */
        CAMERA(85, 15, 0, 0),
        /** A seized phone by bytes: 70% photos, 10% video, 10% documents, 10% archives (by files mostly documents). */
        PHONE(70, 10, 10, 10),
        /** An office share: 90% PDFs and DOCX, 10% archives. */
        DOCUMENTS(0, 0, 90, 10),
        /** The issue's mixed corpus: 40% photos, 20% video, 25% documents, 15% archives. */
        MIXED(40, 20, 25, 15);

        final int photos;
        final int video;
        final int documents;
        final int archives;

        Mix(int photos, int video, int documents, int archives) {
            this.photos = photos;
            this.video = video;
            this.documents = documents;
            this.archives = archives;
        }
    }

    private static final String[] WORDS = {"invoice", "transfer", "meeting", "account", "delivery", "contract",
            "station", "payment", "shipment", "address", "schedule", "report", "evidence", "vehicle", "cash"};

    private final Path root;
    private final Random random = new Random(20261127L);
    private final List<byte[]> pictures = new ArrayList<>();
    private int photoCount;
    private int videoCount;
    private int documentCount;
    private int archiveCount;

    private BenchCorpus(Path root) {
        this.root = root;
    }

    /**
     * The hostile corpus of docs/robustness.md at full size, for its peak memory: a zip of 100,000
     * members, 2,000 nested folders, a 2 GB sparse file, a PNG declaring 100,000 × 100,000 pixels,
     * zip bombs (1 GB of zeros; zips of zips), a chain of 15 zips, truncated and encrypted files.
     * Returns the files written.
     */
    static long writeHostile(Path root) throws IOException {
        EvidenceFactory.zipOfMany(root, "many.zip", 100_000);
        EvidenceFactory.deepFolders(root, 2_000, "leaf.txt", EvidenceFactory.utf8("at the bottom"));
        EvidenceFactory.sparseFile(root, "images/disk.img", 2L << 30);
        EvidenceFactory.pngDeclaring(root, "pictures/bomb.png", 100_000, 100_000);
        EvidenceFactory.truncatedPng(root, "pictures/cut.png");
        EvidenceFactory.truncatedJpeg(root, "pictures/cut.jpg");
        EvidenceFactory.zipBomb(root, "bombs/bomb.zip", 1L << 30);
        EvidenceFactory.nestedZipBomb(root, "bombs/nested.zip", 10, 100L << 20);
        EvidenceFactory.nestedZipChain(root, "bombs/chain.zip", 15, "bottom.txt", EvidenceFactory.utf8("bottom"));
        EvidenceFactory.encryptedPdf(root, "locked/locked.pdf", List.of("secret"), "owner", "user");
        EvidenceFactory.encryptedDocx(root, "locked/locked.docx", List.of("secret"), "pw");
        EvidenceFactory.encryptedZip(root, "locked/locked.zip", "pw", java.util.Map.of("a.txt",
                EvidenceFactory.utf8("hidden")));
        EvidenceFactory.corruptPdf(root, "documents/corrupt.pdf", 3);
        EvidenceFactory.truncated(EvidenceFactory.docx(root, "documents/cut.docx", "Cut", "Sam",
                List.of("half")), 0.5);
        return 14;
    }

    /** Writes about {@code megabytes} of the mix into {@code root}; returns the files written. */
    static long write(Path root, Mix mix, long megabytes) throws IOException {
        BenchCorpus c = new BenchCorpus(root);
        long target = megabytes << 20;
        long photos = 0;
        long video = 0;
        long documents = 0;
        long archives = 0;
        long files = 0;
        while (photos + video + documents + archives < target) {
            long done = photos + video + documents + archives;
            // whichever kind is furthest below its share gets the next file
            double p = share(photos, done, mix.photos);
            double v = share(video, done, mix.video);
            double d = share(documents, done, mix.documents);
            double a = share(archives, done, mix.archives);
            double most = Math.max(Math.max(p, v), Math.max(d, a));
            if (most == p) {
                photos += c.photo();
            } else if (most == v) {
                video += c.video();
            } else if (most == d) {
                documents += c.document();
            } else {
                archives += c.archive();
            }
            files++;
        }
        return files;
    }

    private static double share(long bytes, long done, int percent) {
        return percent == 0 ? Double.NEGATIVE_INFINITY : percent / 100.0 - (done == 0 ? 0 : (double) bytes / done);
    }

    private byte[] picture() throws IOException {
        if (pictures.size() < 8) {
            pictures.add(jpegBytes(scene(pictures.size(), 4000, 3000, 12), 0.92f));
        }
        return pictures.get(photoCount % pictures.size());
    }

    private byte[] photoBytes() throws IOException {
        byte[] jpeg = withExif(picture(), Exif.of("Canon", "EOS R", LocalDateTime.of(2024, 5, 1, 9, 0)
                .plusSeconds(photoCount * 37L), 51.3 + random.nextDouble() / 2, -0.4 + random.nextDouble() / 2));
        photoCount++;
        return jpeg;
    }

    private long photo() throws IOException {
        byte[] jpeg = photoBytes();
        Files.write(dir("DCIM/" + (photoCount / 200)).resolve(String.format(Locale.ROOT, "IMG_%05d.jpg", photoCount)),
                jpeg);
        return jpeg.length;
    }

    private long video() throws IOException {
        videoCount++;
        // scenes of their own per video, so no two videos are alike; MPEG-4 at the recorder's bitrate
        // gives phone-like sizes (H.264 squeezes these still scenes to almost nothing)
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            scenes.add(new Scene(scenePicture(1280, 720, videoCount * 10L + i), 4.0));
        }
        Path file = mp4(dir("Movies"), "VID_" + videoCount + ".mp4", 30, scenes);
        return Files.size(file);
    }

    private long document() throws IOException {
        documentCount++;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(sentence(12));
        }
        byte[] bytes = documentCount % 2 == 0
                ? pdfBytes("Report " + documentCount, "Clerk", lines, null, null)
                : docxBytes("Memo " + documentCount, "Clerk", lines);
        String name = documentCount % 2 == 0 ? "report-" + documentCount + ".pdf" : "memo-" + documentCount + ".docx";
        Files.write(dir("Documents/" + (documentCount / 500)).resolve(name), bytes);
        return bytes.length;
    }

    private long archive() throws IOException {
        archiveCount++;
        Path file = dir("Archives").resolve("export-" + archiveCount + ".zip");
        try (OutputStream f = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(f)) {
            for (int i = 0; i < 200; i++) {
                z.putNextEntry(new ZipEntry("messages/msg-" + i + ".txt"));
                z.write((sentence(40) + "\n").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            for (int i = 0; i < 3; i++) {
                z.putNextEntry(new ZipEntry("media/IMG_" + i + ".jpg"));
                z.write(photoBytes());
                z.closeEntry();
            }
        }
        return Files.size(file);
    }

    private String sentence(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(WORDS[random.nextInt(WORDS.length)]).append(i == words - 1 ? "." : " ");
        }
        return b.toString();
    }

    private Path dir(String relative) throws IOException {
        return Files.createDirectories(root.resolve(relative));
    }
}
