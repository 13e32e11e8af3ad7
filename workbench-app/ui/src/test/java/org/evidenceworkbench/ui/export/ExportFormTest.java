package org.evidenceworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.ui.testing.FxViews.onFx;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;

import org.evidenceworkbench.core.bundle.BundleVerifier;
import org.evidenceworkbench.core.bundle.ExportProfile;
import org.evidenceworkbench.core.bundle.ExportResult;
import org.evidenceworkbench.core.bundle.VerifyReport;
import org.evidenceworkbench.ui.testing.FxViews;
import org.evidenceworkbench.ui.testing.GeneratedCase;
import org.evidenceworkbench.ui.testing.OpenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export form exports the tagged items as a zip bundle that the core's verifier accepts, and says so in one sentence. */
class ExportFormTest {

    @TempDir
    Path tmp;

    @Test
    void aTaggedSelectionExportsAsABundleThatVerifies() {
        GeneratedCase generated = GeneratedCase.shared();
        try (OpenSession open = new OpenSession(generated.caseDir(), "DC Export")) {
            new org.evidenceworkbench.core.review.ReviewService(open.session().theCase())
                    .tag(generated.id("manchester.jpg"), "for-cps", "DC Export");
            ExportForm form = onFx(() -> {
                ExportForm f = new ExportForm(open.session());
                FxViews.stage().setScene(new Scene(f.node(), 900, 700));
                f.scope().setValue(ExportForm.Scope.TAG);
                f.value().setText("for-cps");
                f.profile().setValue(ExportProfile.FULL);
                f.zip().setSelected(true);
                f.destination().setText(tmp.toString());
                return f;
            });
            CountDownLatch done = new CountDownLatch(1);
            AtomicReference<ExportResult> result = new AtomicReference<>();
            onFx(() -> form.start(r -> {
                result.set(r);
                done.countDown();
            }));
            FxViews.await(done);

            assertThat(open.errors()).isEmpty();
            assertThat(result.get()).isNotNull();
            assertThat(result.get().items()).isEqualTo(1);
            assertThat(result.get().bundle().getParent()).isEqualTo(tmp);
            assertThat(result.get().bundle().toString()).endsWith(".zip");
            assertThat(onFx(form::resultText)).startsWith("Exported 1 items to " + result.get().bundle())
                    .contains("signed by");
            VerifyReport report = new BundleVerifier(null).verify(result.get().bundle());
            assertThat(report.ok()).as(report.toString()).isTrue();
        }
    }

    @Test
    void aMissingTagIsAPlainSentenceNotAnExport() {
        try (OpenSession open = new OpenSession(GeneratedCase.shared().caseDir(), "DC Export")) {
            AtomicReference<String> said = new AtomicReference<>();
            onFx(() -> {
                ExportForm f = new ExportForm(open.session());
                f.scope().setValue(ExportForm.Scope.TAG);
                f.start(r -> said.set(f.resultText()));
            });
            assertThat(said.get()).isEqualTo("Give a tag to choose the items to export.");
        }
    }
}
