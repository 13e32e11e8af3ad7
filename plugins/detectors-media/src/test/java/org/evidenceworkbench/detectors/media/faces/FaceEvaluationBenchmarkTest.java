package org.evidenceworkbench.detectors.media.faces;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidenceworkbench.detector.Location.Region;
import org.evidenceworkbench.detectors.media.faces.TestPictures.PictureItem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the face detector on the labelled set in {@code labels.json}: pictures
 * from the Debian packages opencv-doc and python3-skimage and the PDQ reference pictures, read
 * where they are installed. A detection matches a labelled face at IoU ≥ 0.5, each face at most
 * once. Behind the bench profile because it needs those packages; the figures go to docs/plugins.md.
 */
@Tag("benchmark")
class FaceEvaluationBenchmarkTest {

    private static final double MATCH_IOU = 0.5;
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};

    private record Labelled(String picture, List<Region> faces, List<DetectedFace> found) {
    }

    @Test
    void precisionAndRecallOnTheLabelledSet() throws Exception {
        List<Labelled> set = detectAll(new FaceDetector(THRESHOLDS[0]));
        int faces = set.stream().mapToInt(l -> l.faces().size()).sum();
        long faceFree = set.stream().filter(l -> l.faces().isEmpty()).count();
        System.out.printf("Face detection on %d pictures (%d faces; %d pictures without faces), match at IoU >= %.1f%n",
                set.size(), faces, faceFree, MATCH_IOU);
        System.out.println("| min score | found | true | false | missed | precision | recall |");
        System.out.println("|---|---|---|---|---|---|---|");
        double precisionAtDefault = -1;
        double recallAtDefault = -1;
        for (double threshold : THRESHOLDS) {
            int truePositives = 0;
            int found = 0;
            List<String> falsePositives = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (Labelled l : set) {
                List<DetectedFace> kept = l.found().stream().filter(f -> f.score() >= threshold).toList();
                found += kept.size();
                int matched = matches(l.faces(), kept);
                truePositives += matched;
                for (int i = matched; i < kept.size(); i++) {
                    falsePositives.add(l.picture());
                }
                for (int i = matched; i < l.faces().size(); i++) {
                    missed.add(l.picture());
                }
            }
            double precision = found == 0 ? 1 : (double) truePositives / found;
            double recall = (double) truePositives / faces;
            System.out.printf("| %.1f | %d | %d | %d | %d | %.2f | %.2f |   false in %s, missed in %s%n", threshold,
                    found, truePositives, falsePositives.size(), missed.size(), precision, recall, falsePositives, missed);
            if (threshold == FaceDetector.MIN_SCORE) {
                precisionAtDefault = precision;
                recallAtDefault = recall;
            }
        }
        // the figures published in docs/plugins.md; a change of model or decoding that worsens them fails here
        assertThat(precisionAtDefault).isGreaterThanOrEqualTo(1.0);
        assertThat(recallAtDefault).isGreaterThanOrEqualTo(7.0 / 8);
    }

    /** Greedy matching, best detection first: how many labelled faces are found. */
    private static int matches(List<Region> faces, List<DetectedFace> found) {
        List<Region> open = new ArrayList<>(faces);
        int matched = 0;
        for (DetectedFace f : found) {
            Region best = null;
            double bestIou = MATCH_IOU;
            for (Region face : open) {
                double iou = TestPictures.iou(face, f.box());
                if (iou >= bestIou) {
                    best = face;
                    bestIou = iou;
                }
            }
            if (best != null) {
                open.remove(best);
                matched++;
            }
        }
        return matched;
    }

    private static List<Labelled> detectAll(FaceDetector detector) throws Exception {
        JsonNode labels;
        try (InputStream in = FaceEvaluationBenchmarkTest.class.getResourceAsStream("labels.json")) {
            labels = new ObjectMapper().readTree(in);
        }
        Map<String, Path> roots = Map.of(
                "opencv-doc", Paths.get("/usr/share/doc/opencv-doc/examples/data"),
                "skimage", Paths.get("/usr/lib/python3/dist-packages/skimage/data"),
                "pdq-reference", pdqReferencePictures());
        List<Labelled> set = new ArrayList<>();
        for (JsonNode picture : labels.get("pictures")) {
            String name = picture.get("picture").asText();
            String[] sourceAndFile = name.split(":", 2);
            Path file = roots.get(sourceAndFile[0]).resolve(sourceAndFile[1]);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: install the Debian packages opencv-doc and"
                        + " python3-skimage (and have shared/reference/pdq beside the clone)");
            }
            List<Region> faces = new ArrayList<>();
            for (JsonNode box : picture.get("faces")) {
                faces.add(new Region(box.get(0).asInt(), box.get(1).asInt(), box.get(2).asInt(), box.get(3).asInt()));
            }
            List<DetectedFace> found = detector.find(new PictureItem(name, Files.readAllBytes(file)));
            set.add(new Labelled(name, faces, found));
        }
        return set;
    }

    private static Path pdqReferencePictures() throws IOException {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("reference").resolve("pdq").resolve("images");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no shared/reference/pdq/images above " + Paths.get("").toAbsolutePath());
    }
}
