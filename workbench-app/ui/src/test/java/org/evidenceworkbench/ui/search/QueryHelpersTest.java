package org.evidenceworkbench.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Field completion in the query bar and the clause a facet click adds. */
class QueryHelpersTest {

    private final FieldCompletion completion = new FieldCompletion();

    @Test
    void completesTheFieldNameBeingTypedAtTheEndOnly() {
        assertThat(completion.suggest("invoice ta")).containsExactly("invoice tag:", "invoice taken:");
        assertThat(completion.suggest("-ta")).contains("-tag:", "-taken:");
        assertThat(completion.suggest("tag:rel")).isEmpty();
        assertThat(completion.suggest("\"ta")).isEmpty();
        assertThat(completion.suggest("invoice ")).isEmpty();
        assertThat(completion.suggest("")).isEmpty();
    }

    @Test
    void aFacetValueBecomesAClauseOfTheQueryLanguage() {
        assertThat(FacetSidebar.clause("type", "picture")).isEqualTo("type:picture");
        assertThat(FacetSidebar.clause("extension", "jpg")).isEqualTo("ext:jpg");
        assertThat(FacetSidebar.clause("camera", "eos 80d")).isEqualTo("model:\"eos 80d\"");
        assertThat(FacetSidebar.clause("tag", "say \"hi\"")).isEqualTo("tag:\"say \\\"hi\\\"\"");
        assertThat(FacetSidebar.clause("year", "2024")).isEqualTo("date:2024");
    }
}
