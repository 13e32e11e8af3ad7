package org.evidenceworkbench.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.evidenceworkbench.testing.EvidenceFactory.Exif;
import org.evidenceworkbench.testing.EvidenceFactory.SubmissionRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The media plugin's manipulation indicators and claim check over a real ingest of a submission
 * pack: the claims reach the items' metadata, XMP properties are kept by path, a wrongly claimed
 * place and time give a claim-mismatch finding and an honest claim none.
 */
class MediaDetectorsIngestTest {

    @TempDir
    Path tmp;

    private static final LocalDateTime TAKEN = LocalDateTime.of(2024, 5, 1, 10, 0, 0);

    private Path pack() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("honest.jpg", EvidenceFactory.jpegWithExifBytes(320, 240,
                Exif.of("Apple", "iPhone 13", TAKEN, 52.5219, 13.4132)));
        files.put("wrong.jpg", EvidenceFactory.jpegWithExifBytes(320, 240,
                Exif.of("Apple", "iPhone 13", TAKEN.plusSeconds(7), 52.5219, 13.4132)));
        files.put("edited.jpg", withXmp(EvidenceFactory.jpegBytes(320, 240, 5), "Adobe Photoshop 25.0 (Windows)"));
        files.put("IMG_0042.JPG", EvidenceFactory.jpegBytes(320, 240, 6));
        return EvidenceFactory.submissionPack(tmp, "pack", List.of(
                new SubmissionRow("S-1", "2024-05-02T09:00:00Z", "anon-1", "2024-05-01T10:10:00+02:00", "52.5225",
                        "13.4140", "Alexanderplatz", null, List.of("honest.jpg")),
                new SubmissionRow("S-2", "2024-05-02T09:00:00Z", "anon-2", "2024-05-01T15:00:00+02:00", "52.3906",
                        "13.0645", "Potsdam", null, List.of("wrong.jpg")),
                new SubmissionRow("S-3", "2024-05-02T09:00:00Z", "anon-3", null, null, null, null, null,
                        List.of("edited.jpg", "IMG_0042.JPG"))), files);
    }

    @Test
    void claimsAndManipulationIndicatorsAreFoundDuringTheIngest() throws IOException {
        Path pack = pack();
        DetectorCatalog catalog = DetectorCatalog.load(Files.createDirectories(tmp.resolve("no-plugins")));
        try (Case c = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(c, CaseTestSupport.options()).withDetectors(catalog, Duration.ofSeconds(60))
                    .ingest(List.of(pack));
            CaseQueries q = new CaseQueries(c);

            ItemDetail honest = q.show("honest.jpg");
            assertThat(honest.metadata()).containsKey("Submission");
            @SuppressWarnings("unchecked")
            Map<String, Object> claims = (Map<String, Object>) honest.metadata().get("Submission");
            assertThat(claims).containsEntry("Submission Ref", "S-1")
                    .containsEntry("Claimed Time", "2024-05-01T10:10:00+02:00")
                    .containsEntry("Claimed Latitude", "52.5225");
            assertThat(types(honest)).doesNotContain("claim-mismatch");

            ItemDetail wrong = q.show("wrong.jpg");
            assertThat(wrong.findings()).filteredOn(f -> f.type().equals("claim-mismatch")).singleElement()
                    .satisfies(f -> {
                        assertThat(f.detector()).isEqualTo("media.claim-mismatch");
                        assertThat(f.label()).contains("km away").contains("4 h 59 min apart");
                        assertThat(f.explanation()).contains("Submission S-2").contains("local clock readings");
                    });

            ItemDetail edited = q.show("edited.jpg");
            assertThat(edited.metadata().get("XMP")).asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .containsEntry("xmp:CreatorTool", "Adobe Photoshop 25.0 (Windows)");
            assertThat(edited.findings()).filteredOn(f -> f.type().equals("editing-software")).singleElement()
                    .satisfies(f -> assertThat(f.explanation()).contains("XMP CreatorTool 'Adobe Photoshop 25.0"));

            assertThat(types(q.show("IMG_0042.JPG"))).contains("missing-camera-metadata");
        }
    }

    @Test
    void aLaterDetectFindsTheClaimsInTheCase() throws IOException {
        Path pack = pack();
        DetectorCatalog catalog = DetectorCatalog.load(Files.createDirectories(tmp.resolve("no-plugins")));
        List<String> later = List.of("media.claim-mismatch", "media.jpeg-quantisation");
        try (Case c = CaseTestSupport.newCase(tmp.resolve("case"))) {
            new IngestService(c, CaseTestSupport.options())
                    .withDetectors(catalog.only(i -> !later.contains(i.info().id())), Duration.ofSeconds(60))
                    .ingest(List.of(pack));
            assertThat(types(new CaseQueries(c).show("wrong.jpg"))).doesNotContain("claim-mismatch");

            new RedetectService(c, catalog.only(i -> later.contains(i.info().id())), Duration.ofSeconds(60)).run();

            CaseQueries q = new CaseQueries(c);
            assertThat(types(q.show("wrong.jpg"))).contains("claim-mismatch");
            assertThat(types(q.show("honest.jpg"))).doesNotContain("claim-mismatch");
            // the bytes are read again from the pack folder for the header checks
            assertThat(types(q.show("honest.jpg"))).contains("jpeg-resaved");
        }
    }

    private static List<String> types(ItemDetail item) {
        return item.findings().stream().map(ItemDetail.FindingInfo::type).toList();
    }

    private static byte[] withXmp(byte[] jpeg, String creatorTool) throws IOException {
        String xmp = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmp:CreatorTool='"
                + creatorTool + "'/></rdf:RDF></x:xmpmeta>";
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new JpegXmpRewriter().updateXmpXml(jpeg, out, xmp);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException(e);
        }
    }
}
