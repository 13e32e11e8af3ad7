package org.evidenceworkbench.ui.item;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.ui.views.Formats;

/** An item's facts: what it is, its times (London, UTC in the tooltip), hashes, provenance, children, metadata. */
final class OverviewPane {

    private final GridPane grid = new GridPane();
    private final ScrollPane node = new ScrollPane(grid);
    private final LongConsumer openItem;
    private int row;

    OverviewPane(LongConsumer openItem) {
        this.openItem = openItem;
        grid.setId("overview");
        grid.setHgap(12);
        grid.setVgap(3);
        grid.setPadding(new Insets(8));
        node.setFitToWidth(true);
    }

    ScrollPane node() {
        return node;
    }

    void show(ItemDetail d) {
        grid.getChildren().clear();
        row = 0;
        ItemSummary s = d.item();
        heading("Item");
        field("Id", Long.toString(s.id()));
        field("Name", d.name());
        field("Path", s.path());
        field("Size", s.size() == null ? null : Formats.bytes(s.size()) + String.format(Locale.UK, " (%,d bytes)", s.size()));
        field("Type", s.category() + (s.mimeType() == null ? "" : " · " + s.mimeType()));
        field("Extension", d.extension() == null ? null : d.extension()
                + (d.extensionType() == null ? "" : " (usually " + d.extensionType() + ")"));
        field("Outcome", s.outcome() + (s.reason() == null ? "" : ": " + s.reason()));
        field("Flags", s.flags().isEmpty() ? null : String.join(", ", s.flags()));
        heading("Times (Europe/London)");
        time("Created", d.fsCreated());
        time("Modified", d.fsModified());
        time("Accessed", d.fsAccessed());
        field("Taken (camera clock)", d.takenAt() == null ? null : Formats.cameraTime(d.takenAt()));
        time("Sent", d.sentAt());
        heading("Content");
        field("Camera", join(d.cameraMake(), d.cameraModel()));
        field("Position", d.gpsLatitude() == null ? null
                : String.format(Locale.UK, "%.6f, %.6f", d.gpsLatitude(), d.gpsLongitude()));
        field("Author", d.author());
        field("Title", d.title());
        field("From", d.mailFrom());
        field("To", d.mailTo());
        field("Subject", d.mailSubject());
        field("Text", d.text() == null ? null : String.format(Locale.UK, "%,d characters%s", d.text().length(),
                d.text().truncated() ? " (truncated at the limit)" : ""));
        heading("Hashes");
        field("MD5", s.md5());
        field("SHA-1", s.sha1());
        field("SHA-256", s.sha256());
        heading("Provenance");
        ItemDetail.Provenance p = d.provenance();
        field("Source", p.sourceKind() + " " + p.sourceLocation());
        if (!p.ancestors().isEmpty()) {
            VBox chain = new VBox();
            for (Long a : p.ancestors()) {
                chain.getChildren().add(link("item " + a, a));
            }
            put("Inside", chain);
        }
        if (p.submission() != null) {
            field("Submission", p.submission().ref() + (p.submission().description() == null ? ""
                    : ": " + p.submission().description()));
        }
        if (p.bundle() != null) {
            field("Imported from bundle", p.bundle().bundleId() + " (" + p.bundle().organization() + ")");
        }
        time("Ingested", d.ingestedAt());
        if (!d.children().isEmpty()) {
            heading("Children (" + d.children().size() + ")");
            VBox kids = new VBox();
            d.children().stream().limit(500).forEach(c -> kids.getChildren().add(link(c.path(), c.id())));
            put("", kids);
        }
        if (!d.metadata().isEmpty()) {
            heading("Metadata");
            field("", d.metadata().entrySet().stream().limit(300).map(this::metadataLine)
                    .collect(Collectors.joining("\n")));
        }
    }

    private String metadataLine(Map.Entry<String, Object> e) {
        String v = String.valueOf(e.getValue());
        return e.getKey() + ": " + (v.length() > 300 ? v.substring(0, 300) + "…" : v);
    }

    private Hyperlink link(String text, long id) {
        Hyperlink h = new Hyperlink(text);
        h.setOnAction(e -> openItem.accept(id));
        return h;
    }

    private void heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        l.setPadding(new Insets(8, 0, 2, 0));
        grid.add(l, 0, row++, 2, 1);
    }

    private void field(String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Label v = new Label(value);
        v.setWrapText(true);
        put(name, v);
    }

    private void time(String name, Instant t) {
        if (t == null) {
            return;
        }
        Label v = new Label(Formats.london(t));
        v.setTooltip(new Tooltip(Formats.utc(t)));
        put(name, v);
    }

    private void put(String name, javafx.scene.Node value) {
        Label n = new Label(name);
        n.setStyle("-fx-text-fill: -color-fg-muted;");
        grid.add(n, 0, row);
        grid.add(value, 1, row++);
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }
}
