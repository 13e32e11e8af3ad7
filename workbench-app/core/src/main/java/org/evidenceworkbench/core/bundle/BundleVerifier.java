package org.evidenceworkbench.core.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.evidenceworkbench.core.WorkbenchException;

/**
 * Checks a bundle, folder or .zip, without our software's help in the bundle itself: the CMS
 * signature over the tag manifest (and whether its signer is in a trust folder); BagIt
 * completeness and every SHA-256 and SHA-512; that case.jsonld is JSON-LD of the structure the
 * exporter writes and names only payload files that exist; that vics.json parses. Each problem
 * names the file concerned.
 */
public final class BundleVerifier {

    static final List<String> BAG_INFO_KEYS = List.of("Source-Organization", "Contact-Name", "External-Identifier",
            "Bag-Group-Identifier", "Bagging-Date", "Payload-Oxum", "Bundle-Identifier", "Workbench-Version",
            "Export-Profile", "Handling-Marking", "Export-Selection");
    private static final String TAG_MANIFEST = "tagmanifest-sha256.txt";

    private final Path trustFolder;

    /** @param trustFolder a folder of accepted signer certificates (PEM or DER), or null to not judge the signer */
    public BundleVerifier(Path trustFolder) {
        this.trustFolder = trustFolder;
    }

    public VerifyReport verify(Path bundle) {
        if (!Files.exists(bundle)) {
            throw new WorkbenchException("There is no bundle at " + bundle + "; give the bundle folder or .zip.");
        }
        List<X509Certificate> trust = trustFolder == null ? null : trusted(trustFolder);
        try (BagContents bag = BagContents.open(bundle)) {
            List<VerifyReport.Layer> layers = new ArrayList<>();
            layers.add(signature(bag, trust));
            Map<String, String> bagInfo = new LinkedHashMap<>();
            layers.add(bagit(bag, bagInfo));
            layers.add(caseJsonLd(bag));
            layers.add(vics(bag));
            return new VerifyReport(bundle.toString(), bagInfo.get("Bundle-Identifier"), layers);
        } catch (IOException e) {
            throw new WorkbenchException(bundle + " cannot be read as a bundle (" + e.getMessage()
                    + "); give a bundle folder or a .zip made by 'workbench export'.", e);
        }
    }

    // --- signature ------------------------------------------------------------------------------

    private VerifyReport.Layer signature(BagContents bag, List<X509Certificate> trust) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String p7s = "signature/" + TAG_MANIFEST + ".p7s";
        for (String needed : List.of(p7s, "signature/signer.pem", TAG_MANIFEST)) {
            if (!bag.exists(needed)) {
                problems.add("missing: " + needed);
            }
        }
        if (!problems.isEmpty()) {
            return new VerifyReport.Layer("signature", false, problems, notes);
        }
        BundleSignature.Check check = BundleSignature.verify(bag.readAll(TAG_MANIFEST), bag.readAll(p7s));
        if (!check.valid()) {
            problems.add(p7s + ": " + check.problem());
            return new VerifyReport.Layer("signature", false, problems, notes);
        }
        notes.add("valid signature by " + check.signer().getSubjectX500Principal().getName());
        try {
            List<X509Certificate> pem = BundleSignature.certificates(bag.readAll("signature/signer.pem"));
            if (pem.isEmpty() || !pem.get(0).equals(check.signer())) {
                problems.add("signature/signer.pem: is not the certificate that made the signature");
            }
        } catch (CertificateException e) {
            problems.add("signature/signer.pem: is not a readable certificate");
        }
        if (trust == null) {
            notes.add("signer not checked against a trust folder (none given)");
        } else if (BundleSignature.trusted(check.signer(), trust)) {
            notes.add("trusted signer (in " + trustFolder + ")");
        } else {
            problems.add("untrusted signer: " + check.signer().getSubjectX500Principal().getName()
                    + " is not in the trust folder " + trustFolder + " (the signature itself is valid)");
        }
        return new VerifyReport.Layer("signature", problems.isEmpty(), problems, notes);
    }

    private static List<X509Certificate> trusted(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new WorkbenchException("There is no trust folder at " + folder
                    + "; give a folder of accepted certificates (PEM or DER).");
        }
        List<X509Certificate> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try {
                    out.addAll(BundleSignature.certificates(Files.readAllBytes(f)));
                } catch (CertificateException notACertificate) {
                    // other files may sit in the folder (a README); they are no certificates
                }
            }
        } catch (IOException e) {
            throw new WorkbenchException("The trust folder " + folder + " cannot be read.", e);
        }
        return out;
    }

    // --- BagIt ----------------------------------------------------------------------------------

    private static VerifyReport.Layer bagit(BagContents bag, Map<String, String> bagInfo) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!bag.exists("bagit.txt")) {
            problems.add("missing: bagit.txt");
        } else {
            String declaration = new String(bag.readAll("bagit.txt"), StandardCharsets.UTF_8);
            if (!declaration.contains("BagIt-Version: 1.0") || !declaration.contains("Tag-File-Character-Encoding: UTF-8")) {
                problems.add("bagit.txt: does not declare BagIt-Version 1.0 with UTF-8 tag files");
            }
        }
        if (!bag.exists("bag-info.txt")) {
            problems.add("missing: bag-info.txt");
        } else {
            for (String line : new String(bag.readAll("bag-info.txt"), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    bagInfo.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            for (String key : BAG_INFO_KEYS) {
                if (!bagInfo.containsKey(key)) {
                    problems.add("bag-info.txt: has no " + key);
                }
            }
        }
        Set<String> tagListed = new HashSet<>();
        if (!bag.exists(TAG_MANIFEST)) {
            problems.add("missing: " + TAG_MANIFEST);
        } else {
            for (Map.Entry<String, String> e : manifest(bag, TAG_MANIFEST, problems).entrySet()) {
                tagListed.add(e.getKey());
                if (!bag.exists(e.getKey())) {
                    problems.add("missing: " + e.getKey() + " (listed in " + TAG_MANIFEST + ")");
                } else if (!e.getValue().equalsIgnoreCase(hashes(bag, e.getKey())[0])) {
                    problems.add("changed: " + e.getKey() + " (its SHA-256 differs from " + TAG_MANIFEST + ")");
                }
            }
        }
        Map<String, String> sha256 = new HashMap<>();
        Map<String, String> sha512 = new HashMap<>();
        for (String m : List.of("manifest-sha256.txt", "manifest-sha512.txt")) {
            if (!bag.exists(m)) {
                problems.add("missing: " + m);
            } else {
                (m.contains("256") ? sha256 : sha512).putAll(manifest(bag, m, problems));
            }
        }
        Set<String> seen = new HashSet<>();
        Set<String> added = new TreeSet<>();
        long[] oxum = {0, 0};
        List<String> payload = new ArrayList<>();
        bag.forEachFile(f -> {
            if (f.startsWith("data/")) {
                payload.add(f);
            } else if (!f.startsWith("signature/") && !f.equals(TAG_MANIFEST) && !f.startsWith("manifest-")
                    && !tagListed.contains(f)) {
                added.add(f);
            }
        });
        for (String f : payload) {
            String[] actual = hashes(bag, f);
            oxum[0] += Long.parseLong(actual[2]);
            oxum[1]++;
            if (!sha256.containsKey(f) && !sha512.containsKey(f)) {
                added.add(f);
                continue;
            }
            seen.add(f);
            if (sha256.containsKey(f) && !sha256.get(f).equalsIgnoreCase(actual[0])) {
                problems.add("changed: " + f + " (its SHA-256 differs from manifest-sha256.txt)");
            } else if (sha512.containsKey(f) && !sha512.get(f).equalsIgnoreCase(actual[1])) {
                problems.add("changed: " + f + " (its SHA-512 differs from manifest-sha512.txt)");
            }
            if (!sha256.containsKey(f) || !sha512.containsKey(f)) {
                problems.add("manifest: " + f + " is listed in only one of the payload manifests");
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String f : sha256.keySet()) {
            if (!seen.contains(f)) {
                missing.add(f);
            }
        }
        for (String f : sha512.keySet()) {
            if (!seen.contains(f)) {
                missing.add(f);
            }
        }
        missing.forEach(f -> problems.add("missing: " + f + " (listed in the payload manifest)"));
        added.forEach(f -> problems.add("added: " + f + " (in no manifest)"));
        String declared = bagInfo.get("Payload-Oxum");
        String actualOxum = oxum[0] + "." + oxum[1];
        if (declared != null && !declared.equals(actualOxum)) {
            problems.add("bag-info.txt: Payload-Oxum says " + declared + " but the payload is " + actualOxum
                    + " (bytes.files)");
        }
        notes.add(oxum[1] + " payload files, " + oxum[0] + " bytes, each checked with SHA-256 and SHA-512");
        return new VerifyReport.Layer("bagit", problems.isEmpty(), problems, notes);
    }

    /** A manifest's lines as path to hash; malformed lines are problems. */
    private static Map<String, String> manifest(BagContents bag, String name, List<String> problems) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String text = new String(bag.readAll(name), StandardCharsets.UTF_8);
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2) {
                problems.add(name + ": line " + lineNo + " is not 'hash path'");
                continue;
            }
            out.put(BagPaths.decode(parts[1]), parts[0]);
        }
        return out;
    }

    /** SHA-256, SHA-512 and length of a file in one read. */
    private static String[] hashes(BagContents bag, String file) {
        MessageDigest d256 = BagWriter.digest("SHA-256");
        MessageDigest d512 = BagWriter.digest("SHA-512");
        long total = 0;
        try (InputStream in = bag.open(file)) {
            byte[] buffer = new byte[256 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                d256.update(buffer, 0, n);
                d512.update(buffer, 0, n);
                total += n;
            }
        } catch (IOException e) {
            return new String[] {"unreadable", "unreadable", "0"};
        }
        return new String[] {HexFormat.of().formatHex(d256.digest()), HexFormat.of().formatHex(d512.digest()),
                Long.toString(total)};
    }

    // --- case.jsonld ------------------------------------------------------------------------------

    private static VerifyReport.Layer caseJsonLd(BagContents bag) {
        String file = "data/metadata/case.jsonld";
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!bag.exists(file)) {
            problems.add("missing: " + file);
            return new VerifyReport.Layer("case.jsonld", false, problems, notes);
        }
        long nodes = 0;
        long payloads = 0;
        boolean context = false;
        boolean graph = false;
        try (InputStream in = bag.open(file); JsonParser p = JsonFiles.FACTORY.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("it is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("@context".equals(field) && value == JsonToken.START_OBJECT) {
                    context = true;
                    p.skipChildren();
                } else if ("@graph".equals(field) && value == JsonToken.START_ARRAY) {
                    graph = true;
                    // node by node: a graph of 100,000 files is never held whole
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode node = JsonFiles.MAPPER.readTree(p);
                        nodes++;
                        payloads += checkNode(node, bag, file, problems);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            problems.add(file + ": is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (problems.isEmpty() && (!context || !graph)) {
            problems.add(file + ": has no " + (!context ? "@context object" : "@graph array"));
        }
        notes.add(nodes + " nodes, " + payloads + " payload references checked");
        return new VerifyReport.Layer("case.jsonld", problems.isEmpty(), problems, notes);
    }

    /** Checks a node and its nested nodes have IRIs and types; returns how many payload references it names. */
    private static int checkNode(JsonNode node, BagContents bag, String file, List<String> problems) {
        int payloads = 0;
        JsonNode id = node.get("@id");
        if (node.has("@type") && !node.get("@type").isTextual() && !node.get("@type").isArray()) {
            problems.add(file + ": a node has an @type that is not a name");
        }
        if (node.has("@type") && node.get("@type").isTextual() && node.get("@type").asText().startsWith("xsd:")) {
            return 0; // a typed literal, not a node
        }
        if (node.size() > 1 && (id == null || !id.isTextual() || id.asText().startsWith("_:"))) {
            problems.add(file + ": a node has no IRI (@id)");
        }
        JsonNode url = node.get("uco-observable:fullValue");
        if (url != null && url.isTextual() && url.asText().startsWith("data/")) {
            payloads++;
            if (!bag.exists(url.asText())) {
                problems.add(file + ": names the payload file " + url.asText() + ", which is not in the bundle");
            }
        }
        for (JsonNode child : node) {
            if (child.isObject()) {
                payloads += checkNode(child, bag, file, problems);
            } else if (child.isArray()) {
                for (JsonNode element : child) {
                    if (element.isObject()) {
                        payloads += checkNode(element, bag, file, problems);
                    }
                }
            }
        }
        return payloads;
    }

    // --- vics.json --------------------------------------------------------------------------------

    private static VerifyReport.Layer vics(BagContents bag) {
        String file = "data/metadata/vics.json";
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!bag.exists(file)) {
            problems.add("missing: " + file);
            return new VerifyReport.Layer("vics.json", false, problems, notes);
        }
        long media = 0;
        boolean context = false;
        try (InputStream in = bag.open(file); JsonParser p = JsonFiles.FACTORY.createParser(in)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.FIELD_NAME && "@odata.context".equals(p.currentName()) && p.getParsingContext().getParent().inRoot()) {
                    context = true;
                }
                if (t == JsonToken.FIELD_NAME && "MediaID".equals(p.currentName())) {
                    media++;
                }
            }
        } catch (IOException e) {
            problems.add(file + ": is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (problems.isEmpty() && !context) {
            problems.add(file + ": has no @odata.context; it is not a VICS document");
        }
        notes.add(media + " media");
        return new VerifyReport.Layer("vics.json", problems.isEmpty(), problems, notes);
    }
}
