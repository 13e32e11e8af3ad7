package org.evidenceworkbench.ui.item;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * An item's text with the search words marked. Only the beginning is laid out (a text node per
 * match costs layout time; the whole text is searchable, the pane is for reading).
 */
final class HighlightedText {

    static final int SHOWN_CHARS = 60_000;

    private HighlightedText() {
    }

    /** The text as a flow of plain and marked runs; {@code marked} counts the marks, for tests. */
    static TextFlow flow(String text, List<String> terms) {
        String shown = text.length() > SHOWN_CHARS ? text.substring(0, SHOWN_CHARS) : text;
        TextFlow flow = new TextFlow();
        flow.setId("item-text");
        if (terms.isEmpty()) {
            flow.getChildren().add(new Text(shown));
        } else {
            Pattern p = Pattern.compile(terms.stream().map(Pattern::quote).collect(Collectors.joining("|")),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Matcher m = p.matcher(shown);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    flow.getChildren().add(new Text(shown.substring(at, m.start())));
                }
                Text hit = new Text(shown.substring(m.start(), m.end()));
                hit.getStyleClass().add("search-hit");
                hit.setStyle("-fx-font-weight: bold; -fx-fill: -color-accent-fg; -fx-underline: true;");
                flow.getChildren().add(hit);
                at = m.end();
            }
            if (at < shown.length()) {
                flow.getChildren().add(new Text(shown.substring(at)));
            }
        }
        if (shown.length() < text.length()) {
            Text more = new Text(String.format(Locale.UK, "\n\n[%,d more characters not shown here]",
                    text.length() - shown.length()));
            more.setStyle("-fx-fill: -color-fg-muted;");
            flow.getChildren().add(more);
        }
        return flow;
    }

    static long marks(Node flow) {
        return ((TextFlow) flow).getChildren().stream().filter(n -> n.getStyleClass().contains("search-hit")).count();
    }
}
