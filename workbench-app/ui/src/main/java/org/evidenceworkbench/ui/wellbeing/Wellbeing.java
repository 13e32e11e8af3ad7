package org.evidenceworkbench.ui.wellbeing;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.scene.effect.ColorAdjust;
import javafx.scene.effect.Effect;
import javafx.scene.effect.GaussianBlur;

import org.evidenceworkbench.core.item.GalleryItems;
import org.evidenceworkbench.core.review.WellbeingReveals;
import org.evidenceworkbench.ui.session.CaseSession;

/**
 * Analyst wellbeing: pictures with sensitive findings (known-bad hash hits by default) are shown
 * blurred and in greyscale until the analyst reveals one, one at a time. Blur and greyscale can be
 * switched off globally for a session (e.g. when grading), and video plays muted unless asked.
 *
 * <p>One per window, shared by the gallery and the item pane, so a reveal or a toggle in one is
 * seen in the other.
 *
 * <p>The finding types counted as sensitive come from the system property
 * {@value #TYPES_PROPERTY} (comma-separated), defaulting to the hash-set and PDQ known-bad types.
 */
public final class Wellbeing {

    public static final String TYPES_PROPERTY = "workbench.wellbeing.types";

    private static final double BLUR_RADIUS = 40;

    private final Set<String> sensitiveTypes;
    private final BooleanProperty blur = new SimpleBooleanProperty(this, "blur", true);
    private final BooleanProperty greyscale = new SimpleBooleanProperty(this, "greyscale", true);
    private final BooleanProperty muteVideo = new SimpleBooleanProperty(this, "muteVideo", true);
    private final LongProperty revealed = new SimpleLongProperty(this, "revealed", -1);

    public Wellbeing(Set<String> sensitiveTypes) {
        this.sensitiveTypes = Set.copyOf(sensitiveTypes);
    }

    /** The types from {@value #TYPES_PROPERTY}, or the default known-bad types. */
    public static Wellbeing fromSettings() {
        String configured = System.getProperty(TYPES_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return new Wellbeing(GalleryItems.DEFAULT_SENSITIVE_TYPES);
        }
        List<String> types = Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Wellbeing(new LinkedHashSet<>(types));
    }

    public Set<String> sensitiveTypes() {
        return sensitiveTypes;
    }

    /** Blur sensitive pictures (on by default). */
    public BooleanProperty blur() {
        return blur;
    }

    /** Show sensitive pictures in greyscale (on by default). */
    public BooleanProperty greyscale() {
        return greyscale;
    }

    /** Play video without sound unless the analyst turns it on (on by default). */
    public BooleanProperty muteVideo() {
        return muteVideo;
    }

    /** The one item revealed now, or -1: revealing another hides this one again. */
    public LongProperty revealed() {
        return revealed;
    }

    /** The effect for a tile: blur and/or greyscale for a hidden tile, none otherwise. */
    public Effect effectFor(GalleryItems.Tile tile) {
        return effectFor(tile.id(), tile.sensitiveWhy());
    }

    /**
     * The effect for any view of an item (a tile, the item pane's picture or keyframes) given the
     * types of its findings that were not dismissed: null when it may be shown as it is.
     */
    public Effect effectFor(long itemId, Collection<String> findingTypes) {
        if (!isSensitive(findingTypes) || itemId == revealed.get()) {
            return null;
        }
        Effect effect = null;
        if (greyscale.get()) {
            ColorAdjust grey = new ColorAdjust();
            grey.setSaturation(-1);
            effect = grey;
        }
        if (blur.get()) {
            GaussianBlur gaussian = new GaussianBlur(BLUR_RADIUS);
            gaussian.setInput(effect);
            effect = gaussian;
        }
        return effect;
    }

    /** Whether an item with these (not dismissed) finding types is sensitive. */
    public boolean isSensitive(Collection<String> findingTypes) {
        return findingTypes.stream().anyMatch(sensitiveTypes::contains);
    }

    /**
     * Reveals one item: audited first (in the background), shown once the audit entry is written,
     * so no sensitive picture is ever shown without its record.
     */
    public void reveal(CaseSession session, long itemId) {
        if (revealed.get() == itemId) {
            return;
        }
        session.background(() -> {
            new WellbeingReveals(session.theCase()).reveal(itemId, session.examiner());
            return itemId;
        }, id -> {
            revealed.set(id);
            session.changed();
        });
    }
}
