package org.evidenceworkbench.core.extract.isolation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.DiskFull;
import org.evidenceworkbench.core.extract.EmbeddedSink;
import org.evidenceworkbench.core.extract.ParsedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parser process of this JVM, one per memory limit, shared by every thread that parses: the
 * documents are parsed side by side in it. A process that was killed or died is replaced by a
 * fresh one on the next parse. A document that was stopped only because another one beside it
 * hung or crashed the process is parsed again alone, with no other document in the process, so
 * its outcome is its own. The process starts when the first document needs it and stays for the
 * next ingest (loading a JVM and Tika's parsers takes seconds), and ends with this JVM, or with it
 * killed. Thread-safe.
 */
public final class ParserPool {

    private static final Logger log = LoggerFactory.getLogger(ParserPool.class);
    /** The processes' scratch folders live under java.io.tmpdir in a folder named for this JVM. */
    private static final String SCRATCH_PREFIX = "workbench-parsers-";
    private static final Map<Integer, ParserPool> POOLS = new ConcurrentHashMap<>();

    private final int heapMb;
    private final Path workDir;
    /** Parses share the process (read lock); a second try of a stopped document has it alone (write lock). */
    private final ReentrantReadWriteLock turns = new ReentrantReadWriteLock();
    private ParserProcess current;
    private final AtomicInteger started = new AtomicInteger();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parser-watchdog");
        t.setDaemon(true);
        return t;
    });

    private ParserPool(int heapMb, Path workDir) {
        this.heapMb = heapMb;
        this.workDir = workDir;
    }

    /** The pool of processes with {@code heapMb} of memory each. */
    public static ParserPool withHeap(int heapMb) {
        return POOLS.computeIfAbsent(heapMb, mb -> {
            if (POOLS.isEmpty()) {
                removeScratchOfDeadJvms();
                Runtime.getRuntime().addShutdownHook(new Thread(ParserPool::closeAll, "parser-pools-close"));
            }
            Path dir = Path.of(System.getProperty("java.io.tmpdir"),
                    SCRATCH_PREFIX + ProcessHandle.current().pid(), mb + "m");
            return new ParserPool(mb, dir);
        });
    }

    /**
     * Parses one document in a parser process and hands its embedded documents to {@code sink}
     * once the process is free again (so a mailbox's attachments, parsed in turn, never wait for a
     * process held by their own mailbox). A parse that had to be stopped comes back as a failed
     * document, timed out or crashed; a full disk stops the ingest.
     *
     * @param typeConfirmed true when {@code mimeType} was proved by the content, so the process need not detect it again
     * @param scratch      a folder of the case's own scratch space for the embedded documents
     * @param embeddedRoom how many bytes of embedded documents may be written out for the sink
     */
    public ParsedDocument parse(Path file, String name, String mimeType, boolean typeConfirmed, int textLimit,
                                Duration timeout, Path scratch, EmbeddedSink sink, long embeddedRoom) {
        Path embeddedDir = newEmbeddedDir(scratch);
        try {
            ParseReply reply;
            ParseRequest request = new ParseRequest(nameableAs(file, embeddedDir), name, mimeType, typeConfirmed,
                    textLimit, embeddedDir, embeddedRoom);
            try {
                reply = ask(request, timeout, turns.readLock());
            } catch (ParserStopped stopped) {
                if (!stopped.collateral()) {
                    log.warn("Parser stopped on {}: {}", name, stopped.getMessage());
                    return ParsedDocument.failed(stopped.outcome(), stopped.getMessage());
                }
                log.info("Parser stopped beside {}; parsing it again alone", name);
                try {
                    reply = ask(request, timeout, turns.writeLock());
                } catch (ParserStopped again) {
                    log.warn("Parser stopped on {} alone: {}", name, again.getMessage());
                    return ParsedDocument.failed(again.outcome(), again.getMessage());
                }
            }
            if (reply.diskFull()) {
                throw new WorkbenchException(reply.document().reason());
            }
            for (EmbeddedFile f : reply.embedded()) {
                try (InputStream in = Files.newInputStream(f.file())) {
                    sink.embedded(in, f.name(), f.modified());
                } catch (IOException e) {
                    DiskFull.rethrowIfFull(e);
                    log.warn("Could not read back the embedded document {} of {}", f.name(), name, e);
                } finally {
                    deleteQuietly(f.file());
                }
            }
            return reply.document();
        } finally {
            TempFolders.delete(embeddedDir);
        }
    }

    private ParseReply ask(ParseRequest request, Duration timeout, Lock turn) throws ParserStopped {
        turn.lock();
        try {
            return process().parse(request, timeout, watchdog);
        } finally {
            turn.unlock();
        }
    }

    /**
     * The file under a name that survives the trip to the parser process as text: a name that is
     * not valid UTF-8 does not, so the process is given a link to it under a plain name (the
     * evidence itself is only read through it).
     */
    private static Path nameableAs(Path file, Path scratch) {
        if (Path.of(file.toString()).equals(file)) {
            return file;
        }
        try {
            return Files.createSymbolicLink(scratch.resolve("document.link"), file.toAbsolutePath());
        } catch (IOException e) {
            throw failure("Could not prepare the case's tmp folder for a parse", e);
        }
    }

    private static Path newEmbeddedDir(Path scratch) {
        try {
            return Files.createTempDirectory(Files.createDirectories(scratch), "embedded-");
        } catch (IOException e) {
            throw failure("Could not prepare the case's tmp folder for a parse", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    /** The running process, or a fresh one in place of one that was killed or died. */
    private synchronized ParserProcess process() {
        if (current != null && current.alive()) {
            return current;
        }
        if (current != null) {
            current.close();
        }
        current = null;
        try {
            current = ParserProcess.start(workDir.resolve("process-" + started.incrementAndGet()), heapMb, watchdog);
            return current;
        } catch (IOException e) {
            throw failure("Could not start a document parser process", e);
        }
    }

    private static WorkbenchException failure(String what, IOException e) {
        DiskFull.rethrowIfFull(e);
        return new WorkbenchException(what + " (" + e.getMessage() + "); check the Java installation and the "
                + "case folder, then run the same command again to resume.", e);
    }

    /** How many parser processes this pool started, replacements included. */
    public int processesStarted() {
        return started.get();
    }

    private synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
        watchdog.shutdownNow();
        TempFolders.delete(workDir);
    }

    private static void closeAll() {
        POOLS.values().forEach(ParserPool::close);
        TempFolders.delete(Path.of(System.getProperty("java.io.tmpdir"), SCRATCH_PREFIX + ProcessHandle.current().pid()));
    }

    /** A JVM killed outright (kill -9, power cut) cannot clean up after itself: the next one does. */
    private static void removeScratchOfDeadJvms() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (var folders = Files.newDirectoryStream(tmp, SCRATCH_PREFIX + "*")) {
            for (Path folder : folders) {
                String pid = folder.getFileName().toString().substring(SCRATCH_PREFIX.length());
                boolean dead = !pid.matches("\\d+") || ProcessHandle.of(Long.parseLong(pid)).isEmpty();
                if (dead) {
                    TempFolders.delete(folder);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for parser scratch folders left by killed runs in {}", tmp, e);
        }
    }
}
