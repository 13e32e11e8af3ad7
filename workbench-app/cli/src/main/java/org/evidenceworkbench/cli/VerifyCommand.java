package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evidenceworkbench.core.bundle.BundleVerifier;
import org.evidenceworkbench.core.bundle.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench verify BUNDLE}: check a bundle's signature, BagIt hashes, CASE JSON-LD and VICS. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check an exchange bundle layer by layer: signature, BagIt, case.jsonld, vics.json."
                + " Exit 3 when any check fails.")
final class VerifyCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "The bundle folder or .zip.")
    Path bundle;

    @Option(names = "--trust", paramLabel = "DIR",
            description = "A folder of accepted signer certificates (PEM or DER); without it the signer is not judged.")
    Path trust;

    @Option(names = "--json", description = "Print the per-layer report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        VerifyReport report = new BundleVerifier(trust).verify(bundle.toAbsolutePath().normalize());
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("bundle", report.bundle());
            doc.put("bundleId", report.bundleId());
            doc.put("ok", report.ok());
            doc.put("layers", report.layers());
            out.json(doc);
        } else {
            out.line("Bundle " + report.bundle() + (report.bundleId() == null ? "" : " (" + report.bundleId() + ")"));
            for (VerifyReport.Layer layer : report.layers()) {
                out.line(String.format(java.util.Locale.ROOT, "  %-12s %s", layer.name(), layer.ok() ? "ok" : "FAILED"));
                for (String problem : layer.problems()) {
                    out.line("    " + Output.printable(problem));
                }
                for (String note : layer.notes()) {
                    out.line("    (" + Output.printable(note) + ")");
                }
            }
            out.line(report.ok() ? "The bundle is intact." : "The bundle FAILED verification.");
        }
        return report.ok() ? ExitCode.OK : ExitCode.VERIFICATION_FAILED;
    }
}
