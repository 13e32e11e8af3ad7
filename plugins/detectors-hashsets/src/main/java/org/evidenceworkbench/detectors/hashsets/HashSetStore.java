package org.evidenceworkbench.detectors.hashsets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidenceworkbench.detector.DataFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's hash sets: a folder shared by every case, by default
 * {@code $XDG_DATA_HOME/evidence-workbench/hashsets} ({@code ~/.local/share/...}), or the folder
 * named by the system property {@value #LOCATION_PROPERTY}.
 *
 * <pre>
 * hashsets/
 *   nsrl.json                  descriptor: kind, source file and its SHA-256, counts, ...
 *   data/nsrl-1f0c9a2b3d4e5f60.bin   the hashes, sorted, for memory-mapped lookups ({@link SetFile})
 *   tmp/                       imports in progress (abandoned ones are deleted after a day)
 *   .lock                      held while a set is committed or removed
 * </pre>
 *
 * An import reads the source once into sorted runs of bounded size, merges them into a new data
 * file, and only then swaps the descriptor in with an atomic rename: until that moment the old
 * set (if any) is untouched, and a failed import leaves nothing behind.
 */
public final class HashSetStore {

    /** System property naming the store folder; the default is under XDG_DATA_HOME. */
    public static final String LOCATION_PROPERTY = "workbench.hashsets";

    static final int DEFAULT_CHUNK_BYTES = 32 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(HashSetStore.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final String DESCRIPTOR = ".json";
    private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;
    private final int chunkBytes;

    /** The store in {@code root}; the folder is made on the first import. */
    public HashSetStore(Path root) {
        this(root, DEFAULT_CHUNK_BYTES);
    }

    /** @param chunkBytes memory for one sorted run per algorithm during an import (tests make it small) */
    HashSetStore(Path root, int chunkBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.chunkBytes = chunkBytes;
    }

    /** The store at {@link #defaultLocation()}. */
    public static HashSetStore atDefaultLocation() {
        return new HashSetStore(defaultLocation());
    }

    /**
     * The folder named by {@value #LOCATION_PROPERTY} if set, else
     * {@code $XDG_DATA_HOME/evidence-workbench/hashsets}, else
     * {@code ~/.local/share/evidence-workbench/hashsets}.
     */
    public static Path defaultLocation() {
        return DataFolders.folder(LOCATION_PROPERTY, "hashsets");
    }

    public Path root() {
        return root;
    }

    /**
     * Imports {@code file} as the set {@code name}, replacing any set of that name atomically.
     * Malformed lines are skipped, counted and the first few kept in the result; a file that
     * yields no hash at all, is not in the format asked for, or cannot be read fails the import
     * and leaves the store as it was.
     *
     * @param name   lower-case letters, digits, '.', '_' or '-', starting with a letter or digit; at most 64
     * @param format the file's format, or {@link Format#AUTO} to tell it from the content
     */
    public ImportResult importSet(String name, Path file, Kind kind, Format format) throws IOException {
        checkName(name);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        long started = System.nanoTime();
        FormatSniffer.refuseUnreadable(file);
        Format resolved = format == Format.AUTO ? FormatSniffer.detect(file) : format;
        Files.createDirectories(dataFolder(root));
        Files.createDirectories(root.resolve("tmp"));
        deleteAbandonedImports();
        Path work = Files.createTempDirectory(root.resolve("tmp"), "import-" + name + "-");
        try (Collector collector = new Collector(work, chunkBytes)) {
            Source source = read(file, resolved, collector);
            if (collector.entries() == 0) {
                throw new IOException("no hashes in " + file.getFileName() + " read as " + resolved.description() + " ("
                        + collector.badLines().count() + " bad lines" + (collector.badLines().count() == 0 ? ""
                        : "; first: " + collector.badLines().examples().get(0)) + "): is the format right?");
            }
            String dataName = name + "-" + randomId() + ".bin";
            Path tempData = work.resolve(dataName);
            Map<Algorithm, Long> counts = new EnumMap<>(Algorithm.class);
            SetFileWriter writer = new SetFileWriter(tempData, collector.hasCategories());
            try (writer) {
                for (Algorithm a : Algorithm.values()) {
                    if (collector.sorter(a) != null) {
                        counts.put(a, writer.section(a, collector.sorter(a)));
                    }
                }
            }
            HashSetDescriptor descriptor = new HashSetDescriptor(name, kind, resolved, source.variant(),
                    file.getFileName().toString(), source.sha256(), source.size(), Instant.now(), counts,
                    collector.categories(), collector.entries(), collector.duplicates(), collector.badLines().count(),
                    dataName, writer.contentSha256());
            boolean replaced = commit(descriptor, tempData, work);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("hash set {} imported from {} ({}): {} hashes, {} duplicates, {} bad lines, {} ms", name,
                    file.getFileName(), descriptor.variant(), descriptor.hashes(), descriptor.duplicates(),
                    descriptor.badLines(), elapsed.toMillis());
            return new ImportResult(descriptor, replaced, collector.badLines().examples(), collector.conflicts(),
                    elapsed);
        } finally {
            deleteTree(work);
        }
    }

    /** The sets in the store, by name. */
    public List<HashSetDescriptor> list() throws IOException {
        return readDescriptors(root);
    }

    /** The set called {@code name}, if there is one. */
    public Optional<HashSetDescriptor> get(String name) throws IOException {
        checkName(name);
        Path file = root.resolve(name + DESCRIPTOR);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(DescriptorJson.read(in, file.toString()));
        }
    }

    /** Removes the set called {@code name}; false if there was none. */
    public boolean remove(String name) throws IOException {
        checkName(name);
        return locked(() -> {
            Optional<HashSetDescriptor> old = get(name);
            if (old.isEmpty()) {
                return false;
            }
            Files.delete(root.resolve(name + DESCRIPTOR)); // the commit point: the set is gone
            deleteUnreferencedData();
            return true;
        });
    }

    /** The sets as they are now, opened for lookups (shared with detectors using the same store). */
    public HashSets open() throws IOException {
        return HashSets.open(root);
    }

    static Path dataFolder(Path root) {
        return root.resolve("data");
    }

    static List<HashSetDescriptor> readDescriptors(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<HashSetDescriptor> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root, "*" + DESCRIPTOR)) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    out.add(DescriptorJson.read(in, file.toString()));
                } catch (NoSuchFileException removedMeanwhile) {
                    // another process removed the set while we listed
                }
            }
        }
        out.sort(Comparator.comparing(HashSetDescriptor::name));
        return out;
    }

    private record Source(String variant, String sha256, long size) {
    }

    private static Source read(Path file, Format format, Collector collector) throws IOException {
        long size = Files.size(file);
        if (format == Format.NSRL_SQLITE) {
            String variant = NsrlSqliteReader.read(file, collector);
            try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
                in.transferTo(OutputStream.nullOutputStream());
                return new Source(variant, HexFormat.of().formatHex(in.getMessageDigest().digest()), size);
            }
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            String variant = null;
            switch (format) {
                case PLAIN:
                    PlainListReader.read(in, collector);
                    break;
                case NSRL:
                    NsrlFileReader.read(in, collector);
                    variant = "NSRL RDS NSRLFile.txt";
                    break;
                case VICS:
                    variant = VicsJsonReader.read(in, collector);
                    break;
                default:
                    throw new IllegalArgumentException("no reader for " + format);
            }
            in.transferTo(OutputStream.nullOutputStream()); // whatever the reader left, for the digest
            return new Source(variant, HexFormat.of().formatHex(in.getMessageDigest().digest()), size);
        }
    }

    // Moves the data in, then swaps the descriptor in atomically, then drops the replaced data.
    private boolean commit(HashSetDescriptor descriptor, Path tempData, Path work) throws IOException {
        Path tempDescriptor = work.resolve(descriptor.name() + DESCRIPTOR);
        try (OutputStream out = Files.newOutputStream(tempDescriptor)) {
            DescriptorJson.write(descriptor, out);
        }
        try (FileChannel channel = FileChannel.open(tempDescriptor, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return locked(() -> {
            boolean replaced = Files.exists(root.resolve(descriptor.name() + DESCRIPTOR));
            move(tempData, dataFolder(root).resolve(descriptor.dataFile()));
            move(tempDescriptor, root.resolve(descriptor.name() + DESCRIPTOR));
            deleteUnreferencedData();
            return replaced;
        });
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the hash set store needs a file system that renames atomically: " + to, e);
        }
    }

    // Data files no descriptor names: replaced or removed sets, or an import that died. A file a
    // running detector still maps cannot be deleted on Windows; it goes on a later attempt.
    private void deleteUnreferencedData() throws IOException {
        Set<String> referenced = new HashSet<>();
        for (HashSetDescriptor d : readDescriptors(root)) {
            referenced.add(d.dataFile());
        }
        try (Stream<Path> files = Files.list(dataFolder(root))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!referenced.contains(file.getFileName().toString())) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException inUse) {
                        LOG.debug("cannot delete the unused hash set data file {} yet: {}", file, inUse.toString());
                    }
                }
            }
        } catch (NoSuchFileException noDataYet) {
            // nothing imported yet
        }
    }

    // Work folders of imports killed before they could clean up. A running import touches its
    // folder every sorted run, so one untouched for a day is abandoned.
    private void deleteAbandonedImports() throws IOException {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root.resolve("tmp"), "import-*")) {
            for (Path folder : folders) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(dayAgo)) {
                    deleteTree(folder);
                }
            }
        }
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    // One thread of this JVM at a time (file locks are per process), and one process at a time.
    private <T> T locked(Locked<T> action) throws IOException {
        ReentrantLock lock = LOCKS.computeIfAbsent(root, r -> new ReentrantLock());
        lock.lock();
        try {
            Files.createDirectories(root);
            try (FileChannel channel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                FileLock fileLock = channel.lock();
                try {
                    return action.run();
                } finally {
                    fileLock.release();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a hash set name is 1 to 64 lower-case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit: '" + name + "'");
        }
    }

    private static String randomId() {
        byte[] id = new byte[8];
        RANDOM.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}: {}", p, e.toString());
                }
            });
        } catch (IOException e) {
            LOG.warn("cannot clean up {}: {}", dir, e.toString());
        }
    }
}
