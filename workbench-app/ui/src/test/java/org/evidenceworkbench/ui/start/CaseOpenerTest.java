package org.evidenceworkbench.ui.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.samples.Scenario;
import org.evidenceworkbench.samples.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseOpenerTest {

    @TempDir
    Path tmp;

    @Test
    void aTrainingCaseIsGeneratedWithItsKeyAndACaseReadyForItsEvidence() {
        Scenario fraud = Scenarios.named("fraud").orElseThrow();
        Path folder = tmp.resolve("training");
        CaseOpener.Opened opened = CaseOpener.training(fraud, folder, "Trainee One");
        try {
            assertThat(opened.theCase().layout().root()).isEqualTo(folder.resolve("case").toAbsolutePath());
            assertThat(opened.theCase().info().name()).isEqualTo("Training: fraud");
            assertThat(opened.theCase().info().examiner()).isEqualTo("Trainee One");
            assertThat(opened.evidence()).containsExactly(folder.resolve("evidence"));
            assertThat(folder.resolve("evidence")).isDirectory();
            assertThat(folder.resolve("answer-key.json")).isRegularFile();
        } finally {
            opened.theCase().close();
        }
        assertThatThrownBy(() -> CaseOpener.training(fraud, folder, "Trainee Two"))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("is not empty");
    }

    @Test
    void aNewCaseNeedsANameAndAnExaminerAndOpensAgainAfterwards() throws Exception {
        assertThatThrownBy(() -> CaseOpener.create(tmp.resolve("a"), " ", null, "DC Test", null))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> CaseOpener.create(tmp.resolve("a"), "Kestrel", null, "", null))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("examiner");
        assertThat(Files.exists(tmp.resolve("a"))).isFalse();

        CaseOpener.create(tmp.resolve("b"), "Kestrel", "OP-1", "DC Test", "OFFICIAL-SENSITIVE").theCase().close();
        CaseOpener.Opened again = CaseOpener.open(tmp.resolve("b"));
        try {
            assertThat(again.theCase().info().marking()).isEqualTo("OFFICIAL-SENSITIVE");
            assertThat(again.theCase().isWritable()).isTrue();
            assertThat(again.evidence()).isEmpty();
        } finally {
            again.theCase().close();
        }
    }

    @Test
    void theDefaultTrainingFolderIsUnderTheUsersDataFolder() {
        Path p = CaseOpener.defaultTrainingFolder(Scenarios.named("fraud").orElseThrow());
        assertThat(p.toString()).contains("evidence-workbench/training/fraud-");
    }
}
