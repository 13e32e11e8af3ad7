package org.evidenceworkbench.index;

import java.util.List;
import java.util.TreeSet;

/** The field names people may type before a colon in a query, for completion and syntax help. */
public final class QueryFields {

    private QueryFields() {
    }

    /** Every field name the query language accepts (aliases included), in alphabetical order. */
    public static List<String> names() {
        return List.copyOf(new TreeSet<>(IndexSchema.ALIASES.keySet()));
    }
}
