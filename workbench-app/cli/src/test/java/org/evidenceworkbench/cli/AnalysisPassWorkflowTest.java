package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.detect.AnalysisPass;
import org.evidenceworkbench.core.ingest.CancelSignal;
import org.evidenceworkbench.core.ingest.IngestListener;
import org.evidenceworkbench.core.ingest.IngestOptions;
import org.evidenceworkbench.core.ingest.IngestProgress;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest's two passes with the real detectors: every item is written and searchable before
 * the pictures of the source are decoded (thumbnail, perceptual hash, faces, damage); a picture
 * inside an archive, whose bytes are only at hand while its archive is read, is decoded and looked
 * at with its item; an analysis cut short is finished by the next run of the ingest.
 */
class AnalysisPassWorkflowTest {

    @TempDir
    Path tmp;

    private Path evidence;
    private Path caseDir;

    @BeforeEach
    void evidenceWithFaces() throws Exception {
        byte[] portrait = EvidenceFactory.jpegBytes(FacesWorkflowTest.portrait(), 0.92f);
        evidence = Files.createDirectories(tmp.resolve("evidence"));
        Files.write(evidence.resolve("IMG_0001.jpg"), portrait);
        EvidenceFactory.zip(evidence, "sent.zip", Map.of("IMG_0002.jpg", portrait));
        EvidenceFactory.truncatedJpeg(evidence, "IMG_0003.jpg");
        caseDir = tmp.resolve("case");
        Case.create(caseDir, "Analysis", "E", null, null).close();
    }

    @Test
    void picturesInTheSourceWaitForTheAnalysisPassAndThoseInsideAnArchiveDoNot() throws Exception {
        AtomicLong waitingAtStart = new AtomicLong(-1);
        AtomicLong loneFacesAtStart = new AtomicLong(-1);
        AtomicLong zippedFacesAtStart = new AtomicLong(-1);
        AtomicReference<String> loneThumbnailAtStart = new AtomicReference<>("not asked");
        AtomicReference<String> zippedThumbnailAtStart = new AtomicReference<>();
        AtomicReference<String> cutOutcomeAtStart = new AtomicReference<>();
        try (Case c = Case.openForWriting(caseDir)) {
            IngestListener listener = new IngestListener() {
                @Override
                public void progress(IngestProgress p) {
                }

                @Override
                public void analysing(long done, long total, Duration elapsed) {
                    if (done == 0) {
                        waitingAtStart.set(total);
                        loneFacesAtStart.set(faces(c, "IMG_0001.jpg"));
                        zippedFacesAtStart.set(faces(c, "IMG_0002.jpg"));
                        loneThumbnailAtStart.set(column(c, "IMG_0001.jpg", "thumbnail"));
                        zippedThumbnailAtStart.set(column(c, "IMG_0002.jpg", "thumbnail"));
                        cutOutcomeAtStart.set(column(c, "IMG_0003.jpg", "outcome"));
                    }
                }
            };
            IngestService ingest = new IngestService(c, IngestOptions.defaults()).onProgress(listener,
                    Duration.ofSeconds(1));
            ingest.ingest(List.of(evidence));

            assertThat(waitingAtStart.get()).as("only the loose pictures wait").isEqualTo(2);
            assertThat(loneFacesAtStart.get()).as("not yet looked at").isZero();
            assertThat(loneThumbnailAtStart.get()).as("not yet decoded").isNull();
            assertThat(cutOutcomeAtStart.get()).as("not yet decoded").isEqualTo("ok");
            assertThat(zippedFacesAtStart.get()).as("looked at with its item").isEqualTo(1);
            assertThat(zippedThumbnailAtStart.get()).as("decoded with its item").isNotNull();

            assertThat(faces(c, "IMG_0001.jpg")).isEqualTo(1);
            assertThat(column(c, "IMG_0001.jpg", "thumbnail")).isEqualTo(zippedThumbnailAtStart.get());
            assertThat(column(c, "IMG_0003.jpg", "outcome")).as("found damaged when decoded").isEqualTo("corrupt");
            assertThat(column(c, "IMG_0003.jpg", "reason")).contains("damaged");
            assertThat(AnalysisPass.waiting(c)).isZero();
            assertThat(ingest.analysis().items()).isEqualTo(2);
            assertThat(ingest.analysis().findings()).as("the face and the two pictures' perceptual hashes")
                    .isGreaterThanOrEqualTo(2);
            assertThat(ingest.analysis().damaged()).isEqualTo(1);
        }
        String audit = CliRunner.run("audit", caseDir.toString()).out();
        assertThat(audit).contains("analysis.completed").contains("media.faces");
        // the face found in the second pass is in the search index like the first
        assertThat(new ObjectMapper().readTree(CliRunner.run("search", caseDir.toString(), "finding:face", "--json")
                .out()).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void anAnalysisCutShortIsFinishedByTheNextRunOfTheIngest() throws Exception {
        try (Case c = Case.openForWriting(caseDir)) {
            CancelSignal cancel = new CancelSignal();
            IngestListener stopAtAnalysis = new IngestListener() {
                @Override
                public void progress(IngestProgress p) {
                }

                @Override
                public void analysing(long done, long total, Duration elapsed) {
                    cancel.cancel(); // as Ctrl-C would, once every item is written
                }
            };
            new IngestService(c, IngestOptions.defaults()).onProgress(stopAtAnalysis, Duration.ofSeconds(1))
                    .cancelWith(cancel).ingest(List.of(evidence));
            assertThat(AnalysisPass.waiting(c)).isEqualTo(2);
            assertThat(faces(c, "IMG_0001.jpg")).isZero();
        }
        assertThat(CliRunner.run("audit", caseDir.toString()).out()).contains("analysis.interrupted");

        CliRunner.Result again = CliRunner.run("ingest", caseDir.toString(), evidence.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("already ingested").contains("Analysis pass: 2 items analysed");
        try (Case c = Case.openForReading(caseDir)) {
            assertThat(faces(c, "IMG_0001.jpg")).isEqualTo(1);
            assertThat(AnalysisPass.waiting(c)).isZero();
        }
    }

    private static String column(Case c, String name, String column) {
        try (Connection conn = c.database().connection();
             PreparedStatement p = conn.prepareStatement("SELECT " + column + " FROM item WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long faces(Case c, String name) {
        try (Connection conn = c.database().connection();
             PreparedStatement p = conn.prepareStatement("SELECT COUNT(*) FROM finding f JOIN item i ON i.id = f.item_id"
                     + " WHERE i.name = ? AND f.type = 'face'")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
