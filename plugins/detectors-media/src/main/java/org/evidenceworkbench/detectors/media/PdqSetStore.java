package org.evidenceworkbench.detectors.media;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.evidenceworkbench.detector.DataFolders;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The workstation's reference sets of PDQ picture hashes (known-bad pictures to alert on,
 * known-good ones to set aside), kept beside the file hash sets: each set is a normalised CSV
 * ({@code NAME.pdq.csv}: hash, quality, label) and a descriptor ({@code NAME.pdq.json}), written
 * to a temporary file and moved into place, so a failed import never leaves half a set.
 */
public final class PdqSetStore {

    /** System property naming the store's folder. */
    public static final String LOCATION_PROPERTY = "workbench.pdqsets";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** known-bad or known-good. */
    public enum Kind {
        KNOWN_BAD, KNOWN_GOOD;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.label().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return k;
                }
            }
            throw new IllegalArgumentException("the kind is known-bad or known-good, not '" + s + "'");
        }
    }

    /** An imported set as listed. */
    public record Descriptor(String name, String kind, long entries, String sourceName, String sourceSha256,
                             String importedAt) {
    }

    /** What an import did. */
    public record ImportResult(Descriptor descriptor, boolean replaced, long badLines, List<String> badExamples,
                               Duration elapsed) {
    }

    private final Path root;

    public PdqSetStore(Path root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    public static PdqSetStore atDefaultLocation() {
        return new PdqSetStore(defaultLocation());
    }

    /**
     * The folder named by {@value #LOCATION_PROPERTY} if set, else
     * {@code $XDG_DATA_HOME/evidence-workbench/pdqsets}, else {@code ~/.local/share/evidence-workbench/pdqsets}.
     */
    public static Path defaultLocation() {
        return DataFolders.folder(LOCATION_PROPERTY, "pdqsets");
    }

    public Path root() {
        return root;
    }

    /** Imports {@code file} (CSV or VICS JSON) as set {@code name}, replacing a set of that name. */
    public ImportResult importSet(String name, Path file, Kind kind) throws IOException {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("a set name is letters, digits, '.', '_' or '-' (up to 64), not '"
                    + name + "'");
        }
        long started = System.nanoTime();
        Files.createDirectories(root);
        Path csv = root.resolve(name + ".pdq.csv");
        Path tmp = Files.createTempFile(root, ".import", ".tmp");
        PdqSetReader.Result read;
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                IOException[] failure = new IOException[1];
                read = new PdqSetReader().read(file, e -> {
                    try {
                        w.write(e.hash().toHex() + "," + e.hash().quality() + "," + e.label().replace(',', ' ')
                                + "\n");
                    } catch (IOException x) {
                        failure[0] = x;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
            }
            if (read.entries() == 0) {
                throw new IOException("no PDQ hashes found (expected CSV with a 64-digit hex hash first on each line,"
                        + " or VICS JSON with PDQ values)");
            }
            boolean replaced = Files.exists(csv);
            move(tmp, csv);
            Descriptor d = new Descriptor(name, kind.label(), read.entries(), String.valueOf(file.getFileName()),
                    sha256(file), Instant.now().toString());
            Path descriptorTmp = Files.createTempFile(root, ".descriptor", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(descriptorTmp.toFile(), d);
            move(descriptorTmp, root.resolve(name + ".pdq.json"));
            return new ImportResult(d, replaced, read.badLines(), read.badExamples(),
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public List<Descriptor> list() throws IOException {
        List<Descriptor> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*.pdq.json")) {
            for (Path f : files) {
                out.add(JSON.readValue(f.toFile(), Descriptor.class));
            }
        }
        out.sort(Comparator.comparing(Descriptor::name));
        return out;
    }

    public boolean remove(String name) throws IOException {
        boolean had = Files.deleteIfExists(root.resolve(name + ".pdq.json"));
        return Files.deleteIfExists(root.resolve(name + ".pdq.csv")) || had;
    }

    /** All sets, loaded for matching. */
    public PdqSets open() throws IOException {
        PdqSets.Builder b = new PdqSets.Builder();
        for (Descriptor d : list()) {
            Kind kind = Kind.parse(d.kind());
            new PdqSetReader().read(root.resolve(d.name() + ".pdq.csv"), e -> b.add(d.name(), kind, e));
        }
        return b.build();
    }

    /** A stamp that changes whenever a set is imported or removed, so loaded sets know to reload. */
    String generation() throws IOException {
        StringBuilder s = new StringBuilder();
        if (Files.isDirectory(root)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*.pdq.json")) {
                for (Path f : files) {
                    s.append(f.getFileName()).append('@').append(Files.getLastModifiedTime(f).toMillis()).append(';');
                }
            }
        }
        return s.toString();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
