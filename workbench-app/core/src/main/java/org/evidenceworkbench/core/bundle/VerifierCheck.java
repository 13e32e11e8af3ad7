package org.evidenceworkbench.core.bundle;

import java.nio.file.Path;

/**
 * The importer's check done by the full verifier: signature (against a trust folder when one is
 * given), BagIt completeness and hashes, CASE/UCO and VICS — the same report as
 * {@code workbench verify}, so a hub imports only what verify accepts.
 */
public final class VerifierCheck implements BundleCheck {

    private final BundleVerifier verifier;

    /** @param trustFolder accepted signer certificates, or null to accept any valid signature */
    public VerifierCheck(Path trustFolder) {
        this.verifier = new BundleVerifier(trustFolder);
    }

    @Override
    public Verdict check(OpenBundle bundle) {
        VerifyReport report = verifier.verify(bundle.location());
        if (report.ok()) {
            return Verdict.pass();
        }
        for (VerifyReport.Layer layer : report.layers()) {
            if (!layer.ok()) {
                String first = layer.problems().isEmpty() ? "it failed" : layer.problems().get(0);
                int more = layer.problems().size() - 1;
                return Verdict.fail("its " + layer.name() + " check failed: " + first
                        + (more > 0 ? " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")" : "")
                        + "; 'workbench verify' gives the full report");
            }
        }
        return Verdict.fail("it failed verification; 'workbench verify' gives the full report");
    }
}
