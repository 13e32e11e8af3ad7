package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same picture found however it was copied: resized, recompressed, cropped, brightened,
 * turned a quarter or stored sideways with an EXIF orientation — grouped after the ingest,
 * listed by {@code duplicates}, searchable by group, and unrelated pictures left out.
 */
class DuplicatesWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static BufferedImage scene(long seed, int width, int height) {
        return EvidenceFactory.scene(seed, width, height, 0);
    }

    static byte[] jpeg(BufferedImage image, float quality) throws Exception {
        return EvidenceFactory.jpegBytes(image, quality);
    }

    static BufferedImage resized(BufferedImage in, double factor) {
        int w = (int) (in.getWidth() * factor);
        int h = (int) (in.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(in, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Turned a quarter counter-clockwise. */
    static BufferedImage turned(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getHeight(), in.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                out.setRGB(y, in.getWidth() - 1 - x, in.getRGB(x, y));
            }
        }
        return out;
    }

    /** Turned a quarter clockwise: what EXIF orientation 6 asks a viewer to undo... the other way. */
    static BufferedImage turnedClockwise(BufferedImage in) {
        BufferedImage out = new BufferedImage(in.getHeight(), in.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < in.getHeight(); y++) {
            for (int x = 0; x < in.getWidth(); x++) {
                out.setRGB(in.getHeight() - 1 - y, x, in.getRGB(x, y));
            }
        }
        return out;
    }

    @Test
    void copiesOfOnePictureFormOneGroupAndUnrelatedPicturesStayOut() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        BufferedImage original = scene(1, 1200, 900);
        Files.write(evidence.resolve("IMG_0001.jpg"), jpeg(original, 0.92f));
        Files.write(evidence.resolve("small-copy.jpg"), jpeg(resized(original, 0.4), 0.6f));
        // lightly cropped: 1% off the right edge (PDQ tolerates little cropping; docs/plugins.md has the numbers)
        Files.write(evidence.resolve("cropped.jpg"), jpeg(original.getSubimage(0, 0, original.getWidth() * 99 / 100,
                original.getHeight()), 0.85f));
        Files.write(evidence.resolve("brighter.jpg"), jpeg(new RescaleOp(1.15f, 20f, null).filter(original, null), 0.85f));
        Files.write(evidence.resolve("turned.jpg"), jpeg(turned(resized(original, 0.5)), 0.85f));
        // stored sideways, with EXIF saying how to show it upright: the hash is of the upright picture
        byte[] sideways = jpeg(turnedClockwise(resized(original, 0.5)), 0.85f);
        Files.write(evidence.resolve("sideways.jpg"), EvidenceFactory.withOrientation(sideways, 8));
        for (int i = 0; i < 6; i++) {
            Files.write(evidence.resolve("other-" + i + ".jpg"), jpeg(scene(100 + i, 1000, 750), 0.9f));
        }
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "D", "--examiner", "E").exitCode()).isZero();
        CliRunner.Result ingest = CliRunner.run("ingest", caseDir.toString(), evidence.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        CliRunner.Result listed = CliRunner.run("duplicates", caseDir.toString(), "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        List<JsonNode> groups = listed.out().lines().map(DuplicatesWorkflowTest::json).toList();
        assertThat(groups).as(listed.out()).hasSize(1);
        JsonNode group = groups.get(0);
        List<String> paths = new ArrayList<>();
        group.get("members").forEach(m -> {
            paths.add(m.get("path").asText());
            assertThat(m.get("distance").asInt()).as(m.toString()).isLessThanOrEqualTo(31);
        });
        assertThat(paths).containsExactlyInAnyOrder("IMG_0001.jpg", "small-copy.jpg", "cropped.jpg", "brighter.jpg",
                "turned.jpg", "sideways.jpg");
        group.get("members").forEach(m -> {
            if (m.get("path").asText().equals("turned.jpg")) {
                assertThat(m.get("transform").asText()).isNotEqualTo("original");
            }
            if (m.get("path").asText().equals("sideways.jpg")) {
                assertThat(m.get("transform").asText()).as("EXIF orientation applied").isEqualTo("original");
            }
        });

        long groupId = group.get("representativeId").asLong();
        CliRunner.Result search = CliRunner.run("search", caseDir.toString(), "group:" + groupId, "--json");
        assertThat(JSON.readTree(search.out()).get("total").asLong()).isEqualTo(6);
        assertThat(CliRunner.run("search", caseDir.toString(), "name:brighter.jpg").out())
                .contains("group:" + groupId);

        String text = CliRunner.run("duplicates", caseDir.toString()).out();
        assertThat(text).contains("group " + groupId + ": 6 pictures").contains("small-copy.jpg");

        // a stricter distance, chosen by the analyst, regroups and is audited
        CliRunner.Result strict = CliRunner.run("duplicates", caseDir.toString(), "--distance", "0");
        assertThat(strict.exitCode()).as(strict.err()).isZero();
        assertThat(strict.out()).contains("at distance 0");
        assertThat(CliRunner.run("audit", caseDir.toString()).out()).contains("duplicates.regrouped");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
