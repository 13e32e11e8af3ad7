package org.evidenceworkbench.samples.crowd;

import static org.evidenceworkbench.samples.crowd.CrowdIncidentScenario.BST;
import static org.evidenceworkbench.samples.crowd.CrowdIncidentScenario.INCIDENT;
import static org.evidenceworkbench.samples.crowd.CrowdIncidentScenario.LATITUDE;
import static org.evidenceworkbench.samples.crowd.CrowdIncidentScenario.LONGITUDE;
import static org.evidenceworkbench.samples.crowd.CrowdIncidentScenario.PLACE;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.evidenceworkbench.core.training.AnswerKey.ExpectedFinding;
import org.evidenceworkbench.core.training.AnswerKey.Item;
import org.evidenceworkbench.core.training.AnswerKey.Priority;
import org.evidenceworkbench.samples.build.CameraJpegs;
import org.evidenceworkbench.samples.build.CameraJpegs.Shot;
import org.evidenceworkbench.samples.build.EvidenceFiles;
import org.evidenceworkbench.samples.build.Videos;

/** One planned submission: what it is, what its submitter claims, and how to write its file. */
final class PlannedSubmission {

    /** What the edited picture's EXIF Software names. */
    static final String EDITOR = "Adobe Photoshop 26.1 (Windows)";

    private static final String[][] PHONES = {{"Google", "Pixel 8"}, {"samsung", "SM-S911B"},
            {"Apple", "iPhone 14"}, {"OnePlus", "CPH2449"}, {"motorola", "moto g84 5G"}, {"Xiaomi", "2201117TG"}};
    private static final String[] DESCRIPTIONS = {"The stage just as it went", "From the cafe terrace",
            "Crowd moving back after the noise", "Taken from the bridge side", "My friend filmed too, this is mine",
            "Scaffolding on the left", "Stewards arriving", "", "Before the announcement", "From the fountain"};
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    enum Kind { HONEST, CLIP, EXACT_COPY, RESIZED_COPY, FALSE_CLAIM, EDITED, STALE_THUMBNAIL }

    final Kind kind;
    final long sceneSeed;
    final Shot shot;
    final PlannedSubmission original;
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

    private PlannedSubmission(Kind kind, Random random, Shot shot, PlannedSubmission original,
                              FalseClaim falseClaim, int copyNumber) {
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
    }

    static PlannedSubmission honest(Random random) {
        return new PlannedSubmission(Kind.HONEST, random, atTheSquare(random, INCIDENT), null, null, 0);
    }

    static PlannedSubmission clip(Random random) {
        return new PlannedSubmission(Kind.CLIP, random, null, null, null, 0);
    }

    static PlannedSubmission exactCopy(PlannedSubmission original, Random random) {
        return new PlannedSubmission(Kind.EXACT_COPY, random, original.shot, original, null, 0);
    }

    static PlannedSubmission resizedCopy(PlannedSubmission original, Random random, int copyNumber) {
        return new PlannedSubmission(Kind.RESIZED_COPY, random, original.shot, original, null, copyNumber);
    }

    static PlannedSubmission falseClaim(Random random, FalseClaim how) {
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
        return new PlannedSubmission(Kind.FALSE_CLAIM, random, shot, null, how, 0);
    }

    static PlannedSubmission editedInPhotoshop(Random random) {
        Shot shot = atTheSquare(random, INCIDENT);
        return new PlannedSubmission(Kind.EDITED, random, shot.savedBy(EDITOR, INCIDENT.plusDays(2).plusHours(7)),
                null, null, 0);
    }

    static PlannedSubmission pastedWithStaleThumbnail(Random random) {
        return new PlannedSubmission(Kind.STALE_THUMBNAIL, random, atTheSquare(random, INCIDENT), null, null, 0);
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
