package org.evidenceworkbench.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void remembersRecentCasesMostRecentFirstWithoutRepeatsAndAtMostTen() {
        Path file = tmp.resolve("config/window.properties");
        UserSettings s = UserSettings.load(file);
        for (int i = 0; i < 12; i++) {
            s.rememberCase(tmp.resolve("case-" + i));
        }
        s.rememberCase(tmp.resolve("case-5"));
        s.setExaminer("  DC Jane Doe ");
        s.setDarkTheme(true);
        s.setQuickTags(List.of("relevant", "later"));
        s.setDividers("main", new double[] {0.25});
        s.setColumns("search.table", List.of("NAME:200", "PATH:300"));
        s.save();

        UserSettings again = UserSettings.load(file);
        assertThat(again.recentCases()).hasSize(10).first().isEqualTo(tmp.resolve("case-5"));
        assertThat(again.recentCases()).doesNotHaveDuplicates().contains(tmp.resolve("case-11"))
                .doesNotContain(tmp.resolve("case-0"));
        assertThat(again.examiner()).isEqualTo("DC Jane Doe");
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.quickTags()).containsExactly("relevant", "later");
        assertThat(again.dividers("main")).containsExactly(0.25);
        assertThat(again.columns("search.table")).containsExactly("NAME:200", "PATH:300");
    }

    @Test
    void aDamagedFileStartsFromTheDefaults() throws Exception {
        Path file = tmp.resolve("window.properties");
        Files.writeString(file, "layout.main.dividers=not,numbers\ntags.quick=\n");
        UserSettings s = UserSettings.load(file);
        assertThat(s.dividers("main")).isEmpty();
        assertThat(s.quickTags()).isEqualTo(UserSettings.DEFAULT_TAGS);
        assertThat(s.recentCases()).isEmpty();
    }
}
