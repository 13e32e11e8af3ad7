package org.evidenceworkbench.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.ui.testing.FxViews;
import org.evidenceworkbench.ui.testing.GeneratedCase;
import org.evidenceworkbench.ui.testing.OpenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit view says "verified" on an untouched case and names the broken entry on a tampered one. */
class AuditViewTest {

    @TempDir
    Path tmp;

    @Test
    void anIntactLogIsShownAsVerified() {
        try (OpenSession open = new OpenSession(GeneratedCase.shared().caseDir(), "DC Audit")) {
            AuditView view = FxViews.show(() -> new AuditView(open.session()), 900, 700);
            assertThat(view.statusText()).startsWith("Verified: all ").contains("nothing in it was changed");
            assertThat(view.entries()).isNotEmpty();
            assertThat(view.entries().get(0).action()).isEqualTo("case.created");
            assertThat(view.entries()).extracting(e -> e.action()).contains("ingest.completed");
            assertThat(FxViews.colours(FxViews.snapshot(view.node()))).isGreaterThan(5);
            assertThat(open.errors()).isEmpty();
        }
    }

    @Test
    void anEditedEntryIsShownAsWhereTheLogBreaks() throws Exception {
        Path caseDir = tmp.resolve("case");
        try (Case c = Case.create(caseDir, "Tamper", "DC Audit", null, null)) {
            c.audit().append("note.added", Map.of("text", "first note"));
            c.audit().append("note.added", Map.of("text", "second note"));
        }
        try (OpenSession open = new OpenSession(caseDir, "DC Audit")) {
            try (Connection c = open.session().theCase().database().connection(); Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("UPDATE audit SET details = '{\"text\":\"rewritten\"}' WHERE seq = 2"))
                        .isEqualTo(1);
            }
            AuditView view = FxViews.show(() -> new AuditView(open.session()), 900, 700);
            assertThat(view.verification().intact()).isFalse();
            assertThat(view.statusText()).startsWith("Broken: the audit log does not verify at 1 place.")
                    .contains("entry 2 (note.added)").contains("changed after it was written");
            assertThat(open.errors()).isEmpty();
        }
    }
}
