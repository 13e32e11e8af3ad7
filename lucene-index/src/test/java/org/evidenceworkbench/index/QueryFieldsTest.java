package org.evidenceworkbench.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

class QueryFieldsTest {

    @Test
    void listsTheFieldNamesTheParserAcceptsInOrder() {
        assertThat(QueryFields.names()).contains("type", "taken", "tag", "near", "camera", "sha256", "ext")
                .isSorted().doesNotHaveDuplicates();
        // every listed name is one the query language understands: it parses without a syntax error
        for (String field : QueryFields.names()) {
            String value = switch (field) {
                case "near" -> "51.5,-0.12,1km";
                case "size" -> ">1";
                case "created", "modified", "accessed", "taken", "sent", "date", "time" -> "2024";
                case "group", "duplicates" -> "1";
                case "hash", "md5" -> "d41d8cd98f00b204e9800998ecf8427e";
                case "sha1" -> "da39a3ee5e6b4b0d3255bfef95601890afd80709";
                case "sha256" -> "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
                default -> "x";
            };
            new FriendlyQueryParser(new StandardAnalyzer()).parseFriendly(field + ":" + value);
        }
    }
}
