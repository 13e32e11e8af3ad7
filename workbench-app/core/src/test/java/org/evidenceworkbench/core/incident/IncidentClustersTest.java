package org.evidenceworkbench.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.CaseTestSupport;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.evidenceworkbench.testing.EvidenceFactory.Exif;
import org.evidenceworkbench.testing.EvidenceFactory.SubmissionRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack of sixteen submissions from one afternoon: five pictures at Alexanderplatz within two
 * minutes, four more there two hours later, four from the Eiffel Tower known only by their claims,
 * two strays, and one that says nothing of when. DBSCAN finds the three incidents and the strays.
 */
class IncidentClustersTest {

    @TempDir
    static Path tmp;

    private final List<SubmissionRow> rows = new ArrayList<>();
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private int n;

    private Case theCase;

    /** A phone picture with EXIF time (local, no offset) and GPS, claimed in +02:00. */
    private void exifPicture(LocalDateTime local, double lat, double lon) throws IOException {
        String name = "media/exif-" + (++n) + ".jpg";
        files.put(name, EvidenceFactory.jpegWithExifBytes(64, 48, Exif.of("Apple", "iPhone 13", local, lat, lon)));
        rows.add(new SubmissionRow("S-" + n, "2024-05-02T09:00:00Z", "anon-" + n, local + "+02:00",
                String.valueOf(lat), String.valueOf(lon), null, null, List.of(name)));
    }

    /** A picture without EXIF (a messaging app stripped it): only the claim places it. */
    private void claimedPicture(String claimedTime, Double lat, Double lon) throws IOException {
        String name = "media/claim-" + (++n) + ".jpg";
        files.put(name, EvidenceFactory.jpegBytes(64, 48, n));
        rows.add(new SubmissionRow("S-" + n, "2024-05-02T09:00:00Z", "anon-" + n, claimedTime,
                lat == null ? null : String.valueOf(lat), lon == null ? null : String.valueOf(lon), null, null,
                List.of(name)));
    }

    @BeforeEach
    void ingestThePack() throws IOException {
        LocalDateTime ten = LocalDateTime.of(2024, 5, 1, 10, 0, 0);
        for (int i = 0; i < 5; i++) { // Alexanderplatz, 10:00 to 10:02, within about 40 m
            exifPicture(ten.plusSeconds(30L * i), 52.5219 + 0.0001 * i, 13.4132 - 0.0001 * i);
        }
        for (int i = 0; i < 4; i++) { // the same corner two hours later
            exifPicture(ten.plusHours(2).plusSeconds(45L * i), 52.5220 - 0.0001 * i, 13.4131);
        }
        for (int i = 0; i < 4; i++) { // Eiffel Tower, by claims only
            claimedPicture("2024-05-01T10:0" + (1 + i) + ":00+02:00", 48.8584 + 0.0002 * i, 2.2945);
        }
        exifPicture(ten.plusMinutes(30), 52.5219, 13.4132); // Alexanderplatz, but alone at 10:30
        exifPicture(ten.plusMinutes(1), 53.5511, 9.9937); // Hamburg, at the time of the first incident
        claimedPicture(null, 52.5219, 13.4132); // no time anywhere
        Path pack = EvidenceFactory.submissionPack(tmp, "pack-" + System.nanoTime(), rows, files);
        theCase = CaseTestSupport.newCase(tmp.resolve("case-" + System.nanoTime()));
        new IngestService(theCase, CaseTestSupport.options()).ingest(List.of(pack));
    }

    @Test
    void threeIncidentsAndTheStraysAreFound() {
        try (Case c = theCase) {
            IncidentReport report = new IncidentClusters(c).cluster(150, 5, 3);

            assertThat(report.incidents()).extracting(i -> i.members().size()).containsExactly(5, 4, 4);
            Incident first = report.incidents().get(0);
            assertThat(first.start()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
            assertThat(first.end()).isEqualTo(Instant.parse("2024-05-01T08:02:00Z"));
            assertThat(first.centreLatitude()).isCloseTo(52.5221, org.assertj.core.data.Offset.offset(0.0001));
            assertThat(first.radiusMetres()).isBetween(10.0, 60.0);
            assertThat(first.members()).allSatisfy(m -> {
                assertThat(m.timeSource()).isEqualTo("exif-local");
                assertThat(m.placeSource()).isEqualTo("exif");
            });
            assertThat(first.members()).extracting(MediaPoint::submissionRef)
                    .containsExactly("S-1", "S-2", "S-3", "S-4", "S-5");

            Incident paris = report.incidents().get(1);
            assertThat(paris.members()).allSatisfy(m -> {
                assertThat(m.timeSource()).isEqualTo("claim");
                assertThat(m.placeSource()).isEqualTo("claim");
            });
            assertThat(paris.centreLongitude()).isCloseTo(2.2945, org.assertj.core.data.Offset.offset(0.0001));

            Incident later = report.incidents().get(2);
            assertThat(later.start()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));

            assertThat(report.noise()).extracting(MediaPoint::submissionRef).containsExactly("S-15", "S-14");
            assertThat(report.unplaced()).singleElement().satisfies(m -> {
                assertThat(m.submissionRef()).isEqualTo("S-16");
                assertThat(m.time()).isNull();
            });
        }
    }

    @Test
    void widerNeighbourhoodsJoinWhatNarrowOnesKeepApart() {
        try (Case c = theCase) {
            // three hours wide: the two Alexanderplatz incidents and the stray at 10:30 become one
            IncidentReport report = new IncidentClusters(c).cluster(150, 180, 3);

            assertThat(report.incidents()).extracting(i -> i.members().size()).containsExactlyInAnyOrder(10, 4);
            assertThat(report.noise()).extracting(MediaPoint::submissionRef).containsExactly("S-15");
        }
    }

    @Test
    void aNeighbourhoodOfNothingIsRefusedPlainly() {
        try (Case c = theCase) {
            assertThatThrownBy(() -> new IncidentClusters(c).cluster(0, 5, 3))
                    .isInstanceOf(WorkbenchException.class).hasMessageContaining("--eps-metres 0.0");
        }
    }
}
