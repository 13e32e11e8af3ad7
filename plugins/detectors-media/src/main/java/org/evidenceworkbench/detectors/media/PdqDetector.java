package org.evidenceworkbench.detectors.media;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorCost;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.FindingSink;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.ScaledPicture;
import org.evidenceworkbench.detector.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports the PDQ perceptual hash of every picture as one {@code pdq} finding whose entity is the
 * hash, so pictures with the same hash link to one another (near matches, within Hamming distance
 * {@value PdqHash#MATCH_DISTANCE}, are for a search to find, not for entity linking).
 *
 * <p>Pictures whose PDQ quality is below {@value #MIN_QUALITY} (flat, blurred or nearly empty
 * pictures, and those smaller than 5×5 pixels) get no finding: the PDQ authors advise discarding
 * such hashes because unrelated low-detail pictures hash alike.
 *
 * <p>The picture is hashed upright, as the host decodes it (EXIF orientation applied), at no less
 * than {@value #HASH_MIN_SIDE} pixels on its shorter side: the PDQ reference itself hashes
 * pictures resized to 512 pixels, so a JPEG decoded at a quarter of its size by DCT scaling hashes
 * within the reference tolerance at a fraction of the cost. The finding's attributes carry the
 * hashes of all eight rotations and mirror images ({@link PdqHasher.Dihedral}, keys in lower case,
 * e.g. {@code rotate_90}), so a rotated or mirrored copy can be matched later.
 *
 * <p>Pictures are also compared with the reference sets imported with {@code workbench pdqset
 * import} ({@link PdqSetStore}): a picture within {@value #DISTANCE_PROPERTY} (default 31) bits of
 * a reference hash, through any of its eight dihedral hashes, gets a {@code pdq-known-bad} or
 * {@code pdq-known-good} finding naming the set, the reference and the distance.
 */
public final class PdqDetector implements Detector {

    /** Hashes of lower quality than this are not reported. */
    public static final int MIN_QUALITY = 50;

    /** Decode no smaller than this on the shorter side, as the reference (which hashes at 512). */
    public static final int HASH_MIN_SIDE = 512;

    static final String TYPE = "pdq";

    private static final Logger LOG = LoggerFactory.getLogger(PdqDetector.class);

    private static final DetectorInfo INFO = new DetectorInfo("media.pdq", "2",
            "PDQ perceptual hash of pictures, linking identical and near-identical pictures.",
            Set.of(ItemCategory.PICTURE), DetectorCost.HEAVY); // a decode of the picture: after every item is searchable

    /** System property: the Hamming distance within which a reference-set hash matches (default 31). */
    public static final String DISTANCE_PROPERTY = "workbench.pdq.distance";

    private final PdqHasher hasher = new PdqHasher();
    private final int matchDistance = Integer.getInteger(DISTANCE_PROPERTY, PdqHash.MATCH_DISTANCE);
    private PdqSets sets;

    @Override
    public DetectorInfo info() {
        return INFO;
    }

    @Override
    public void detect(ItemView item, FindingSink findings) throws Exception {
        Optional<ScaledPicture> picture = item.picture(HASH_MIN_SIDE);
        if (picture.isEmpty()) {
            return;
        }
        List<PdqHash> dihedral = hasher.hashDihedral(picture.get().image());
        PdqHash hash = dihedral.get(PdqHasher.Dihedral.ORIGINAL.ordinal());
        if (hash.quality() < MIN_QUALITY) {
            LOG.debug("PDQ quality {} below {} for item {}; not reported", hash.quality(), MIN_QUALITY, item.id());
            return;
        }
        findings.report(finding(hash, dihedral));
        if (sets == null) {
            sets = LoadedSets.current();
        }
        for (PdqSets.Match m : sets.matches(dihedral, matchDistance)) {
            findings.report(match(m));
        }
    }

    static Finding match(PdqSets.Match m) {
        boolean bad = m.kind() == PdqSetStore.Kind.KNOWN_BAD;
        String how = m.transform() == PdqHasher.Dihedral.ORIGINAL ? ""
                : " as its " + attributeName(m.transform()).replace('_', ' ') + " image";
        String label = (bad ? "Near a known-bad picture" : "Near a known-good picture") + " (" + m.set() + ", "
                + m.distance() + " bits" + (how.isEmpty() ? "" : ", " + attributeName(m.transform())) + ")";
        String explanation = "The picture's PDQ perceptual hash" + how + " is " + m.distance() + " bits from "
                + m.reference().toHex() + " in the " + m.kind().label() + " reference set '" + m.set() + "'"
                + (m.label().isEmpty() ? "" : " (" + m.label() + ")") + ". Up to " + PdqHash.MATCH_DISTANCE
                + " bits is what the PDQ authors count as the same picture (resized, recompressed, lightly edited);"
                + " unrelated pictures differ in about 128. Compare the two pictures by eye before relying on it.";
        double confidence = Math.max(0.5, 1.0 - m.distance() / 64.0);
        return new Finding(bad ? "pdq-known-bad" : "pdq-known-good", label, explanation, Location.WHOLE_ITEM,
                confidence, bad ? Severity.HIGH : Severity.INFO,
                new Finding.Entity("pdq-reference", m.set() + ":" + m.reference().toHex()));
    }

    /** The attribute names under which the eight dihedral hashes are kept, in {@link PdqHasher.Dihedral} order. */
    public static String attributeName(PdqHasher.Dihedral d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    static Finding finding(PdqHash hash, List<PdqHash> dihedral) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (PdqHasher.Dihedral d : PdqHasher.Dihedral.values()) {
            attributes.put(attributeName(d), dihedral.get(d.ordinal()).toHex());
        }
        attributes.put("quality", Integer.toString(hash.quality()));
        String hex = hash.toHex();
        String label = "PDQ " + hex.substring(0, 16) + "… quality " + hash.quality();
        String explanation = "PDQ perceptual hash " + hex + " (quality " + hash.quality() + " of 100). PDQ is"
                + " Meta's open 256-bit perceptual picture hash: it summarises the picture's coarse"
                + " structure, so resized, recompressed or lightly edited copies hash within Hamming distance "
                + PdqHash.MATCH_DISTANCE + " of one another, while unrelated pictures differ in about half of"
                + " the 256 bits. Equal hashes link the pictures; a near match is a lead to check by eye,"
                + " not proof.";
        return new Finding(TYPE, label, explanation, Location.WHOLE_ITEM, 1.0, Severity.INFO,
                new Finding.Entity(TYPE, hex), attributes);
    }
}
