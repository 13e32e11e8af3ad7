package org.evidenceworkbench.samples.crowd;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.evidenceworkbench.core.source.SubmissionManifestReader;
import org.evidenceworkbench.core.training.AnswerKey;
import org.evidenceworkbench.core.training.AnswerKey.ExpectedFinding;
import org.evidenceworkbench.core.training.AnswerKey.Item;
import org.evidenceworkbench.core.training.AnswerKey.Priority;
import org.evidenceworkbench.samples.Scenario;
import org.evidenceworkbench.samples.Size;
import org.evidenceworkbench.samples.build.CameraJpegs;
import org.evidenceworkbench.samples.build.CameraJpegs.Shot;
import org.evidenceworkbench.samples.build.EvidenceFiles;
import org.evidenceworkbench.samples.build.Videos;

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

    static final String EDITOR = "Adobe Photoshop 26.1 (Windows)";

    private static final String[][] PHONES = {{"Google", "Pixel 8"}, {"samsung", "SM-S911B"},
            {"Apple", "iPhone 14"}, {"OnePlus", "CPH2449"}, {"motorola", "moto g84 5G"}, {"Xiaomi", "2201117TG"}};
    private static final String[] DESCRIPTIONS = {"The stage just as it went", "From the cafe terrace",
            "Crowd moving back after the noise", "Taken from the bridge side", "My friend filmed too, this is mine",
            "Scaffolding on the left", "Stewards arriving", "", "Before the announcement", "From the fountain"};
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

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
        List<Submission> submissions = plan(Counts.of(size), random);
        List<Item> key = new ArrayList<>();
        for (Submission s : submissions) {
            key.addAll(s.write(files));
        }
        files.write(SubmissionManifestReader.MANIFEST_NAME, manifest(submissions));
        key.sort(java.util.Comparator.comparing(Item::priority).thenComparing(Item::path));

        AnswerKey answerKey = new AnswerKey(AnswerKey.FORMAT, name(), size.label(), seed, key);
        answerKey.write(dir.resolve("answer-key.json"));
        Files.writeString(dir.resolve("briefing.md"), CrowdBriefing.markdown(answerKey, submissions.size()));
    }

    /** The submissions in the order the pack lists them: kinds shuffled together, then numbered. */
    private static List<Submission> plan(Counts counts, Random random) {
        List<Submission> honest = new ArrayList<>();
        List<Submission> all = new ArrayList<>();
        for (int i = 0; i < counts.honest(); i++) {
            honest.add(Submission.honest(random));
        }
        all.addAll(honest);
        for (int i = 0; i < counts.clips(); i++) {
            all.add(Submission.clip(random));
        }
        // copies are of distinct honest pictures, so each near-duplicate group has one original and one copy
        List<Submission> originals = new ArrayList<>(honest);
        Collections.shuffle(originals, random);
        int next = 0;
        for (int i = 0; i < counts.exactCopies(); i++) {
            all.add(Submission.exactCopy(originals.get(next++), random));
        }
        for (int i = 0; i < counts.resizedCopies(); i++) {
            all.add(Submission.resizedCopy(originals.get(next++), random, i));
        }
        for (int i = 0; i < counts.falseClaims(); i++) {
            all.add(Submission.falseClaim(random, FalseClaim.values()[i % FalseClaim.values().length]));
        }
        all.add(Submission.editedInPhotoshop(random));
        all.add(Submission.pastedWithStaleThumbnail(random));
        Collections.shuffle(all, random);
        // a copy arrives after its original, so "the later submission of a picture" is always the copy
        for (Submission s : List.copyOf(all)) {
            if (s.original != null && all.indexOf(s) < all.indexOf(s.original)) {
                Collections.swap(all, all.indexOf(s), all.indexOf(s.original));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).number(i + 1);
        }
        return all;
    }

    private static byte[] manifest(List<Submission> submissions) throws IOException {
        StringWriter csv = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            out.printRecord("submission_id", "received_at", "submitter_ref", "claimed_time", "claimed_latitude",
                    "claimed_longitude", "claimed_place", "description", "files");
            for (Submission s : submissions) {
                out.printRecord(s.ref(), s.receivedAt, s.submitterRef, s.claimedTime, coordinate(s.claimedLatitude),
                        coordinate(s.claimedLongitude), s.claimedPlace, s.description, s.path());
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    /** How a false claim's picture differs from what its submitter says. */
    enum FalseClaim {
        /** Taken 2 to 4 km away: the submitter claims the square. */
        ELSEWHERE,
        /** Taken at the square the day before: the submitter claims the incident. */
        DAY_BEFORE,
        /** Taken at the square three hours before the incident. */
        HOURS_BEFORE
    }

    /** One planned submission: what it is, what its submitter claims, and how to write its file. */
    static final class Submission {

        enum Kind { HONEST, CLIP, EXACT_COPY, RESIZED_COPY, FALSE_CLAIM, EDITED, STALE_THUMBNAIL }

        final Kind kind;
        final long sceneSeed;
        final Shot shot;
        final Submission original;
        final FalseClaim falseClaim;
        final int copyNumber;
        String ref;
        String receivedAt;
        final String submitterRef;
        final String claimedTime;
        final double claimedLatitude;
        final double claimedLongitude;
        final String claimedPlace;
        final String description;
        private final Random random;

        private Submission(Kind kind, Random random, Shot shot, Submission original, FalseClaim falseClaim,
                           int copyNumber) {
            this.kind = kind;
            this.random = new Random(random.nextLong());
            this.sceneSeed = random.nextLong();
            this.shot = shot;
            this.original = original;
            this.falseClaim = falseClaim;
            this.copyNumber = copyNumber;
            this.submitterRef = String.format(Locale.ROOT, "P-%06x", random.nextInt(0x1000000));
            // what the submitter says: near the square, near the incident, whatever the file shows
            LocalDateTime said = INCIDENT.plusMinutes(random.nextInt(30)).withSecond(0);
            if (shot != null && falseClaim == null) {
                said = shot.takenAt().plusMinutes(random.nextInt(9) - 4).withSecond(0);
            }
            this.claimedTime = said.atOffset(BST).toString();
            this.claimedLatitude = (shot != null && falseClaim == null ? shot.latitude() : LATITUDE)
                    + (random.nextDouble() - 0.5) * 0.0008;
            this.claimedLongitude = (shot != null && falseClaim == null ? shot.longitude() : LONGITUDE)
                    + (random.nextDouble() - 0.5) * 0.0012;
            this.claimedPlace = random.nextInt(4) == 0 ? "near " + PLACE : PLACE;
            this.description = DESCRIPTIONS[random.nextInt(DESCRIPTIONS.length)];
            this.receivedAt = null;
        }

        static Submission honest(Random random) {
            return new Submission(Kind.HONEST, random, atTheSquare(random, INCIDENT), null, null, 0);
        }

        static Submission clip(Random random) {
            return new Submission(Kind.CLIP, random, null, null, null, 0);
        }

        static Submission exactCopy(Submission original, Random random) {
            return new Submission(Kind.EXACT_COPY, random, original.shot, original, null, 0);
        }

        static Submission resizedCopy(Submission original, Random random, int copyNumber) {
            return new Submission(Kind.RESIZED_COPY, random, original.shot, original, null, copyNumber);
        }

        static Submission falseClaim(Random random, FalseClaim how) {
            Shot shot = switch (how) {
                case ELSEWHERE -> {
                    Shot at = atTheSquare(random, INCIDENT);
                    double bearing = random.nextDouble() * 2 * Math.PI;
                    double km = 2 + 2 * random.nextDouble();
                    yield Shot.camera(at.make(), at.model(), at.takenAt(), at.latitude() + Math.cos(bearing) * km / 111.2,
                            at.longitude() + Math.sin(bearing) * km / 69.3);
                }
                case DAY_BEFORE -> atTheSquare(random, INCIDENT.minusDays(1));
                case HOURS_BEFORE -> atTheSquare(random, INCIDENT.minusHours(3));
            };
            return new Submission(Kind.FALSE_CLAIM, random, shot, null, how, 0);
        }

        static Submission editedInPhotoshop(Random random) {
            Shot shot = atTheSquare(random, INCIDENT);
            return new Submission(Kind.EDITED, random, shot.savedBy(EDITOR, INCIDENT.plusDays(2).plusHours(7)), null,
                    null, 0);
        }

        static Submission pastedWithStaleThumbnail(Random random) {
            return new Submission(Kind.STALE_THUMBNAIL, random, atTheSquare(random, INCIDENT), null, null, 0);
        }

        /** A phone picture within about 100 m of the square, within half an hour after {@code from}. */
        private static Shot atTheSquare(Random random, LocalDateTime from) {
            String[] phone = PHONES[random.nextInt(PHONES.length)];
            LocalDateTime taken = from.plusSeconds(random.nextInt(30 * 60));
            return Shot.camera(phone[0], phone[1], taken, LATITUDE + (random.nextDouble() - 0.5) * 0.0018,
                    LONGITUDE + (random.nextDouble() - 0.5) * 0.0028);
        }

        void number(int n) {
            ref = String.format(Locale.ROOT, "S-%04d", n);
            Instant received = INCIDENT.toInstant(BST).plusSeconds(3600 + n * 97L + random.nextInt(60));
            receivedAt = received.atOffset(ZoneOffset.UTC).toString();
        }

        String ref() {
            return ref;
        }

        /** The submitted file, relative to the pack root. */
        String path() {
            String folder = "media/" + ref + "/";
            return switch (kind) {
                case CLIP -> folder + "VID_" + FILE_TIME.format(INCIDENT.plusSeconds(sceneSeed & 0x3FF)) + ".mp4";
                case RESIZED_COPY -> folder + String.format(Locale.ROOT, "IMG-%s-WA%04d.jpg",
                        FILE_TIME.format(INCIDENT).substring(0, 8), 11 + copyNumber * 7);
                case EXACT_COPY -> folder + original.fileName();
                default -> folder + fileName();
            };
        }

        private String fileName() {
            return "IMG_" + FILE_TIME.format(shot.takenAt()) + ".jpg";
        }

        /** Writes the file; returns the answer-key item it is, if any. */
        List<Item> write(EvidenceFiles files) throws IOException {
            String path = path();
            switch (kind) {
                case CLIP -> {
                    Path target = files.resolve(path);
                    Files.createDirectories(target.getParent());
                    Videos.mp4(target, List.of(Scenes.draw(sceneSeed), Scenes.draw(sceneSeed + 1)).stream()
                            .map(p -> CameraJpegs.resized(p, 320)).toList(), 1.5);
                    files.fixTime(target);
                    return List.of();
                }
                case HONEST -> {
                    files.write(path, CameraJpegs.jpeg(Scenes.draw(sceneSeed), shot));
                    return List.of();
                }
                case EXACT_COPY -> {
                    files.write(path, CameraJpegs.jpeg(Scenes.draw(original.sceneSeed), shot));
                    return List.of(new Item(path, Priority.LOW, "An exact copy (same SHA-256) of " + original.path()
                            + ", sent by another submitter: the same picture, not a second witness.", List.of(),
                            List.of("relevant", "duplicate"), original.path()));
                }
                case RESIZED_COPY -> {
                    files.write(path, CameraJpegs.sharedCopy(Scenes.draw(original.sceneSeed), 480));
                    return List.of(new Item(path, Priority.LOW, "A resized, recompressed copy of " + original.path()
                            + " without EXIF (shared through a messaging app): the same picture, not a second witness.",
                            List.of(), List.of("relevant", "duplicate"), original.path()));
                }
                case FALSE_CLAIM -> {
                    files.write(path, CameraJpegs.jpeg(Scenes.draw(sceneSeed), shot));
                    String why = switch (falseClaim) {
                        case ELSEWHERE -> "Claimed at " + PLACE + ", but its GPS puts it kilometres away.";
                        case DAY_BEFORE -> "Claimed at the time of the incident, but its EXIF time is the day before.";
                        case HOURS_BEFORE -> "Claimed at the time of the incident, but taken three hours earlier.";
                    };
                    return List.of(new Item(path, Priority.MEDIUM, why, List.of(new ExpectedFinding("claim-mismatch",
                            null)), List.of("relevant", "claim-mismatch")));
                }
                case EDITED -> {
                    BufferedImage scene = Scenes.draw(sceneSeed);
                    BufferedImage edited = Scenes.pasted(scene, Scenes.draw(sceneSeed + 1), 260, 180, 240, 200);
                    files.write(path, CameraJpegs.jpeg(edited, shot));
                    return List.of(new Item(path, Priority.HIGH, "Saved by Photoshop two days after it was taken,"
                            + " with a region pasted in from another picture: not the camera's original.",
                            List.of(new ExpectedFinding("editing-software", null),
                                    new ExpectedFinding("time-disagreement", null),
                                    new ExpectedFinding("jpeg-resaved", null)),
                            List.of("relevant", "manipulated")));
                }
                case STALE_THUMBNAIL -> {
                    BufferedImage scene = Scenes.draw(sceneSeed);
                    BufferedImage edited = Scenes.pasted(scene, Scenes.draw(sceneSeed + 1), 0, 0, Scenes.WIDTH,
                            Scenes.HEIGHT * 3 / 5);
                    files.write(path, CameraJpegs.jpeg(edited, shot.withThumbnailOf(scene)));
                    return List.of(new Item(path, Priority.HIGH, "Its EXIF thumbnail shows a different picture:"
                            + " edited by software that kept the camera's EXIF, so it looks like an original.",
                            List.of(new ExpectedFinding("thumbnail-mismatch", null)),
                            List.of("relevant", "manipulated")));
                }
                default -> throw new IllegalStateException("unplanned kind " + kind);
            }
        }
    }
}
