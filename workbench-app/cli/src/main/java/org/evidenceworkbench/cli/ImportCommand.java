package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.bundle.BundleImporter;
import org.evidenceworkbench.core.bundle.BundleRefusedException;
import org.evidenceworkbench.core.bundle.VerifierCheck;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench import HUBCASE BUNDLE...}: take exchange bundles into a hub case, with their provenance. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import exchange bundles (bag folders or .zip files) into a hub case. Each bundle is verified",
                "first, as 'workbench verify' does (signature, against --trust when given; every file present with",
                "its recorded hash, nothing added; CASE/UCO and VICS readable); one that fails is refused",
                "(exit 3) unless --force is given with --by and --reason, which the audit log records. Items keep",
                "where they came from (bundle, sending organisation, exhibit, original path and hashes), their",
                "metadata, the sender's tags and reviewed findings; the bundle's files are copied into the case",
                "folder. Importing the same bundle again changes nothing."})
final class ImportCommand extends WorkbenchCommand {

    private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

    @Parameters(index = "0", paramLabel = "HUBCASE", description = "The case folder that receives the bundles.")
    Path caseDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "BUNDLE", description = "Bundle folders or .zip files.")
    List<Path> bundles;

    @Option(names = "--force", description = "Import a bundle even if it fails its check (needs --by and --reason).")
    boolean force;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decided to force the import.")
    String by;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the import is forced.")
    String reason;

    @Option(names = "--trust", paramLabel = "DIR",
            description = "Accept only bundles signed by a certificate in this folder (PEM or DER files).")
    Path trust;

    @Option(names = "--json", description = "Print one JSON object per bundle per line (JSON Lines).")
    boolean json;

    @Override
    public Integer call() {
        if (!force && (by != null || reason != null)) {
            out.error("--by and --reason go with --force; without it a bundle that fails its check is refused.");
            return ExitCode.USAGE;
        }
        if (force && (by == null || by.isBlank() || reason == null || reason.isBlank())) {
            out.error("--force is recorded in the audit log: give who decides with --by and why with --reason.");
            return ExitCode.USAGE;
        }
        BundleImporter.Options options = new BundleImporter.Options(force, by, reason);
        int code = ExitCode.OK;
        try (Case c = openForWriting(caseDir)) {
            BundleImporter importer = new BundleImporter(c, new VerifierCheck(trust));
            for (Path bundle : bundles) {
                try {
                    report(importer.importBundle(bundle, options));
                } catch (BundleRefusedException refused) {
                    out.error(bundle + ": " + refused.getMessage());
                    if (json) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("bundle", bundle.toString());
                        line.put("status", "refused");
                        line.put("reason", refused.getMessage());
                        out.jsonLine(line);
                    }
                    code = ExitCode.VERIFICATION_FAILED;
                } catch (WorkbenchException failed) {
                    // this bundle could not be imported (not there, disk full…); the others still are
                    log.warn("{}", failed.getMessage(), failed.getCause());
                    out.error(bundle + ": " + failed.getMessage());
                    code = code == ExitCode.OK ? ExitCode.FAILURE : code;
                }
            }
        }
        return code;
    }

    private void report(BundleImporter.Result r) {
        if (json) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("bundle", r.location().toString());
            line.put("status", r.status() == BundleImporter.Status.IMPORTED ? "imported" : "already-imported");
            line.put("bundleId", r.bundleId());
            line.put("organization", r.organization());
            line.put("items", r.items());
            line.put("findings", r.findings());
            line.put("payloadProblems", r.payloadProblems());
            line.put("forced", r.forced());
            line.put("checkProblem", r.checkProblem());
            out.jsonLine(line);
            return;
        }
        String from = r.organization() == null ? "" : " from " + r.organization();
        if (r.status() == BundleImporter.Status.ALREADY_IMPORTED) {
            out.line("Bundle " + r.bundleId() + from + " is already in this case (" + r.items()
                    + " items); nothing was imported again.");
            return;
        }
        out.line("Imported bundle " + r.bundleId() + from + ": " + r.items() + " items, " + r.findings()
                + " findings.");
        if (r.forced()) {
            out.line("  Forced although it failed its check (recorded in the audit log): " + r.checkProblem());
        }
        if (r.payloadProblems() > 0) {
            out.line("  " + r.payloadProblems() + " items came without a sound copy of their file; 'show' gives"
                    + " each one's reason.");
        }
    }
}
