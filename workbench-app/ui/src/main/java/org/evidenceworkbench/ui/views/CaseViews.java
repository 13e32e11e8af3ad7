package org.evidenceworkbench.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.evidenceworkbench.ui.audit.AuditView;
import org.evidenceworkbench.ui.entities.EntitiesView;
import org.evidenceworkbench.ui.gallery.GalleryView;
import org.evidenceworkbench.ui.item.ItemDetailView;
import org.evidenceworkbench.ui.map.MapView;
import org.evidenceworkbench.ui.search.SearchView;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.session.CaseView;
import org.evidenceworkbench.ui.settings.UserSettings;
import org.evidenceworkbench.ui.timeline.TimelineView;
import org.evidenceworkbench.ui.training.TrainingView;
import org.evidenceworkbench.ui.triage.TriageView;
import org.evidenceworkbench.ui.wellbeing.Wellbeing;

/**
 * Every view of a case, in tab order: the one list the window, the screenshot command and the
 * tests share. A new view is added here and nowhere else.
 */
public final class CaseViews {

    /** The names {@code workbench screenshot --view} accepts, in tab order. */
    public static final List<String> NAMES = List.of("search", "triage", "gallery", "timeline", "map", "entities",
            "audit", "training", "item");

    private CaseViews() {
    }

    /** The views with default settings (as the screenshot command renders them). */
    public static List<CaseView> all(CaseSession session) {
        return all(session, null);
    }

    /**
     * The views of {@code session}, wired together: the item view follows the search view's query
     * to mark its words, and the gallery and the item view share one wellbeing state (blur,
     * greyscale, the one revealed item).
     *
     * @param settings the user's settings (columns, quick tags), or null for the defaults
     */
    public static List<CaseView> all(CaseSession session, UserSettings settings) {
        List<String> tags = settings == null ? UserSettings.DEFAULT_TAGS : settings.quickTags();
        SearchView search = new SearchView(session, settings);
        TriageView triage = new TriageView(session, settings);
        Wellbeing wellbeing = Wellbeing.fromSettings();
        ItemDetailView item = new ItemDetailView(session, tags, wellbeing);
        item.followQuery(search.query());
        List<CaseView> views = new ArrayList<>();
        views.add(search);
        views.add(triage);
        views.add(new GalleryView(session, wellbeing));
        views.add(new TimelineView(session));
        views.add(new MapView(session));
        views.add(new EntitiesView(session));
        views.add(new AuditView(session));
        views.add(new TrainingView(session));
        views.add(item);
        return views;
    }

    /** The view called {@code name} among {@code views}. */
    public static Optional<CaseView> named(List<CaseView> views, String name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
