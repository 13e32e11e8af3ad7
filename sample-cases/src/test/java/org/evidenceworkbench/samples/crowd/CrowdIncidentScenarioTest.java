package org.evidenceworkbench.samples.crowd;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.evidenceworkbench.core.source.Submission;
import org.evidenceworkbench.core.source.SubmissionPackReader;
import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.detectors.media.PdqHash;
import org.evidenceworkbench.detectors.media.PdqHasher;
import org.evidenceworkbench.samples.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crowdsourced incident is the same bytes for the same seed (clips included), is a submission
 * pack the ingest reads without problems, and its pictures are PDQ-distinct except for the copies
 * the key names.
 */
class CrowdIncidentScenarioTest {

    private static final PdqHasher PDQ = new PdqHasher();

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
        new CrowdIncidentScenario().generate(tmp.resolve("a"), Size.SMALL, 7);
        new CrowdIncidentScenario().generate(tmp.resolve("b"), Size.SMALL, 7);
        new CrowdIncidentScenario().generate(tmp.resolve("c"), Size.SMALL, 8);

        Map<String, String> a = hashes(tmp.resolve("a"));
        assertThat(a).containsKeys("answer-key.json", "briefing.md", "evidence/submissions.csv");
        assertThat(a.keySet()).filteredOn(p -> p.endsWith(".mp4")).hasSize(2);
        assertThat(hashes(tmp.resolve("b"))).isEqualTo(a);
        Map<String, String> c = hashes(tmp.resolve("c"));
        assertThat(c.get("evidence/submissions.csv")).isNotEqualTo(a.get("evidence/submissions.csv"));
        assertThat(c.get("answer-key.json")).isNotEqualTo(a.get("answer-key.json"));
        assertThat(Files.getLastModifiedTime(tmp.resolve("a/evidence/submissions.csv")).toInstant())
                .isEqualTo(CrowdIncidentScenario.CREATED);
    }

    @Test
    void theEvidenceIsASubmissionPackListingEveryFileOnce() throws Exception {
        new CrowdIncidentScenario().generate(tmp, Size.SMALL, 1);
        Path pack = tmp.resolve("evidence");
        List<Submission> submissions = new SubmissionPackReader().read(pack);

        assertThat(submissions).hasSize(CrowdIncidentScenario.Counts.of(Size.SMALL).total()).hasSizeBetween(30, 40);
        assertThat(submissions).allSatisfy(s -> {
            assertThat(s.problems()).as(s.ref()).isEmpty();
            assertThat(s.claimedTime()).isNotNull();
            assertThat(s.claimedLatitude()).isNotNull();
        });
        Set<String> listed = submissions.stream().flatMap(s -> s.files().stream()).collect(Collectors.toSet());
        assertThat(listed).isEqualTo(mediaFiles(pack));
    }

    @Test
    void keyNamesTheTwoManipulatedPicturesTheFalseClaimsAndTheCopies() throws Exception {
        new CrowdIncidentScenario().generate(tmp, Size.SMALL, 1);
        AnswerKey key = AnswerKey.read(tmp.resolve("answer-key.json"));
        assertThat(key.scenario()).isEqualTo("crowd-incident");
        for (AnswerKey.Item item : key.items()) {
            assertThat(tmp.resolve("evidence").resolve(item.path())).as(item.path()).isRegularFile();
            assertThat(item.tags()).contains("relevant");
        }
        assertThat(key.items()).filteredOn(i -> i.tags().contains("manipulated")).hasSize(2)
                .allSatisfy(i -> assertThat(i.priority()).isEqualTo(AnswerKey.Priority.HIGH))
                .allSatisfy(i -> assertThat(i.findings()).isNotEmpty());
        assertThat(key.items()).filteredOn(i -> i.tags().contains("claim-mismatch")).hasSize(3)
                .allSatisfy(i -> assertThat(i.findings()).containsExactly(
                        new AnswerKey.ExpectedFinding("claim-mismatch", null)));
        List<AnswerKey.Item> copies = key.items().stream().filter(i -> i.tags().contains("duplicate")).toList();
        assertThat(copies).hasSize(5).allSatisfy(i -> {
            assertThat(i.duplicateOf()).isNotNull().isNotEqualTo(i.path());
            assertThat(tmp.resolve("evidence").resolve(i.duplicateOf())).isRegularFile();
            // media/S-nnnn/...: the copy is the later submission
            assertThat(i.path().substring(0, 12)).isGreaterThan(i.duplicateOf().substring(0, 12));
        });
        assertThat(key.items()).filteredOn(i -> i.duplicateOf() != null).hasSize(copies.size());
        assertThat(Files.readString(tmp.resolve("briefing.md"))).contains("## For the trainee")
                .contains("`" + copies.get(0).path() + "`");
    }

    /** The promise the near-duplicate grouping relies on: copies within 31 bits, everything else far apart. */
    @Test
    void fullSizeHas300SubmissionsWhosePicturesArePdqDistinctExceptTheCopies() throws Exception {
        new CrowdIncidentScenario().generate(tmp, Size.FULL, 5);
        Path pack = tmp.resolve("evidence");
        assertThat(new SubmissionPackReader().read(pack)).hasSizeGreaterThanOrEqualTo(300);
        AnswerKey key = AnswerKey.read(tmp.resolve("answer-key.json"));
        Map<String, String> copyOf = new TreeMap<>();
        key.items().stream().filter(i -> i.duplicateOf() != null).forEach(i -> copyOf.put(i.path(), i.duplicateOf()));
        assertThat(copyOf).hasSize(25);

        Map<String, PdqHash> hashes = new TreeMap<>();
        for (String picture : mediaFiles(pack)) {
            if (picture.endsWith(".jpg")) {
                BufferedImage image = ImageIO.read(pack.resolve(picture).toFile());
                hashes.put(picture, PDQ.hash(image));
            }
        }
        List<String> paths = new ArrayList<>(hashes.keySet());
        Set<Set<String>> close = new HashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                if (hashes.get(paths.get(i)).distance(hashes.get(paths.get(j))) <= PdqHash.MATCH_DISTANCE) {
                    close.add(Set.of(paths.get(i), paths.get(j)));
                }
            }
        }
        Set<Set<String>> expected = copyOf.entrySet().stream().map(e -> Set.of(e.getKey(), e.getValue()))
                .collect(Collectors.toSet());
        assertThat(close).isEqualTo(expected);
    }

    private static Set<String> mediaFiles(Path pack) throws IOException {
        try (Stream<Path> files = Files.walk(pack.resolve("media"))) {
            return files.filter(Files::isRegularFile).map(f -> pack.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
