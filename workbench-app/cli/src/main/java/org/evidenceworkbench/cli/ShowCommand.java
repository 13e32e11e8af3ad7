package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.item.ItemSummary;
import org.evidenceworkbench.core.review.ItemNote;
import org.evidenceworkbench.core.review.ItemNotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench show CASE ITEM}: one item in full. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one item: hashes, type, times, metadata, provenance, text preview and children.")
final class ShowCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "ITEM", description = "The item's id, or its exact path.")
    String item;

    @Option(names = "--json", description = "Print as JSON (shape in docs/cli.md).")
    boolean json;

    @Override
    public Integer call() {
        try (Case c = openForReading(caseDir)) {
            ItemDetail d = new CaseQueries(c).show(item);
            if (json) {
                out.json(d);
            } else {
                print(d);
                printNotes(new ItemNotes(c).of(d.item().id()));
            }
            return ExitCode.OK;
        }
    }

    /** Examiners' notes, oldest first (also listed by {@code workbench note CASE ITEM}). */
    private void printNotes(List<ItemNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        out.line("");
        out.line("Notes (" + notes.size() + ")");
        for (ItemNote n : notes) {
            out.line("  " + n.writtenAt() + "  " + Output.printable(n.writtenBy()) + ": " + Output.printable(n.note()));
        }
    }

    private void print(ItemDetail d) {
        ItemSummary i = d.item();
        field("Item", String.valueOf(i.id()));
        field("Path", Output.printable(i.path()));
        field("Name", Output.printable(d.name()));
        field("Outcome", i.outcome() + (i.reason() == null ? "" : ": " + i.reason()));
        if (!i.flags().isEmpty()) {
            field("Flags", String.join(", ", i.flags()));
        }
        field("Size", i.size() == null ? null : String.format(java.util.Locale.ROOT, "%,d bytes", i.size()));
        field("MD5", i.md5());
        field("SHA-1", i.sha1());
        field("SHA-256", i.sha256());
        field("Type", i.mimeType() == null ? null : i.mimeType() + " (" + i.category() + ")");
        if (d.extensionType() != null) {
            field("Extension", d.extension() + " suggests " + d.extensionType());
        }
        field("Created", d.fsCreated());
        field("Modified", d.fsModified());
        field("Accessed", d.fsAccessed());
        field("Taken", d.takenAt());
        field("Camera", join(d.cameraMake(), d.cameraModel()));
        if (d.gpsLatitude() != null) {
            field("GPS", d.gpsLatitude() + ", " + d.gpsLongitude());
        }
        field("Author", d.author());
        field("Title", d.title());
        field("From", d.mailFrom());
        field("To", d.mailTo());
        field("Subject", d.mailSubject());
        field("Sent", d.sentAt());
        field("Thumbnail", d.thumbnail() == null ? null : "thumbs/" + d.thumbnail());
        ItemDetail.Provenance p = d.provenance();
        out.line("");
        out.line("Provenance");
        field("  Source", p.sourceLocation() + " (" + p.sourceKind() + ")");
        if (!p.ancestors().isEmpty()) {
            field("  Inside items", p.ancestors().toString());
        }
        if (p.submission() != null) {
            ItemDetail.SubmissionInfo s = p.submission();
            field("  Submission", s.ref());
            field("  Received", s.receivedAt());
            field("  Submitter", s.submitterRef());
            field("  Claimed time", s.claimedTime());
            if (s.claimedLatitude() != null) {
                field("  Claimed place", s.claimedLatitude() + ", " + s.claimedLongitude()
                        + (s.claimedPlace() == null ? "" : " (" + s.claimedPlace() + ")"));
            } else {
                field("  Claimed place", s.claimedPlace());
            }
            field("  Description", s.description());
            field("  Manifest problems", s.problems());
        }
        if (p.bundle() != null) {
            ItemDetail.BundleOrigin b = p.bundle();
            field("  Bundle", b.bundleId() + (b.forced() ? " (imported by force: it failed its check)" : ""));
            field("  Sent by", join(b.contact(), b.organization() == null ? null : "(" + b.organization() + ")"));
            field("  Case reference", b.caseReference());
            field("  Bagged", b.baggingDate());
            field("  Exhibit", b.exhibit());
            field("  Original path", b.originalPath() == null ? null : Output.printable(b.originalPath()));
            field("  Original source", b.originalSource());
            field("  Original item id", b.originalItemId());
            field("  Original SHA-256", b.originalSha256());
            field("  Copy in case", b.payload() == null ? "none (the bundle carried no copy)" : b.payload());
            field("  Imported", d.ingestedAt());
        } else {
            field("  Ingested", d.ingestedAt());
        }
        if (!d.children().isEmpty()) {
            out.line("");
            out.line("Children (" + d.children().size() + ")");
            for (ItemSummary child : d.children()) {
                out.line("  " + child.id() + "\t" + child.outcome() + "\t" + Output.printable(child.path()));
            }
        }
        if (!d.tags().isEmpty()) {
            field("Tags", String.join(", ", d.tags()));
        }
        if (!d.findings().isEmpty()) {
            out.line("");
            out.line("Findings (" + d.findings().size() + ")");
            for (ItemDetail.FindingInfo f : d.findings()) {
                out.line("  #" + f.id() + " " + f.severity() + " " + f.type() + ": " + Output.printable(f.label())
                        + " [" + f.reviewState() + (f.reviewedBy() == null ? "" : " by " + f.reviewedBy()) + "]");
                out.line("      " + Output.printable(f.explanation()));
                out.line("      " + f.where() + " · " + f.detector() + " " + f.detectorVersion() + " · confidence "
                        + String.format(java.util.Locale.ROOT, "%.2f", f.confidence()));
            }
        }
        if (!d.detectorErrors().isEmpty()) {
            out.line("");
            out.line("Detector errors");
            d.detectorErrors().forEach(e -> out.line("  " + Output.printable(e)));
        }
        if (!d.metadata().isEmpty()) {
            out.line("");
            out.line("Metadata");
            printMetadata(d.metadata());
        }
        if (d.text() != null) {
            out.line("");
            out.line("Text (" + d.text().length() + " characters" + (d.text().truncated() ? ", truncated at the limit" : "")
                    + "; the first " + Math.min(d.text().length(), d.text().preview().length()) + ")");
            for (String line : d.text().preview().split("\n")) {
                out.line("  " + Output.printable(line));
            }
        }
    }

    private void printMetadata(Map<String, Object> metadata) {
        for (Map.Entry<String, Object> group : metadata.entrySet()) {
            out.line("  [" + group.getKey() + "]");
            if (group.getValue() instanceof Map<?, ?> tags) {
                for (Map.Entry<?, ?> tag : tags.entrySet()) {
                    Object v = tag.getValue();
                    String value = v instanceof List<?> list ? String.join(" | ", list.stream().map(String::valueOf).toList())
                            : String.valueOf(v);
                    out.line("    " + tag.getKey() + ": " + Output.printable(value));
                }
            }
        }
    }

    private void field(String label, Object value) {
        if (value != null) {
            out.line(String.format(java.util.Locale.ROOT, "%-14s %s", label + ":", value));
        }
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + " " + b;
    }
}
