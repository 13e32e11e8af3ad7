package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workbench screenshot} renders a view of a case with no display (the command starts the
 * toolkit headless itself), and {@code workbench window} refuses a folder that is not there.
 */
class ScreenshotCommandTest {

    @TempDir
    Path tmp;

    @Test
    void rendersTheTriageViewOfACaseToAPngWithoutADisplay() throws Exception {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        Files.writeString(evidence.resolve("contacts.txt"), "Ring 020 7946 0018 or write to sam@example.net\n");
        Files.writeString(evidence.resolve("shopping.txt"), "milk, eggs, bread\n");
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "T", "--examiner", "E").exitCode())
                .isZero();
        assertThat(CliRunner.run("ingest", caseDir.toString(), evidence.toString()).exitCode()).isZero();

        Path png = tmp.resolve("shots/triage.png");
        CliRunner.Result r = CliRunner.run("screenshot", caseDir.toString(), png.toString(), "--view", "triage",
                "--width", "900", "--height", "500");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote the triage view");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(500);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("a rendered view, not a blank picture").isGreaterThan(50);
    }

    @Test
    void refusesAnUnknownViewAndAMissingCase() {
        CliRunner.Result unknown = CliRunner.run("screenshot", tmp.toString(), tmp.resolve("x.png").toString(),
                "--view", "nonsense");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("There is no view 'nonsense'").contains("search");

        CliRunner.Result window = CliRunner.run("window", tmp.resolve("no-such-case").toString());
        assertThat(window.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(window.err()).contains("There is no case folder");
    }
}
