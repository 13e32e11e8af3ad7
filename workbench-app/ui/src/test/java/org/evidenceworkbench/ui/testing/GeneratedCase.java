package org.evidenceworkbench.ui.testing;

import static org.evidenceworkbench.testing.EvidenceFactory.jpegBytes;
import static org.evidenceworkbench.testing.EvidenceFactory.jpegWithExif;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4;
import static org.evidenceworkbench.testing.EvidenceFactory.scenes;
import static org.evidenceworkbench.testing.EvidenceFactory.scene;
import static org.evidenceworkbench.testing.EvidenceFactory.textFile;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestOptions;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.detectors.hashsets.Format;
import org.evidenceworkbench.detectors.hashsets.HashSetStore;
import org.evidenceworkbench.detectors.hashsets.Kind;
import org.evidenceworkbench.testing.EvidenceFactory.Exif;

/**
 * A real case for the view tests, ingested with the real detectors: camera pictures with times
 * and GPS (two in London an hour apart, one in Manchester, one in Paris the next morning), a
 * picture and its resized near-duplicate, a picture whose SHA-256 is on a known-bad hash set,
 * a two-scene video (two keyframes), and two texts sharing an e-mail address, one of them also
 * with a phone number.
 */
public final class GeneratedCase {

    public static final String KNOWN_BAD = "contraband.jpg";
    public static final String EMAIL = "alice.smith@example.org";

    private static GeneratedCase shared;

    private final Path caseDir;
    private final Map<String, Long> ids;

    /**
     * One case for all the view tests in this JVM, built on first use in a temporary folder that
     * is removed when the JVM ends. Tests may add to it (reviews, reveals) but not take away.
     */
    public static synchronized GeneratedCase shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("ui-views-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                shared = build(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the build over
        }
    }

    private GeneratedCase(Path caseDir, Map<String, Long> ids) {
        this.caseDir = caseDir;
        this.ids = ids;
    }

    /** Writes the evidence under {@code dir}, imports the known-bad set, creates and ingests the case. */
    public static GeneratedCase build(Path dir) {
        try {
            Path evidence = Files.createDirectories(dir.resolve("evidence"));
            jpegWithExif(evidence, "london-1.jpg", Exif.of("Canon", "EOS", LocalDateTime.parse("2024-03-12T14:10:00"),
                    51.5072, -0.1276));
            jpegWithExif(evidence, "london-2.jpg", Exif.of("Canon", "EOS", LocalDateTime.parse("2024-03-12T14:40:00"),
                    51.5033, -0.1195));
            jpegWithExif(evidence, "manchester.jpg", Exif.of("Canon", "EOS",
                    LocalDateTime.parse("2024-03-12T16:30:00"), 53.4808, -2.2426));
            jpegWithExif(evidence, "paris.jpg", Exif.of("Canon", "EOS", LocalDateTime.parse("2024-03-13T09:00:00"),
                    48.8566, 2.3522));
            BufferedImage big = scene(7, 640, 480, 4);
            Files.write(evidence.resolve("scene.jpg"), jpegBytes(big, 0.9f));
            Files.write(evidence.resolve("scene-small.jpg"), jpegBytes(half(big), 0.7f));
            byte[] contraband = jpegBytes(scene(11, 400, 300, 4), 0.85f);
            Files.write(evidence.resolve(KNOWN_BAD), contraband);
            mp4(evidence, "clips/clip.mp4", 25, scenes(320, 240, 1.0, 1.0));
            textFile(evidence, "notes.txt", "Meet at noon. Mail " + EMAIL + " or call 020 7946 0123.\n");
            textFile(evidence, "letter.txt", "Dear Alice, your address " + EMAIL + " is on the list.\n");

            Path list = dir.resolve("known-bad.txt");
            Files.writeString(list, sha256(contraband) + "  " + KNOWN_BAD + "\n");
            HashSetStore.atDefaultLocation().importSet("ui-test-bad", list, Kind.KNOWN_BAD, Format.PLAIN);

            Path caseDir = dir.resolve("case");
            Map<String, Long> ids = new LinkedHashMap<>();
            try (Case c = Case.create(caseDir, "Window test", "DC Test", "OP-UI-1", "OFFICIAL")) {
                new IngestService(c, IngestOptions.defaults().withThreads(2)).ingest(List.of(evidence));
                List<ItemSummary> items = new ArrayList<>();
                new CaseQueries(c).forEachItem(items::add);
                items.forEach(i -> ids.put(i.path(), i.id()));
            }
            return new GeneratedCase(caseDir, ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path caseDir() {
        return caseDir;
    }

    /** The id of the item at {@code path}. */
    public long id(String path) {
        Long id = ids.get(path);
        if (id == null) {
            throw new AssertionError("no item " + path + " in the case; it holds " + ids.keySet());
        }
        return id;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BufferedImage half(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }
}
