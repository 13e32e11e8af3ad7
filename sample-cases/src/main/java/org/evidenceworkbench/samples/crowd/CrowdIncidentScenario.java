package org.evidenceworkbench.samples.crowd;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evidenceworkbench.core.source.SubmissionManifestReader;
import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.core.training.AnswerKey.Item;
import org.evidenceworkbench.samples.Scenario;
import org.evidenceworkbench.samples.Size;
import org.evidenceworkbench.samples.build.EvidenceFiles;

/**
 * Crowdsourced incident: a police appeal's submission pack of photos and short clips from the
 * public around one place and time (an invented stage collapse at an invented street festival).
 * Among the honest submissions are forwarded exact copies and resized messaging-app copies of
 * other people's pictures, submissions whose claimed place or time the picture's own EXIF
 * contradicts, and two manipulated pictures. The evidence folder is the pack itself:
 * {@code submissions.csv} at its root, each submission's files under {@code media/S-nnnn/}.
 */
public final class CrowdIncidentScenario implements Scenario {

    /** Every file's modification time, so generations differ only by seed. */
    static final Instant CREATED = Instant.parse("2025-06-16T08:00:00Z");
    /** The incident, as local (BST) clock time: cameras record local time without an offset. */
    static final LocalDateTime INCIDENT = LocalDateTime.of(2025, 6, 14, 14, 10);
    static final ZoneOffset BST = ZoneOffset.ofHours(1);
    static final String PLACE = "Quayside Square";
    static final double LATITUDE = 51.45290;
    static final double LONGITUDE = -2.59310;

    @Override
    public String name() {
        return "crowd-incident";
    }

    @Override
    public String description() {
        return "A public appeal's submission pack: 300+ photos and clips of one incident, with copies, false claims"
                + " and two edited pictures.";
    }

    /** How many submissions of each kind a size has; the key items are the same kinds at every size. */
    record Counts(int honest, int clips, int exactCopies, int resizedCopies, int falseClaims) {
        static Counts of(Size size) {
            return size == Size.FULL ? new Counts(270, 8, 10, 15, 12) : new Counts(24, 2, 2, 3, 3);
        }

        int total() {
            return honest + clips + exactCopies + resizedCopies + falseClaims + 2;
        }
    }

    @Override
    public void generate(Path dir, Size size, long seed) throws IOException {
        Random random = new Random(seed);
        EvidenceFiles files = new EvidenceFiles(Files.createDirectories(dir.resolve("evidence")), CREATED);
        List<PlannedSubmission> submissions = plan(Counts.of(size), random);
        List<Item> key = new ArrayList<>();
        for (PlannedSubmission s : submissions) {
            key.addAll(s.write(files));
        }
        files.write(SubmissionManifestReader.MANIFEST_NAME, manifest(submissions));
        key.sort(Comparator.comparing(Item::priority).thenComparing(Item::path));

        AnswerKey answerKey = new AnswerKey(AnswerKey.FORMAT, name(), size.label(), seed, key);
        answerKey.write(dir.resolve("answer-key.json"));
        Files.writeString(dir.resolve("briefing.md"), CrowdBriefing.markdown(answerKey, submissions.size()));
    }

    /** The submissions in the order the pack lists them: kinds shuffled together, then numbered. */
    private static List<PlannedSubmission> plan(Counts counts, Random random) {
        List<PlannedSubmission> honest = new ArrayList<>();
        List<PlannedSubmission> all = new ArrayList<>();
        for (int i = 0; i < counts.honest(); i++) {
            honest.add(PlannedSubmission.honest(random));
        }
        all.addAll(honest);
        for (int i = 0; i < counts.clips(); i++) {
            all.add(PlannedSubmission.clip(random));
        }
        // copies are of distinct honest pictures, so each near-duplicate group has one original and one copy
        List<PlannedSubmission> originals = new ArrayList<>(honest);
        Collections.shuffle(originals, random);
        int next = 0;
        for (int i = 0; i < counts.exactCopies(); i++) {
            all.add(PlannedSubmission.exactCopy(originals.get(next++), random));
        }
        for (int i = 0; i < counts.resizedCopies(); i++) {
            all.add(PlannedSubmission.resizedCopy(originals.get(next++), random, i));
        }
        for (int i = 0; i < counts.falseClaims(); i++) {
            all.add(PlannedSubmission.falseClaim(random, FalseClaim.values()[i % FalseClaim.values().length]));
        }
        all.add(PlannedSubmission.editedInPhotoshop(random));
        all.add(PlannedSubmission.pastedWithStaleThumbnail(random));
        Collections.shuffle(all, random);
        // a copy arrives after its original, so "the later submission of a picture" is always the copy
        for (PlannedSubmission s : List.copyOf(all)) {
            if (s.original != null && all.indexOf(s) < all.indexOf(s.original)) {
                Collections.swap(all, all.indexOf(s), all.indexOf(s.original));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number(i + 1);
        }
        return all;
    }

    private static byte[] manifest(List<PlannedSubmission> submissions) throws IOException {
        StringWriter csv = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            out.printRecord("submission_id", "received_at", "submitter_ref", "claimed_time", "claimed_latitude",
                    "claimed_longitude", "claimed_place", "description", "files");
            for (PlannedSubmission s : submissions) {
                out.printRecord(s.ref(), s.receivedAt, s.submitterRef, s.claimedTime, coordinate(s.claimedLatitude),
                        coordinate(s.claimedLongitude), s.claimedPlace, s.description, s.path());
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }
}
