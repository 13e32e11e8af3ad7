package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.WorkbenchVersion;
import org.evidenceworkbench.core.audit.AuditLog;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestListener;
import org.evidenceworkbench.core.ingest.IngestProgress;
import org.evidenceworkbench.core.video.KeyframeFiles;

/**
 * Exports selected items of a case as a signed BagIt bundle (docs/bundle.md). The items stream
 * from the database a page at a time through every bundle file at once; payload files are copied
 * one at a time while hashed. Everything is written into a hidden folder next to where the bundle
 * goes and moved into place only when complete and signed, so a failed export leaves nothing that
 * looks like a bundle. The export is recorded in the case's audit log.
 */
public final class BundleExporter {

    /** Item ids listed in the audit entry up to this many; beyond it the entry holds the count and the selection. */
    static final int AUDITED_IDS = 1000;

    private final Case theCase;
    private final IngestListener listener;

    public BundleExporter(Case theCase, IngestListener listener) {
        this.theCase = theCase;
        this.listener = listener == null ? IngestListener.NONE : listener;
    }

    /**
     * Writes the bundle: into the folder {@code out} as {@code bundle-<uuid>/}, or, for a zip, as the
     * file {@code out}.
     */
    public ExportResult export(Path out, ExportRequest request) {
        Path target = out.toAbsolutePath().normalize();
        boolean zip = request.zip() || target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
        refuseEvidenceSource(target);
        BitSet selected = request.selection().resolve(theCase);
        if (selected.isEmpty()) {
            throw new WorkbenchException("No items match " + request.selection().describe()
                    + "; nothing was exported.");
        }
        String bundleId = UUID.randomUUID().toString();
        String bagName = "bundle-" + bundleId;
        Path parent = zip ? target.getParent() : target;
        Path finalPath = zip ? target : target.resolve(bagName);
        if (Files.exists(finalPath)) {
            throw new WorkbenchException(finalPath + " already exists; give a new name for the bundle.");
        }
        Path staging = parent.resolve("." + bagName + ".partial");
        try {
            Files.createDirectories(parent);
            Files.createDirectory(staging);
        } catch (IOException e) {
            throw new WorkbenchException("Could not create " + staging + "; check the folder is writable.", e);
        }
        try {
            Path bagRoot = staging.resolve(bagName);
            ExportResult written = write(bagRoot, bundleId, selected, request);
            if (zip) {
                Path partialZip = parent.resolve("." + bagName + ".zip.partial");
                BundleZip.zip(bagRoot, partialZip);
                Files.move(partialZip, finalPath, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(bagRoot, finalPath, StandardCopyOption.ATOMIC_MOVE);
            }
            ExportResult result = new ExportResult(written.bundleId(), finalPath, written.items(),
                    written.payloadFiles(), written.thumbnails(), written.metadataOnly(), written.metadataOnlyWhy(),
                    written.bundleHash(), written.signer());
            audit(result, request, selected);
            return result;
        } catch (FileAlreadyExistsException e) {
            throw new WorkbenchException(finalPath + " appeared while exporting; give a new name for the bundle.", e);
        } catch (IOException | UncheckedIOException e) {
            throw new WorkbenchException("The export failed (" + e.getMessage() + "); nothing was left at " + finalPath
                    + ". Check the disk has space and the folder is writable.", e);
        } finally {
            BundleZip.deleteTree(staging);
            try {
                Files.deleteIfExists(parent.resolve("." + bagName + ".zip.partial"));
            } catch (IOException ignored) {
                // a leftover hidden partial file is harmless and named as such
            }
        }
    }

    private ExportResult write(Path bagRoot, String bundleId, BitSet selected, ExportRequest request) throws IOException {
        Instant started = Instant.now();
        String version = WorkbenchVersion.get();
        String marking = request.marking() != null ? request.marking() : theCase.info().marking();
        SigningKey key = request.signingKey() != null ? request.signingKey()
                : WorkstationKeys.workstation(WorkstationConfig.folder());
        ItemPages pages = new ItemPages(theCase);
        long[] totals = pages.countAndBytes(selected);
        Set<String> sourceLocations = new HashSet<>();
        Map<String, Long> why = new TreeMap<>();
        long[] counts = new long[4]; // items, payload files, thumbnails, metadata-only
        long[] bytesDone = {0};
        long[] lastReport = {0};
        Path caseThumbs = theCase.layout().thumbsDir().toAbsolutePath().normalize();

        try (BagWriter bag = new BagWriter(bagRoot)) {
            Path metadata = Files.createDirectories(bag.dataPath("metadata"));
            PayloadCopier copier = new PayloadCopier(bag, new KeyframeFiles(theCase.layout()));
            try (ItemsCsvWriter csv = new ItemsCsvWriter(metadata.resolve("items.csv"));
                 FindingsJsonWriter findings = new FindingsJsonWriter(metadata.resolve("findings.json"));
                 VicsWriter vics = new VicsWriter(metadata.resolve("vics.json"), theCase.info(),
                         organisation(request, key), version, request.categories(), started);
                 GeoJsonWriter geo = new GeoJsonWriter(metadata.resolve("locations.geojson"));
                 CaseUcoWriter uco = new CaseUcoWriter(metadata.resolve("case.jsonld"), bundleId, theCase.info(),
                         version, marking, started)) {
                pages.forEachPage(selected, page -> {
                    List<ExportedFinding> pageFindings = pages.findings(page);
                    int f = 0;
                    for (ExportedItem item : page) {
                        sourceLocations.add(item.sourceLocation());
                        String payload = null;
                        if (request.profile().copiesPayload()) {
                            PayloadCopier.Copied copied = copier.copy(item);
                            payload = copied.payload();
                            if (copied.reason() != null) {
                                counts[3]++;
                                why.merge(copied.reason(), 1L, Long::sum);
                            }
                            if (copied.copiedNow()) {
                                counts[1]++;
                            }
                        }
                        String thumb = null;
                        if (request.profile().copiesThumbnails()) {
                            thumb = copier.thumbnail(item, caseThumbs);
                            if (thumb != null) {
                                counts[2]++;
                            }
                        }
                        ExportedItem exported = item.withContent(payload, thumb);
                        List<ExportedFinding> own = new ArrayList<>();
                        while (f < pageFindings.size() && pageFindings.get(f).itemId() == item.id()) {
                            own.add(pageFindings.get(f++));
                        }
                        csv.write(exported);
                        vics.write(exported);
                        geo.write(exported);
                        uco.write(exported, own);
                        for (ExportedFinding finding : own) {
                            findings.write(finding);
                        }
                        counts[0]++;
                        bytesDone[0] += item.size() == null ? 0 : item.size();
                    }
                    long now = System.nanoTime();
                    if (now - lastReport[0] > 1_000_000_000L) {
                        lastReport[0] = now;
                        report(bundleId, counts, bytesDone[0], totals[1], started);
                    }
                });
                uco.finish(Instant.now());
            }
            AuditJsonlWriter.Head head = AuditJsonlWriter.write(metadata.resolve("audit.jsonl"), theCase.audit(),
                    selected, sourceLocations);
            for (String file : List.of("case.jsonld", "vics.json", "items.csv", "findings.json", "audit.jsonl",
                    "locations.geojson")) {
                bag.addWritten("metadata/" + file);
            }
            String bundleHash = bag.finish(bagInfo(bundleId, request, marking, key, version, head));
            Path signature = Files.createDirectories(bagRoot.resolve("signature"));
            byte[] tagManifest = Files.readAllBytes(bagRoot.resolve("tagmanifest-sha256.txt"));
            Files.write(signature.resolve("tagmanifest-sha256.txt.p7s"), BundleSignature.sign(tagManifest, key));
            Files.writeString(signature.resolve("signer.pem"), BundleSignature.pem(key.certificate()),
                    StandardCharsets.US_ASCII);
            report(bundleId, counts, bytesDone[0], totals[1], started);
            return new ExportResult(bundleId, bagRoot, counts[0], counts[1], counts[2], counts[3], why, bundleHash,
                    key.certificate().getSubjectX500Principal().getName());
        }
    }

    private void report(String bundleId, long[] counts, long bytesDone, long bytesTotal, Instant started) {
        listener.progress(new IngestProgress("export bundle-" + bundleId, counts[0], counts[3], bytesDone, bytesTotal,
                Duration.between(started, Instant.now())));
    }

    private Map<String, String> bagInfo(String bundleId, ExportRequest request, String marking, SigningKey key,
                                        String version, AuditJsonlWriter.Head auditHead) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", organisation(request, key));
        info.put("Contact-Name", theCase.info().examiner());
        info.put("External-Identifier", theCase.info().reference() == null ? theCase.info().name()
                : theCase.info().reference());
        info.put("Bag-Group-Identifier", theCase.info().id().toString());
        info.put("Bagging-Date", LocalDate.now(ZoneOffset.UTC).toString());
        info.put("Bundle-Identifier", bundleId);
        info.put("Workbench-Version", version);
        info.put("Export-Profile", request.profile().label());
        info.put("Handling-Marking", marking == null ? "none given" : marking);
        info.put("Export-Selection", request.selection().describe());
        // beyond the agreed keys: the case's audit chain head (sequence number and hash) at export
        info.put("Audit-Chain-Head", auditHead.toString());
        return info;
    }

    /** The organisation given, else the O of the signing certificate, else the certificate's subject. */
    private static String organisation(ExportRequest request, SigningKey key) {
        if (request.organisation() != null && !request.organisation().isBlank()) {
            return request.organisation().strip();
        }
        String subject = key.certificate().getSubjectX500Principal().getName();
        for (String part : subject.split(",")) {
            if (part.strip().startsWith("O=")) {
                return part.strip().substring(2);
            }
        }
        return subject;
    }

    private void audit(ExportResult result, ExportRequest request, BitSet selected) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bundle", result.bundleId());
        details.put("destination", result.bundle().toString());
        details.put("profile", request.profile().label());
        details.put("selection", request.selection().describe());
        details.put("items", result.items());
        if (selected.cardinality() <= AUDITED_IDS) {
            details.put("itemIds", selected.stream().boxed().toList());
        }
        details.put("metadataOnly", result.metadataOnly());
        details.put("bundleHash", result.bundleHash());
        details.put("signer", result.signer());
        theCase.audit().append("bundle.exported", details);
    }

    /** Refuses a destination inside (or equal to) an evidence source: evidence is never written to. */
    private void refuseEvidenceSource(Path target) {
        try (Connection c = theCase.database().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT location FROM source")) {
            Path real = realOrSelf(target);
            while (rs.next()) {
                Path source = Path.of(rs.getString(1));
                if (target.startsWith(source) || real.startsWith(source)) {
                    throw new WorkbenchException(target + " is inside the evidence source " + source
                            + "; evidence is never written to, so give a place outside it.");
                }
            }
        } catch (SQLException e) {
            throw new WorkbenchException("Could not read the case database; it may be damaged.", e);
        }
    }

    /** The real path of the nearest existing ancestor, with the rest appended (links resolved). */
    private static Path realOrSelf(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p));
        } catch (IOException e) {
            return p;
        }
    }

    static String user() {
        return AuditLog.currentUser();
    }
}
