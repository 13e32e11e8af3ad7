package org.evidenceworkbench.detectors.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GatedMatcherTest {

    // A lookbehind and a lookahead, as the identifier patterns have.
    private static final Pattern WORD_NUMBER = Pattern.compile("(?<![A-Za-z])[A-Z]+(\\d+)(?![a-z])");
    private static final String TEXT = "A1 xB2 C3d DD44 E5 FF6";

    @Test
    void offeredEveryPositionItFindsWhatFindFinds() {
        assertThat(gated(WORD_NUMBER, (text, from) -> from < text.length() ? from : -1, TEXT))
                .isEqualTo(plain(WORD_NUMBER, TEXT))
                .containsExactly("A1", "DD44", "E5", "FF6");
    }

    @Test
    void itTriesOnlyTheOfferedPositions() {
        GatedMatcher.Starts onlyAtD = (text, from) -> text.indexOf('D', from);
        assertThat(gated(WORD_NUMBER, onlyAtD, TEXT)).containsExactly("DD44");
    }

    @Test
    void theTextBeforeAnOfferedPositionIsSeenByTheLookbehind() {
        GatedMatcher.Starts atB = (text, from) -> text.indexOf('B', from);
        assertThat(gated(WORD_NUMBER, atB, TEXT)).isEmpty(); // "xB2": the x is behind
    }

    @Test
    void findFromAPositionSkipsWhatIsBefore() {
        GatedMatcher m = new GatedMatcher(WORD_NUMBER, (text, from) -> from < text.length() ? from : -1, TEXT);
        assertThat(m.find(TEXT.indexOf("E5"))).isTrue();
        assertThat(m.group()).isEqualTo("E5");
        assertThat(m.group(1)).isEqualTo("5");
        assertThat(m.start()).isEqualTo(TEXT.indexOf("E5"));
    }

    @Test
    void anEmptyMatchMovesOnByOne() {
        Pattern beforeX = Pattern.compile("(?=x)");
        assertThat(gated(beforeX, (text, from) -> from <= text.length() ? from : -1, "axxb"))
                .isEqualTo(plain(beforeX, "axxb")).hasSize(2);
    }

    private static List<String> gated(Pattern pattern, GatedMatcher.Starts starts, String text) {
        GatedMatcher m = new GatedMatcher(pattern, starts, text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> plain(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
