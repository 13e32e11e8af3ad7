package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.bundle.BundleExporter;
import org.evidenceworkbench.core.bundle.ExportProfile;
import org.evidenceworkbench.core.bundle.ExportRequest;
import org.evidenceworkbench.core.bundle.ExportResult;
import org.evidenceworkbench.core.bundle.Selection;
import org.evidenceworkbench.core.bundle.SigningKey;
import org.evidenceworkbench.core.bundle.VicsCategories;
import org.evidenceworkbench.core.bundle.WorkstationConfig;
import org.evidenceworkbench.core.bundle.WorkstationKeys;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.index.QuerySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code workbench export CASE OUT}: selected items as a signed exchange bundle (docs/bundle.md);
 * audited.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export selected items as a signed BagIt bundle with CASE/UCO and VICS metadata; audited.")
final class ExportCommand extends WorkbenchCommand {

    static final String DEFAULT_PASSWORD_ENV = "WORKBENCH_KEYSTORE_PASSWORD";

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "OUT",
            description = "A folder to put bundle-<uuid>/ in, or a file ending in .zip.")
    Path destination;

    @Option(names = "--query", paramLabel = "Q", description = "Export the items this search finds.")
    String query;

    @Option(names = "--tag", paramLabel = "T", description = "Export the items with this tag.")
    String tag;

    @Option(names = "--items", paramLabel = "IDS", description = "Export these item ids, e.g. 3,7,12.")
    String items;

    @Option(names = "--profile", paramLabel = "P", defaultValue = "full",
            description = "full (files and thumbnails), metadata-only, or thumbnails. Default: full.")
    String profile;

    @Option(names = "--marking", paramLabel = "M", description = "Handling marking (default: the case's).")
    String marking;

    @Option(names = "--organisation", paramLabel = "ORG",
            description = "Sending organisation for bag-info.txt (default: the signing certificate's O).")
    String organisation;

    @Option(names = "--sign", paramLabel = "KEYSTORE",
            description = "Sign with this PKCS#12 keystore instead of the workstation's own key.")
    Path keystore;

    @Option(names = "--keystore-password-env", paramLabel = "VAR", defaultValue = DEFAULT_PASSWORD_ENV,
            description = "Environment variable holding the keystore's password. Default: " + DEFAULT_PASSWORD_ENV + ".")
    String passwordEnv;

    @Option(names = "--zip", description = "Write one .zip (also when OUT ends in .zip).")
    boolean zip;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        int given = (query != null ? 1 : 0) + (tag != null ? 1 : 0) + (items != null ? 1 : 0);
        if (given > 1) {
            out.error("Give one of --query, --tag or --items, not several.");
            return ExitCode.USAGE;
        }
        Selection selection = query != null ? Selection.query(query) : tag != null ? Selection.tag(tag)
                : items != null ? Selection.items(items) : Selection.all();
        ExportProfile exportProfile = ExportProfile.parse(profile);
        SigningKey key = keystore == null ? null : WorkstationKeys.fromKeystore(keystore, password());
        Path config = WorkstationConfig.folder();
        ExportRequest request = new ExportRequest(selection, exportProfile, marking, organisation, key, zip,
                VicsCategories.load(config));
        ExportResult result;
        ProgressPrinter progress = new ProgressPrinter(out.err(), terminal);
        try (Case c = openForWriting(caseDir)) {
            result = new BundleExporter(c, progress).export(destination, request);
        } catch (QuerySyntaxException e) {
            throw new WorkbenchException(e.getMessage(), e);
        } finally {
            progress.done();
        }
        if (json) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("bundleId", result.bundleId());
            r.put("bundle", result.bundle().toString());
            r.put("items", result.items());
            r.put("payloadFiles", result.payloadFiles());
            r.put("thumbnails", result.thumbnails());
            r.put("metadataOnly", result.metadataOnly());
            r.put("metadataOnlyReasons", result.metadataOnlyWhy());
            r.put("bundleHash", result.bundleHash());
            r.put("signer", result.signer());
            out.json(r);
        } else {
            out.line("Exported " + result.items() + " items (" + exportProfile.label() + ") to " + result.bundle());
            out.line("  files: " + result.payloadFiles() + ", thumbnails: " + result.thumbnails());
            if (result.metadataOnly() > 0) {
                out.line("  " + result.metadataOnly() + " items went metadata-only:");
                result.metadataOnlyWhy().forEach((why, n) -> out.line("    " + n + ": " + why));
            }
            out.line("  bundle hash (SHA-256 of tagmanifest-sha256.txt): " + result.bundleHash());
            out.line("  signed by: " + result.signer());
        }
        return ExitCode.OK;
    }

    private char[] password() {
        String value = System.getenv(passwordEnv);
        if (value == null) {
            throw new WorkbenchException("The environment variable " + passwordEnv + " is not set; put the keystore's"
                    + " password in it (never on the command line).");
        }
        return value.toCharArray();
    }
}
