package org.evidenceworkbench.ui.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void marksFreeWordsPhrasesAndTextFieldsButNotFiltersOrNegations() {
        assertThat(SearchTerms.of("invoice \"bank transfer\" type:document -draft subject:payment OR van*"))
                .containsExactly("invoice", "bank transfer", "payment", "van");
        assertThat(SearchTerms.of("*:*")).isEmpty();
        assertThat(SearchTerms.of(null)).isEmpty();
    }

    @Test
    void dumpsBytesAsOffsetHexAndAscii() {
        String dump = HexDump.format(16, "Hello, world!\n\u0001xyz".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        List<String> lines = dump.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("00000010  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 01 78")
                .endsWith("|Hello, world!..x|");
        assertThat(lines.get(1)).startsWith("00000020  79 7a").endsWith("|yz|");
    }
}
