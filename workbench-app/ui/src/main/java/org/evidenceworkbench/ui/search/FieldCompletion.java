package org.evidenceworkbench.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evidenceworkbench.index.QueryFields;

/**
 * Completes the field name being typed at the end of a query: {@code invoice ta} offers
 * {@code invoice taken:} and {@code invoice tag:}. Only a bare word is completed; once it has a
 * colon, or is quoted, the user is typing a value.
 */
final class FieldCompletion {

    private final List<String> fields = QueryFields.names();

    /** Whole queries to offer in place of {@code typed}; empty when the last word is no field prefix. */
    List<String> suggest(String typed) {
        if (typed == null || typed.isEmpty() || Character.isWhitespace(typed.charAt(typed.length() - 1))) {
            return List.of();
        }
        int start = typed.lastIndexOf(' ') + 1;
        String word = typed.substring(start);
        String head = typed.substring(0, start);
        boolean negated = word.startsWith("-");
        String prefix = (negated ? word.substring(1) : word).toLowerCase(Locale.ROOT);
        if (prefix.isEmpty() || prefix.contains(":") || prefix.contains("\"") || prefix.contains("(")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            if (f.startsWith(prefix) && !f.equals(prefix)) {
                out.add(head + (negated ? "-" : "") + f + ":");
            }
        }
        return out;
    }
}
