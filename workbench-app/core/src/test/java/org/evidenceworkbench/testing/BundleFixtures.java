package org.evidenceworkbench.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Builds exchange bundles to the bundle contract (docs/hub.md, BUNDLE.md) for tests of the
 * receiving side: a BagIt 1.0 bag with bag-info.txt, SHA-256 payload and tag manifests,
 * items.csv, findings.json and payload files named by SHA-256. Hashes are computed here with the
 * JDK, never copied from a run. No signature is written (the BagIt layer is what the importer checks).
 */
public final class BundleFixtures {

    public static final List<String> ITEM_COLUMNS = List.of("item_id", "exhibit", "source", "submission", "path",
            "name", "category", "mime_type", "size", "md5", "sha1", "sha256", "created", "modified", "accessed",
            "taken", "latitude", "longitude", "camera_make", "camera_model", "tags", "payload", "thumbnail");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BundleFixtures() {
    }

    /** An exported item: its bytes and what the sender knew about it. */
    public record Item(String id, String exhibit, String path, byte[] bytes, String category, String mimeType,
                       Instant modified, String taken, Double latitude, Double longitude, String cameraMake,
                       String cameraModel, List<String> tags, byte[] thumbnail) {

        public static Item file(String id, String exhibit, String path, byte[] bytes) {
            return new Item(id, exhibit, path, bytes, "document", "text/plain", null, null, null, null, null, null,
                    List.of(), null);
        }

        public static Item picture(String id, String exhibit, String path, byte[] jpeg) {
            return new Item(id, exhibit, path, jpeg, "picture", "image/jpeg", null, null, null, null, null, null,
                    List.of(), null);
        }

        public Item tagged(String... newTags) {
            return new Item(id, exhibit, path, bytes, category, mimeType, modified, taken, latitude, longitude,
                    cameraMake, cameraModel, List.of(newTags), thumbnail);
        }

        public Item camera(String make, String model, String takenAt, double lat, double lon, Instant modifiedAt) {
            return new Item(id, exhibit, path, bytes, category, mimeType, modifiedAt, takenAt, lat, lon, make, model,
                    tags, thumbnail);
        }

        public Item withThumbnail(byte[] jpeg) {
            return new Item(id, exhibit, path, bytes, category, mimeType, modified, taken, latitude, longitude,
                    cameraMake, cameraModel, tags, jpeg);
        }

        public String sha256() {
            return Digests.sha256(bytes);
        }

        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        String extension() {
            String n = name();
            int dot = n.lastIndexOf('.');
            return dot < 0 ? "bin" : n.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A finding of an exported item as findings.json carries it. */
    public record Finding(String itemId, String detector, String type, String label, String entityType,
                          String entityValue, String reviewState, String reviewedBy, Instant reviewedAt,
                          String reviewNote, Map<String, String> attributes) {

        public static Finding identifier(String itemId, String type, String value) {
            return new Finding(itemId, "identifiers." + type, type, type + " " + value, type, value, "unreviewed",
                    null, null, null, Map.of());
        }

        public Finding reviewed(String state, String by, Instant at, String note) {
            return new Finding(itemId, detector, type, label, entityType, entityValue, state, by, at, note, attributes);
        }
    }

    /** A bundle being described; write it as a folder or a zip. */
    public static final class Bundle {
        private String id = UUID.randomUUID().toString();
        private final String organization;
        private final String contact;
        private final String caseReference;
        private String profile = "full";
        private final List<Item> items = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        private Bundle(String organization, String contact, String caseReference) {
            this.organization = organization;
            this.contact = contact;
            this.caseReference = caseReference;
        }

        public Bundle id(String bundleId) {
            this.id = bundleId;
            return this;
        }

        public Bundle metadataOnly() {
            this.profile = "metadata-only";
            return this;
        }

        public Bundle item(Item item) {
            items.add(item);
            return this;
        }

        public Bundle finding(Finding finding) {
            findings.add(finding);
            return this;
        }

        public String id() {
            return id;
        }

        /** Writes the bag folder {@code bundle-<id>} in {@code dir} and returns it. */
        public Path writeFolder(Path dir) throws IOException {
            Path root = dir.resolve("bundle-" + id);
            Files.createDirectories(root.resolve("data/metadata"));
            write(root, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
            write(root, "data/metadata/items.csv", itemsCsv());
            write(root, "data/metadata/findings.json", findingsJson());
            for (Item item : items) {
                if (profile.equals("full")) {
                    Path file = root.resolve("data/items/" + item.sha256() + "." + item.extension());
                    Files.createDirectories(file.getParent());
                    Files.write(file, item.bytes());
                }
                if (item.thumbnail() != null) {
                    Path thumb = root.resolve("data/thumbs/" + item.sha256() + ".jpg");
                    Files.createDirectories(thumb.getParent());
                    Files.write(thumb, item.thumbnail());
                }
            }
            List<Path> payload = payloadFiles(root);
            long bytes = 0;
            for (Path p : payload) {
                bytes += Files.size(p);
            }
            write(root, "bag-info.txt", bagInfo(bytes, payload.size()));
            write(root, "manifest-sha256.txt", manifest(root, payload));
            List<Path> tags = List.of(root.resolve("bagit.txt"), root.resolve("bag-info.txt"),
                    root.resolve("manifest-sha256.txt"));
            write(root, "tagmanifest-sha256.txt", manifest(root, tags));
            return root;
        }

        /** Writes the bag as {@code bundle-<id>.zip} in {@code dir}, the bag folder its single top entry. */
        public Path writeZip(Path dir) throws IOException {
            Path staging = Files.createDirectories(dir.resolve("staging-" + id));
            Path root = writeFolder(staging);
            Path zip = dir.resolve("bundle-" + id + ".zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
                 Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    z.putNextEntry(new ZipEntry("bundle-" + id + "/" + root.relativize(p).toString().replace('\\', '/')));
                    Files.copy(p, z);
                    z.closeEntry();
                }
            }
            return zip;
        }

        private String bagInfo(long bytes, int files) {
            return "Source-Organization: " + organization + "\n"
                    + "Contact-Name: " + contact + "\n"
                    + "External-Identifier: " + caseReference + "\n"
                    + "Bag-Group-Identifier: " + UUID.nameUUIDFromBytes(caseReference.getBytes(StandardCharsets.UTF_8)) + "\n"
                    + "Bagging-Date: 2024-06-01\n"
                    + "Payload-Oxum: " + bytes + "." + files + "\n"
                    + "Bundle-Identifier: " + id + "\n"
                    + "Workbench-Version: 0.1.0-test\n"
                    + "Export-Profile: " + profile + "\n"
                    + "Handling-Marking: OFFICIAL-SENSITIVE\n"
                    + "Export-Selection: tag:shared\n";
        }

        private String itemsCsv() throws IOException {
            StringWriter out = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
                csv.printRecord(ITEM_COLUMNS);
                for (Item i : items) {
                    boolean full = profile.equals("full");
                    csv.printRecord(i.id(), i.exhibit(), "/evidence/" + i.exhibit(), "", i.path(), i.name(),
                            i.category(), i.mimeType(), i.bytes().length, Digests.md5(i.bytes()),
                            Digests.sha1(i.bytes()), i.sha256(), "", i.modified() == null ? "" : i.modified(), "",
                            i.taken() == null ? "" : i.taken(), i.latitude() == null ? "" : i.latitude(),
                            i.longitude() == null ? "" : i.longitude(), nz(i.cameraMake()), nz(i.cameraModel()),
                            String.join(";", i.tags()), full ? "items/" + i.sha256() + "." + i.extension() : "",
                            i.thumbnail() == null ? "" : "thumbs/" + i.sha256() + ".jpg");
                }
            }
            return out.toString();
        }

        private String findingsJson() throws IOException {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Finding f : findings) {
                Item item = items.stream().filter(i -> i.id().equals(f.itemId())).findFirst().orElseThrow();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("item_id", f.itemId());
                m.put("sha256", item.sha256());
                m.put("detector", f.detector());
                m.put("detector_version", "1.0.0");
                m.put("type", f.type());
                m.put("label", f.label());
                m.put("explanation", "Found by the sender's " + f.detector() + ".");
                m.put("where", "line 1, characters 0–13");
                m.put("confidence", 0.9);
                m.put("severity", "info");
                m.put("entity_type", f.entityType());
                m.put("entity_value", f.entityValue());
                m.put("review_state", f.reviewState());
                m.put("reviewed_by", f.reviewedBy());
                m.put("reviewed_at", f.reviewedAt() == null ? null : f.reviewedAt().toString());
                m.put("review_note", f.reviewNote());
                m.put("attributes", f.attributes());
                out.add(m);
            }
            return JSON.writeValueAsString(out);
        }
    }

    public static Bundle bundle(String organization, String contact, String caseReference) {
        return new Bundle(organization, contact, caseReference);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Files.writeString(root.resolve(relative), text, StandardCharsets.UTF_8);
    }

    private static List<Path> payloadFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root.resolve("data"))) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String manifest(Path root, List<Path> files) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path p : files) {
            b.append(Digests.sha256(p)).append("  ").append(root.relativize(p).toString().replace('\\', '/')).append('\n');
        }
        return b.toString();
    }
}
