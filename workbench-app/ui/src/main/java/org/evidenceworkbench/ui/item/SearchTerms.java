package org.evidenceworkbench.ui.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a query worth highlighting in an item's text: free words and phrases, and the
 * values of text fields; not operators, negated words, or keyword fields such as {@code type:}.
 */
final class SearchTerms {

    private static final Pattern TOKEN = Pattern.compile("(-?)(?:([A-Za-z]+):)?(\"[^\"]*\"|\\S+)");
    private static final List<String> TEXT_FIELDS = List.of("text", "content", "all", "name", "filename", "title",
            "subject", "author", "from", "to");

    private SearchTerms() {
    }

    static List<String> of(String query) {
        List<String> out = new ArrayList<>();
        if (query == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(query);
        while (m.find()) {
            String field = m.group(2);
            String value = m.group(3);
            if (!m.group(1).isEmpty() || (field != null && !TEXT_FIELDS.contains(field.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (value.startsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            value = value.replaceAll("[*?()]", "").strip();
            if (value.length() > 1 && !List.of("AND", "OR", "NOT", "TO").contains(value)) {
                out.add(value);
            }
        }
        return out;
    }
}
