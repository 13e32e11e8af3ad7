package org.evidenceworkbench.detectors.media.manipulation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.DetectorInfo;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.FindingSink;
import org.evidenceworkbench.detector.ItemCategory;
import org.evidenceworkbench.detector.ItemView;
import org.evidenceworkbench.detector.Location;
import org.evidenceworkbench.detector.Severity;

/**
 * Reports pictures whose metadata names editing software: EXIF Software, XMP CreatorTool, or the
 * software agents of the XMP edit history (Adobe's {@code xmpMM:History}), listing the history
 * steps where the file has them. Camera firmware names are not editors and stay quiet.
 */
public final class EditingSoftwareDetector implements Detector {

    static final String TYPE = "editing-software";

    /** How the ingest keys XMP properties: {@code XMP:} and the property path. */
    static final String XMP_CREATOR_TOOL = "XMP:xmp:CreatorTool";
    private static final Pattern HISTORY = Pattern.compile("XMP:xmpMM:History\\[(\\d+)]/stEvt:(\\w+)");

    /** Editors and apps whose name in the metadata means the file went through them. */
    private static final Pattern EDITOR = Pattern.compile("photoshop|lightroom|gimp|snapseed|pixelmator|affinity photo"
            + "|paint\\.net|photopea|canva|picsart|facetune|luminar|capture one|darktable|rawtherapee|photoscape"
            + "|fotor|acdsee|paintshop|corel|krita|meitu|vsco|afterlight|polarr|photodirector|picmonkey"
            + "|faceapp|remini|inpaint|photoroom|airbrush", Pattern.CASE_INSENSITIVE);

    private static final DetectorInfo INFO = new DetectorInfo("media.editing-software", "1",
            "Pictures whose EXIF or XMP names editing software, with the XMP edit history where present.",
            Set.of(ItemCategory.PICTURE));

    @Override
    public DetectorInfo info() {
        return INFO;
    }

    @Override
    public void detect(ItemView item, FindingSink findings) {
        Map<String, String> metadata = item.metadata();
        Set<String> editors = new LinkedHashSet<>();
        List<String> seenIn = new ArrayList<>();
        note(metadata.get(ExifFields.SOFTWARE), "EXIF Software", editors, seenIn);
        note(metadata.get(XMP_CREATOR_TOOL), "XMP CreatorTool", editors, seenIn);
        List<String> steps = historySteps(metadata);
        for (String step : steps) {
            Matcher m = EDITOR.matcher(step);
            if (m.find()) {
                editors.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (editors.isEmpty()) {
            return;
        }
        if (!steps.isEmpty()) {
            seenIn.add("the XMP edit history (" + steps.size() + " step" + (steps.size() == 1 ? "" : "s") + ")");
        }
        StringBuilder explanation = new StringBuilder("The picture's metadata names editing software: ")
                .append(String.join("; ", seenIn)).append('.');
        if (!steps.isEmpty()) {
            explanation.append(" Edit history: ");
            for (int i = 0; i < steps.size(); i++) {
                explanation.append(i == 0 ? "" : "; ").append(i + 1).append(") ").append(steps.get(i));
            }
            explanation.append('.');
        }
        explanation.append(" Editors write their name when they save a file, so the picture was at least opened and"
                + " saved again by that software after the camera; it may have been edited. This is not proof of"
                + " manipulation: cropping, rotating, exporting or adjusting colour for print leave the same trace, and"
                + " some phones run such apps by default. Compare with the camera original where one exists.");
        String label = "Saved by " + String.join(", ", editors);
        findings.report(new Finding(TYPE, label, explanation.toString(), Location.WHOLE_ITEM, 0.9, Severity.LOW,
                null));
    }

    private static void note(String value, String where, Set<String> editors, List<String> seenIn) {
        if (value == null) {
            return;
        }
        Matcher m = EDITOR.matcher(value);
        if (m.find()) {
            editors.add(m.group().toLowerCase(java.util.Locale.ROOT));
            seenIn.add(where + " '" + value.strip() + "'");
        }
    }

    /** The XMP history as "when: action by agent (changed)" lines, in their recorded order. */
    static List<String> historySteps(Map<String, String> metadata) {
        Map<Integer, Map<String, String>> byStep = new TreeMap<>();
        metadata.forEach((key, value) -> {
            Matcher m = HISTORY.matcher(key);
            if (m.matches()) {
                byStep.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new TreeMap<>()).put(m.group(2), value);
            }
        });
        List<String> steps = new ArrayList<>();
        for (Map<String, String> step : byStep.values()) {
            StringBuilder sb = new StringBuilder();
            if (step.containsKey("when")) {
                sb.append(step.get("when")).append(": ");
            }
            sb.append(step.getOrDefault("action", "step"));
            if (step.containsKey("softwareAgent")) {
                sb.append(" by ").append(step.get("softwareAgent"));
            }
            if (step.containsKey("parameters")) {
                sb.append(" (").append(step.get("parameters")).append(')');
            } else if (step.containsKey("changed")) {
                sb.append(" (changed ").append(step.get("changed")).append(')');
            }
            steps.add(sb.toString());
        }
        return steps;
    }
}
