package org.evidenceworkbench.detectors.media.manipulation;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.FindingSink;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.Severity;

/**
 * Reports JPEGs that claim a camera (EXIF Make) but whose quantisation tables are exactly libjpeg's
 * standard tables at some quality: the signature of a resave by software rather than the camera's
 * own encoder. Double-compression analysis of the DCT coefficients is not attempted: it needs the
 * entropy-decoded coefficients and careful statistics, and a shaky test would do more harm than good.
 */
public final class QuantisationTableDetector implements Detector {

    static final String TYPE = "jpeg-resaved";

    private static final DetectorInfo INFO = new DetectorInfo("media.jpeg-quantisation", "1",
            "JPEGs from a named camera whose quantisation tables are libjpeg's standard ones: signs of a resave.",
            Set.of(ItemCategory.PICTURE));

    @Override
    public DetectorInfo info() {
        return INFO;
    }

    @Override
    public void detect(ItemView item, FindingSink findings) throws Exception {
        if (!"image/jpeg".equals(item.mimeType())) {
            return;
        }
        Map<String, String> metadata = item.metadata();
        String make = metadata.get(ExifFields.MAKE);
        if (make == null || make.isBlank()) {
            return; // without a camera claim, standard tables are simply how most software writes JPEG
        }
        JpegHeaders headers;
        try (InputStream in = item.openStream()) {
            headers = JpegHeaders.read(in);
        }
        JpegQuality quality = JpegQuality.estimate(headers.quantisationTables());
        if (quality == null || !quality.standard()) {
            return;
        }
        String camera = (make.strip() + " " + metadata.getOrDefault(ExifFields.MODEL, "")).strip();
        String explanation = String.format(Locale.ROOT, "The EXIF names the camera '%s', but the JPEG's quantisation"
                + " tables are the standard libjpeg (IJG) tables at quality %d. Quantisation tables are chosen"
                + " by the encoder that last saved the picture: most cameras use tables of their own, while editors,"
                + " converters, web services and messaging apps built on libjpeg write these standard ones. So the"
                + " picture was probably saved again by software after the camera, keeping the camera's EXIF. Not proof"
                + " of editing: some phones and cameras encode with libjpeg's standard tables themselves, and a"
                + " recompression alone changes nothing in the content. Compare with other pictures from the same"
                + " camera model.", camera, quality.quality());
        findings.report(new Finding(TYPE, "Resaved: standard JPEG tables (quality " + quality.quality() + ") from "
                + camera, explanation, Location.WHOLE_ITEM, 0.5, Severity.LOW, null));
    }
}
