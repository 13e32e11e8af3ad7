package org.evidenceworkbench.core.extract.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.evidenceworkbench.core.item.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One parser process: a second JVM running {@link ParserWorker} with its own heap and its own
 * temporary folder, parsing the documents of all the ingest's threads side by side (one JVM
 * compiles Tika's code once; a process per thread compiled it once each, which cost more CPU than
 * the parsing on small documents). Requests are numbered and a reader thread hands each reply to
 * the thread that asked. A parse that outlives its time limit is ended by killing the process; one
 * that exhausts the heap ends it by itself ({@code -XX:+ExitOnOutOfMemoryError}). The documents
 * parsed beside it at that moment are told they were stopped for another's sake (see
 * {@link ParserStopped#collateral()}), so the pool can try them again alone. Thread-safe.
 */
final class ParserProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParserProcess.class);
    /** The JVM's exit status after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    /** A JVM and Tika's parsers take a few seconds to load on a busy machine; far longer means trouble. */
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(2);

    /** A request waiting for its reply. */
    private record Waiting(CompletableFuture<ParseReply> reply, Duration limit, AtomicBoolean timedOut) {
    }

    private final Process process;
    private final Path tmp;
    private final DataOutputStream requests;
    private final DataInputStream replies;
    private final int heapMb;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Waiting> waiting = new ConcurrentHashMap<>();
    /** Set once the process is dead or dying: it must never be given another document. */
    private volatile boolean spent;

    private ParserProcess(Process process, Path tmp, int heapMb) {
        this.process = process;
        this.tmp = tmp;
        this.heapMb = heapMb;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.replies = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    static ParserProcess start(Path tmp, int heapMb, ScheduledExecutorService watchdog) throws IOException {
        Files.createDirectories(tmp);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heapMb + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        // the JVM's own messages (such as the out-of-memory notice) must not mix with the replies
        command.add("-XX:+DisplayVMOutputToStderr");
        // and so must its logging, whatever JAVA_TOOL_OPTIONS or JDK_JAVA_OPTIONS asked for (both
        // come before these options): a GC or class-loading log on standard output would garble
        // the replies
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        command.add("-XX:+UseSerialGC"); // one parse at a time: the smallest collector is the right one
        command.add("-Djava.awt.headless=true");
        // Tika's own scratch files go where the ingest cleans up, even after a kill
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-XX:ErrorFile=" + tmp.resolve("hs_err_%p.log")); // a crash report is scratch too, not litter
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ParserWorker.class.getName());
        // what becomes of a parse is in its reply or, if it never came, in the item's reason; the
        // process's own chatter (the JVM's out-of-memory notice) is not for the examiner's terminal
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // the one way of passing JVM options that overrides the command line above; a debugging aid
        // the JDK does not support, and no business of the parser process
        builder.environment().remove("_JAVA_OPTIONS");
        ParserProcess p = new ParserProcess(builder.start(), tmp, heapMb);
        try {
            p.awaitReady(watchdog);
            Thread reader = new Thread(p::readReplies, "parser-replies-" + p.process.pid());
            reader.setDaemon(true);
            reader.start();
            return p;
        } catch (IOException e) {
            p.close();
            throw new IOException("A parser process did not start: " + e.getMessage(), e);
        }
    }

    private void awaitReady(ScheduledExecutorService watchdog) throws IOException {
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> kill = watchdog.schedule(() -> killForTime(killed), STARTUP_LIMIT.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            Wire.awaitReady(replies);
        } catch (IOException e) {
            if (killed.get()) {
                throw new IOException("it was not ready after " + describe(STARTUP_LIMIT), e);
            }
            if (e instanceof EOFException) {
                throw new IOException("it ended with status " + exitStatus() + " before it was ready", e);
            }
            throw e;
        } finally {
            kill.cancel(false);
        }
    }

    /**
     * Parses one document, or throws when the process had to be killed or died. May be called by
     * several threads at once.
     */
    ParseReply parse(ParseRequest request, Duration timeout, ScheduledExecutorService watchdog) throws ParserStopped {
        long id = ids.incrementAndGet();
        Waiting w = new Waiting(new CompletableFuture<>(), timeout, new AtomicBoolean());
        waiting.put(id, w);
        if (spent) {
            waiting.remove(id);
            throw new ParserStopped(Outcome.CRASHED, "the document parser stopped before this file was parsed",
                    true);
        }
        ScheduledFuture<?> kill = watchdog.schedule(() -> {
            w.timedOut().set(true);
            spent = true;
            process.destroyForcibly();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            synchronized (requests) {
                Wire.writeRequest(requests, id, request);
            }
        } catch (IOException deadAlready) {
            // the reader sees the process end and answers every waiting request
        }
        try {
            return w.reply().get();
        } catch (ExecutionException e) {
            throw (ParserStopped) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParserStopped(Outcome.CRASHED, "the ingest was interrupted while this file was parsed", true);
        } finally {
            if (!kill.cancel(false)) {
                spent = true; // the watchdog fired as the reply came: the process is being killed
            }
            waiting.remove(id);
        }
    }

    /** Hands each reply to its request until the process ends, then tells every request still waiting why. */
    private void readReplies() {
        try {
            while (true) {
                Wire.Numbered n = Wire.readReply(replies);
                Waiting w = waiting.get(n.id());
                if (w != null) {
                    w.reply().complete(n.reply());
                }
            }
        } catch (IOException | RuntimeException ended) { // a dead process, or one that died mid-reply
            spent = true;
            int exit = exitStatus(); // also makes sure the process is gone before the requests hear of it
            List<Waiting> left = List.copyOf(waiting.values());
            boolean oneTimedOut = left.stream().anyMatch(w -> w.timedOut().get());
            for (Waiting w : left) {
                w.reply().completeExceptionally(w.timedOut().get() ? timedOut(w.limit())
                        : oneTimedOut || left.size() > 1 ? collateral(exit) : ownFault(exit));
            }
        }
    }

    private void killForTime(AtomicBoolean killed) {
        killed.set(true);
        process.destroyForcibly();
    }

    private ParserStopped stopped(boolean killedForTime, Duration limit) {
        return killedForTime ? timedOut(limit) : ownFault(exitStatus());
    }

    private static ParserStopped timedOut(Duration limit) {
        return new ParserStopped(Outcome.TIMED_OUT, "the document parser was still busy after "
                + describe(limit) + " and was stopped (it may loop for ever on this file); hashed, but its "
                + "text and metadata were not read (raise --parse-timeout to allow longer)");
    }

    private ParserStopped ownFault(int exit) {
        if (exit == OUT_OF_MEMORY_EXIT) {
            return new ParserStopped(Outcome.CRASHED, "the document parser ran out of memory on this file (its "
                    + "limit is " + heapMb + " MB) and was stopped; hashed, but its text and metadata were not read");
        }
        return new ParserStopped(Outcome.CRASHED, "the document parser crashed on this file (its process ended "
                + "with status " + exit + "); hashed, but its text and metadata were not read");
    }

    /** Stopped with another document, or with others when it cannot be told whose fault it was. */
    private ParserStopped collateral(int exit) {
        ParserStopped own = ownFault(exit);
        return new ParserStopped(own.outcome(), own.getMessage(), true);
    }

    private int exitStatus() {
        try {
            if (process.waitFor(30, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return -1;
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    boolean alive() {
        return !spent && process.isAlive();
    }

    /** Ends the process (closing its input lets an idle one leave by itself) and removes its folder. */
    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException e) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        TempFolders.delete(tmp);
        log.debug("Parser process {} ended", process.pid());
    }
}
