package org.evidenceworkbench.detectors.media.faces;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bytedeco.opencv.opencv_core.Mat;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorCost;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.FindingSink;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.Location.Region;
import org.evidenceworkbench.detector.ScaledPicture;
import org.evidenceworkbench.detector.Severity;
import org.evidenceworkbench.detectors.media.faces.WeightedSuppression.Box;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds human faces in pictures (detection only: it says where a face is, never whose it is), one
 * {@code face} finding per face with its box and the model's score. Every label carries the count
 * ("face 2 of 3"), so a list of findings shows at a glance how many people a picture holds, with no
 * extra summary finding to skew counts of faces.
 *
 * <p>Pictures are searched as they are meant to be seen: the host decodes them upright (EXIF
 * orientation applied), at a reduced size where the picture is large, and boxes are given in the
 * pixels of the full-size upright picture, as the SPI's regions are.
 *
 * <p>The model is MediaPipe's full-range BlazeFace (Apache-2.0), shipped in this jar; OpenCV's
 * natives are loaded on the first picture. If they cannot load, every picture fails with the
 * same clear message and the ingest goes on.
 */
public final class FaceDetector implements Detector {

    static final String TYPE = "face";

    /** Faces scoring below this are not reported; chosen on the labelled set (docs/plugins.md). */
    public static final double MIN_SCORE = 0.7;

    /** Boxes smaller than this, in full-size pixels, are too small to be useful to a person. */
    static final int MIN_FACE_SIDE = 8;

    /**
     * The model's looks never need more than this along the long side (tiles of a quarter of it
     * are still larger than the model's 192 pixels), so big pictures are decoded reduced.
     */
    static final int WORKING_LONG_SIDE = 1536;

    /** The same for a 4:3 picture's shorter side, as the host's decoder is asked. */
    static final int WORKING_SHORT_SIDE = WORKING_LONG_SIDE * 3 / 4;

    private static final Logger LOG = LoggerFactory.getLogger(FaceDetector.class);

    private static final DetectorInfo INFO = new DetectorInfo("media.faces", "1",
            "Human faces in pictures and video keyframes (where they are, not whose they are).",
            Set.of(ItemCategory.PICTURE), DetectorCost.HEAVY); // a network run over the whole picture and tiles of it

    private final double minScore;
    private BlazeFace model;
    private String loadFailure;

    /** The detector as the host makes it, reporting faces scoring {@value #MIN_SCORE} or more. */
    public FaceDetector() {
        this(MIN_SCORE);
    }

    /** For evaluation at other thresholds. */
    FaceDetector(double minScore) {
        this.minScore = minScore;
    }

    @Override
    public DetectorInfo info() {
        return INFO;
    }

    @Override
    public void detect(ItemView item, FindingSink findings) throws Exception {
        List<DetectedFace> faces = find(item);
        for (int i = 0; i < faces.size(); i++) {
            findings.report(finding(faces.get(i), i + 1, faces.size()));
        }
    }

    /** The faces in a picture item, best first; empty if the item cannot be decoded as a picture. */
    public List<DetectedFace> find(ItemView item) throws Exception {
        BlazeFace net = model();
        // upright, as it is meant to be seen (the model wants faces roughly upright), and decoded
        // by the host at no more than the model's looks need
        Optional<ScaledPicture> decoded = item.picture(WORKING_SHORT_SIDE);
        if (decoded.isEmpty()) {
            return List.of();
        }
        ScaledPicture picture = decoded.get();
        int width = picture.fullWidth();
        int height = picture.fullHeight();
        List<Box> boxes;
        double scaleX;
        double scaleY;
        try (Mat bgr = OpenCvPicture.toBgr(picture.image(), 2 * WORKING_LONG_SIDE)) {
            boxes = net.find(bgr);
            scaleX = (double) width / bgr.cols();
            scaleY = (double) height / bgr.rows();
        }
        List<DetectedFace> faces = new ArrayList<>();
        for (Box box : boxes) {
            Region region = inFullSizePixels(box, scaleX, scaleY, width, height);
            if (region.width() >= MIN_FACE_SIDE && region.height() >= MIN_FACE_SIDE) {
                faces.add(new DetectedFace(region, box.score()));
            }
        }
        LOG.debug("{} face(s) in item {}", faces.size(), item.id());
        return faces;
    }

    /** A box of the decoded picture in the full-size upright picture's pixels, clipped to it (a face at an edge can overhang it). */
    private static Region inFullSizePixels(Box box, double scaleX, double scaleY, int width, int height) {
        int left = clamp((int) Math.round(box.x() * scaleX), width);
        int top = clamp((int) Math.round(box.y() * scaleY), height);
        int right = clamp((int) Math.round((box.x() + box.width()) * scaleX), width);
        int bottom = clamp((int) Math.round((box.y() + box.height()) * scaleY), height);
        return new Region(left, top, right - left, bottom - top);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }

    private BlazeFace model() {
        if (model != null) {
            return model;
        }
        if (loadFailure != null) {
            throw new IllegalStateException(loadFailure);
        }
        try {
            model = new BlazeFace(minScore);
            return model;
        } catch (LinkageError | RuntimeException e) {
            // UnsatisfiedLinkError or NoClassDefFoundError when OpenCV's natives do not load here
            loadFailure = "face detection is unavailable: OpenCV could not load its face model or its natives ("
                    + e + ")";
            LOG.error(loadFailure, e);
            throw new IllegalStateException(loadFailure, e);
        }
    }

    static Finding finding(DetectedFace face, int number, int count) {
        Region r = face.box();
        String percent = String.format(Locale.ROOT, "%.0f%%", face.score() * 100);
        // the box is the finding's location, which lists show beside the label
        String label = "face " + number + " of " + count + " (" + percent + ")";
        String explanation = "A human face, scored " + percent + " by MediaPipe's full-range BlazeFace face"
                + " detector, in the box " + r.width() + "×" + r.height() + " pixels at (" + r.x() + ", " + r.y()
                + ") of the picture as shown upright. The picture holds " + count + (count == 1 ? " face" : " faces")
                + " the detector is sure of. Detection only: nothing is said about whose face it is;"
                + " small, turned-away or covered faces can be missed, and a face-like pattern can be"
                + " mistaken for a face, so check by eye.";
        return new Finding(TYPE, label, explanation, Location.inPicture(r), face.score(), Severity.INFO, null);
    }
}
