package org.evidenceworkbench.ui.search;

import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The facet sidebar: for each dimension (type, extension, camera, finding, tag, source, year) the
 * values among the matching items with their counts. A click narrows the search to that value by
 * adding a clause to the query, so what the user sees is always what the query bar says.
 */
final class FacetSidebar {

    private final VBox panes = new VBox(4);
    private final ScrollPane node = new ScrollPane(panes);
    private final Consumer<String> onClause;

    /** @param onClause receives the query clause of a clicked value, e.g. {@code type:picture} */
    FacetSidebar(Consumer<String> onClause) {
        this.onClause = onClause;
        node.setId("facets");
        node.setFitToWidth(true);
        node.setMinWidth(170);
        node.setPrefWidth(210);
    }

    ScrollPane node() {
        return node;
    }

    void show(Map<String, Map<String, Long>> facets) {
        panes.getChildren().clear();
        for (Map.Entry<String, Map<String, Long>> dim : facets.entrySet()) {
            if (dim.getValue().isEmpty()) {
                continue;
            }
            VBox values = new VBox(0);
            for (Map.Entry<String, Long> v : dim.getValue().entrySet()) {
                Hyperlink link = new Hyperlink(v.getKey() + "  (" + String.format(Locale.UK, "%,d", v.getValue()) + ")");
                link.setId("facet-" + dim.getKey() + "-" + v.getKey().replaceAll("[^A-Za-z0-9_-]", "_"));
                link.setOnAction(e -> onClause.accept(clause(dim.getKey(), v.getKey())));
                values.getChildren().add(link);
            }
            TitledPane pane = new TitledPane(title(dim.getKey()), values);
            pane.setAnimated(false);
            panes.getChildren().add(pane);
        }
        if (panes.getChildren().isEmpty()) {
            panes.getChildren().add(new Label("No facets to show."));
        }
    }

    /** The query clause that selects {@code value} of facet {@code dimension} (docs/search.md). */
    static String clause(String dimension, String value) {
        // plain words go as they are; a value with spaces or symbols is quoted
        String quoted = value.matches("[\\p{L}\\p{N}._-]+") ? value
                : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return switch (dimension) {
            case "type" -> "type:" + quoted;
            case "extension" -> "ext:" + quoted;
            case "camera" -> "model:" + quoted;
            case "finding" -> "finding:" + quoted;
            case "tag" -> "tag:" + quoted;
            case "source" -> "source:" + quoted;
            case "year" -> "date:" + value;
            default -> dimension + ":" + quoted;
        };
    }

    private static String title(String dimension) {
        return switch (dimension) {
            case "type" -> "Type";
            case "extension" -> "Extension";
            case "camera" -> "Camera";
            case "finding" -> "Finding";
            case "tag" -> "Tag";
            case "source" -> "Source";
            case "year" -> "Year";
            default -> dimension;
        };
    }
}
