package org.evidenceworkbench.detectors.media.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.evidenceworkbench.detectors.media.faces.BlazeFaceDecoder.Candidate;
import org.evidenceworkbench.detectors.media.faces.WeightedSuppression.Box;

/**
 * MediaPipe's full-range BlazeFace model run by OpenCV's DNN module: finds faces in a BGR picture.
 * One instance holds one network and is not thread-safe (OpenCV's {@code Net} keeps per-run state).
 *
 * <p>The model sees 192×192 pixels and learnt faces seen from a distance. So it looks at the whole
 * picture; at the whole picture shown at half size, for a face that fills the picture; and, since
 * a face smaller than about a twentieth of the long side is lost when the whole picture is squeezed
 * to 192 pixels, at overlapping tiles of half and a quarter of the long side, where faces of about
 * a fortieth of the long side are found. What all the looks found is merged.
 */
final class BlazeFace implements AutoCloseable {

    /** The model, put into the classes by the build from the npm package {@code @mediapipe/face_detection}. */
    static final String MODEL_RESOURCE = "face_detection_full_range.tflite";

    /** Candidates below this score are not even considered for merging. */
    private static final double CANDIDATE_SCORE = 0.4;

    /** MediaPipe's suppression threshold for BlazeFace. */
    private static final double SAME_FACE_OVERLAP = 0.3;

    /**
     * Pictures (and tiles) whose long side is at least this are also searched in tiles of half that
     * side, so tiles are never enlarged for the model.
     */
    static final int TILING_FROM_SIDE = 2 * BlazeFaceDecoder.INPUT_SIDE;

    /** Halvings of the tile side: 2 finds faces down to about a fortieth of the long side, in at most ~36 looks. */
    static final int TILE_LEVELS = 2;

    /** How much smaller the whole picture is shown in the look for faces that fill it. */
    static final double ZOOM_OUT = 2;

    /** The zoomed-out look reports only faces at least this fraction of the picture's long side wide. */
    static final double FILLING_FACE = 0.4;

    /**
     * OpenCV's model importer is not safe to run on two threads at once (two ingest workers
     * loading their own copy crashed the JVM in a std::map insert): one load at a time.
     */
    private static final Object LOADING = new Object();

    private final Net net;
    private final StringVector outputNames;
    private final double minScore;

    /**
     * @param minScore faces scoring below this are not reported
     */
    BlazeFace(double minScore) {
        this.minScore = minScore;
        byte[] model = readModel();
        synchronized (LOADING) {
            BytePointer buffer = new BytePointer(model);
            try {
                this.net = opencv_dnn.readNetFromTFLite(buffer, model.length);
            } finally {
                buffer.close();
            }
            this.outputNames = net.getUnconnectedOutLayersNames();
        }
    }

    private static byte[] readModel() {
        try (InputStream in = BlazeFace.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the face model " + MODEL_RESOURCE + " is missing from the"
                        + " detectors-media jar; the build puts it there from the npm package @mediapipe/face_detection");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the face model " + MODEL_RESOURCE, e);
        }
    }

    /**
     * Finds faces in {@code bgr}, an 8-bit three-channel picture. One call at a time on this net:
     * a call the host abandoned after its time limit may still run when the next item's call
     * starts, and a Net is not safe to use from two threads.
     *
     * @return faces in {@code bgr}'s pixel coordinates, best first
     */
    synchronized List<Box> find(Mat bgr) {
        if (bgr.type() != CV_8UC3) {
            throw new IllegalArgumentException("expected an 8-bit BGR picture, got OpenCV type " + bgr.type());
        }
        List<Box> boxes = new ArrayList<>();
        try (PointerScope scope = new PointerScope()) {
            int width = bgr.cols();
            int height = bgr.rows();
            Rect whole = new Rect(0, 0, width, height);
            boxes.addAll(findIn(bgr, whole, width, height, 1));
            // a face filling the picture (a selfie, an avatar, a passport photo) is larger than any
            // face the full-range model learnt; seen smaller, in the middle of a black frame, it is found
            double fillingSide = FILLING_FACE * Math.max(width, height);
            for (Box b : findIn(bgr, whole, width, height, ZOOM_OUT)) {
                if (b.width() >= fillingSide) {
                    boxes.add(b); // smaller faces are the other looks' business, and this one's false alarms
                }
            }
            int side = Math.max(width, height);
            for (int level = 0; level < TILE_LEVELS && side >= TILING_FROM_SIDE; level++) {
                side = (side + 1) / 2;
                for (Rect tile : tiles(width, height, side)) {
                    boxes.addAll(findIn(bgr, tile, width, height, 1));
                }
            }
        }
        List<Box> merged = WeightedSuppression.apply(boxes, SAME_FACE_OVERLAP);
        merged.removeIf(b -> b.score() < minScore);
        return merged;
    }

    /** Square tiles of {@code side} that overlap by a quarter and cover the picture. */
    static List<Rect> tiles(int width, int height, int side) {
        List<Rect> tiles = new ArrayList<>();
        for (int y : starts(height, side)) {
            for (int x : starts(width, side)) {
                tiles.add(new Rect(x, y, Math.min(side, width - x), Math.min(side, height - y)));
            }
        }
        return tiles;
    }

    private static List<Integer> starts(int length, int side) {
        List<Integer> starts = new ArrayList<>();
        if (length <= side) {
            starts.add(0);
            return starts;
        }
        int step = side * 3 / 4;
        for (int s = 0; s + side < length; s += step) {
            starts.add(s);
        }
        starts.add(length - side);
        return starts;
    }

    /**
     * Runs the model on one region. A face touching a region edge that is not a picture edge is cut
     * and its box would be wrong; it is dropped, since an overlapping tile or the whole picture sees it whole.
     */
    private List<Box> findIn(Mat bgr, Rect region, int pictureWidth, int pictureHeight, double zoomOut) {
        int side = BlazeFaceDecoder.INPUT_SIDE;
        double scale = side / (Math.max(region.width(), region.height()) * zoomOut);
        int scaledWidth = Math.max(1, (int) Math.round(region.width() * scale));
        int scaledHeight = Math.max(1, (int) Math.round(region.height() * scale));
        int offsetX = (side - scaledWidth) / 2;
        int offsetY = (side - scaledHeight) / 2;

        // letterboxed as MediaPipe does: the picture keeps its proportions, padded with black
        Mat input = new Mat(side, side, CV_8UC3, Scalar.all(0));
        Mat crop = new Mat(bgr, region);
        Mat target = new Mat(input, new Rect(offsetX, offsetY, scaledWidth, scaledHeight));
        int interpolation = scale < 1 ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_LINEAR;
        opencv_imgproc.resize(crop, target, new Size(scaledWidth, scaledHeight), 0, 0, interpolation);

        // RGB scaled to [-1, 1]
        Mat blob = opencv_dnn.blobFromImage(input, 1 / 127.5, new Size(side, side),
                new Scalar(127.5, 127.5, 127.5, 0), true, false, CV_32F);
        net.setInput(blob);
        MatVector outputs = new MatVector();
        net.forward(outputs, outputNames);
        float[] logits = null;
        float[] regressors = null;
        for (long i = 0; i < outputs.size(); i++) {
            Mat out = outputs.get(i);
            float[] values = new float[(int) out.total()];
            ((FloatBuffer) out.createBuffer()).get(values);
            if (values.length == BlazeFaceDecoder.ANCHORS) {
                logits = values;
            } else {
                regressors = values;
            }
        }
        if (logits == null || regressors == null) {
            throw new IllegalStateException("the face model did not give its two outputs");
        }

        boolean innerLeft = region.x() > 0;
        boolean innerTop = region.y() > 0;
        boolean innerRight = region.x() + region.width() < pictureWidth;
        boolean innerBottom = region.y() + region.height() < pictureHeight;
        List<Box> boxes = new ArrayList<>();
        for (Candidate c : BlazeFaceDecoder.decode(logits, regressors, CANDIDATE_SCORE)) {
            double x = region.x() + (c.xMin() * side - offsetX) / scale;
            double y = region.y() + (c.yMin() * side - offsetY) / scale;
            double w = c.width() * side / scale;
            double h = c.height() * side / scale;
            boolean cut = innerLeft && x <= region.x()
                    || innerTop && y <= region.y()
                    || innerRight && x + w >= region.x() + region.width()
                    || innerBottom && y + h >= region.y() + region.height();
            if (!cut) {
                boxes.add(new Box(x, y, w, h, c.score()));
            }
        }
        return boxes;
    }

    @Override
    public void close() {
        outputNames.close();
        net.close();
    }
}
