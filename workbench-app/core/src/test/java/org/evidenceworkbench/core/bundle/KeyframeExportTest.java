package org.evidenceworkbench.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.core.bundle.BundleExportTest.csv;
import static org.evidenceworkbench.core.bundle.BundleExportTest.row;
import static org.evidenceworkbench.testing.EvidenceFactory.mp4;
import static org.evidenceworkbench.testing.EvidenceFactory.scenes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.casefolder.CaseLayout;
import org.evidenceworkbench.core.video.KeyframeFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A video's keyframes travel with their bytes: the case keeps the keyframes it made, so a hub
 * receiving the bundle sees each scene as a picture, not only as a row without content.
 */
class KeyframeExportTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void workstation() {
        System.setProperty(WorkstationConfig.PROPERTY, tmp.resolve("config").toString());
    }

    @AfterEach
    void forgetConfig() {
        System.clearProperty(WorkstationConfig.PROPERTY);
    }

    @Test
    void aFullExportCarriesEachKeyframesBytes() throws IOException {
        Path evidence = Files.createDirectories(tmp.resolve("evidence"));
        mp4(evidence, "clip.mp4", 25, scenes(320, 240, 2.0, 2.0));
        Path caseDir = tmp.resolve("case");
        CaseTestSupport.ingestIntoNewCase(caseDir, CaseTestSupport.options(), evidence);
        ExportResult result;
        try (Case c = Case.openForWriting(caseDir)) {
            result = new BundleExporter(c, null).export(tmp.resolve("out"), new ExportRequest(Selection.all(),
                    ExportProfile.FULL, null, "Test Constabulary", null, false, new VicsCategories(Map.of())));
        }

        List<CSVRecord> rows = csv(result.bundle());
        assertThat(rows).extracting(r -> r.get("path")).containsExactlyInAnyOrder("clip.mp4",
                "clip.mp4!/keyframe-0001@00m00.000s.jpg", "clip.mp4!/keyframe-0002@00m02.000s.jpg");
        assertThat(result.metadataOnly()).isZero();
        CSVRecord second = row(rows, "clip.mp4!/keyframe-0002@00m02.000s.jpg");
        String sha256 = second.get("sha256");
        assertThat(second.get("payload")).isEqualTo("items/" + sha256 + ".jpg");
        Path kept = new KeyframeFiles(new CaseLayout(caseDir)).find(sha256)
                .orElseThrow();
        assertThat(result.bundle().resolve("data").resolve(second.get("payload"))).hasSameBinaryContentAs(kept);
        assertThat(new BundleVerifier(null).verify(result.bundle()).ok()).isTrue();
    }
}
