package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faces through the real ingest: a phone photo stored sideways with an EXIF orientation is looked
 * at upright, and its face's box is given in the upright picture, as the window shows it.
 */
class FacesWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REGION = Pattern.compile("region (\\d+),(\\d+) (\\d+)×(\\d+)");

    @TempDir
    Path tmp;

    @Test
    void aSidewaysPhonePortraitGivesItsFaceInUprightPixels() throws Exception {
        BufferedImage upright = portrait();
        int[] face = {200 + 89, 20 + 37, 50, 50};

        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        // stored turned a quarter anticlockwise, with orientation 6: "turn 90° clockwise to view"
        byte[] stored = EvidenceFactory.jpegBytes(DuplicatesWorkflowTest.turned(upright), 0.92f);
        Files.write(evidence.resolve("IMG_2001.jpg"), EvidenceFactory.withOrientation(stored, 6));
        Files.write(evidence.resolve("IMG_2002.jpg"), EvidenceFactory.jpegBytes(upright, 0.92f));
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "F", "--examiner", "E").exitCode()).isZero();
        CliRunner.Result ingest = CliRunner.run("ingest", caseDir.toString(), evidence.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        for (String name : List.of("IMG_2001.jpg", "IMG_2002.jpg")) {
            JsonNode item = JSON.readTree(CliRunner.run("show", caseDir.toString(), name, "--json").out());
            List<int[]> boxes = new ArrayList<>();
            item.get("findings").forEach(f -> {
                if (f.get("type").asText().equals("face")) {
                    Matcher m = REGION.matcher(f.get("where").asText());
                    assertThat(m.find()).as(f.toString()).isTrue();
                    boxes.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))});
                }
            });
            assertThat(boxes).as(name).hasSize(1);
            assertThat(iou(boxes.get(0), face)).as(name).isGreaterThanOrEqualTo(0.5);
        }
        assertThat(JSON.readTree(CliRunner.run("search", caseDir.toString(), "finding:face", "--json").out())
                .get("total").asLong()).isEqualTo(2);
    }

    /** A 500 × 300 grey picture with one face in it (the astronaut's portrait at 200,20). */
    static BufferedImage portrait() throws IOException {
        BufferedImage astronaut;
        try (InputStream in = FacesWorkflowTest.class.getResourceAsStream("astronaut-256.jpg")) {
            astronaut = ImageIO.read(in);
        }
        BufferedImage picture = new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x708090));
        g.fillRect(0, 0, 500, 300);
        g.drawImage(astronaut, 200, 20, null);
        g.dispose();
        return picture;
    }

    private static double iou(int[] a, int[] b) {
        int x1 = Math.max(a[0], b[0]);
        int y1 = Math.max(a[1], b[1]);
        int x2 = Math.min(a[0] + a[2], b[0] + b[2]);
        int y2 = Math.min(a[1] + a[3], b[1] + b[3]);
        double inter = Math.max(0, x2 - x1) * (double) Math.max(0, y2 - y1);
        return inter / (a[2] * (double) a[3] + b[2] * (double) b[3] - inter);
    }
}
