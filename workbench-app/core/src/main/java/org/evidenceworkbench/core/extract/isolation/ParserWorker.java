package org.evidenceworkbench.core.extract.isolation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.tika.config.TikaConfig;
import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.extract.EmbeddedSink;
import org.evidenceworkbench.core.extract.ParsedDocument;
import org.evidenceworkbench.core.extract.TikaDocumentParser;
import org.evidenceworkbench.core.item.Outcome;
import org.evidenceworkbench.core.platform.XmlFactories;

/**
 * The main class of a parser process: parses the documents the ingest sends, each on a thread of
 * its own (as many at once as the ingest has threads), and writes each one's embedded documents to
 * files for the ingest to read; replies go back numbered, in the order the parses end. It holds no
 * state between documents, so the ingest may kill it at any moment (a parse that hangs) and start
 * another.
 */
public final class ParserWorker {

    private ParserWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream replies = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // before anything logs or a parser prints: standard output carries the replies and nothing else
        System.setOut(System.err);
        XmlFactories.useJdkDefaults();
        DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in));
        // a killed ingest cannot stop us: leave with it, even in the middle of a parse that hangs
        ProcessHandle.current().parent().ifPresent(ingest -> ingest.onExit().thenRun(() -> Runtime.getRuntime().halt(2)));
        TikaDocumentParser parser = new TikaDocumentParser(TikaConfig.getDefaultConfig());
        Wire.writeReady(replies);
        // one parse per ingest thread at a time, side by side: one JVM compiles the parsers' code once
        ExecutorService parses = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "parse");
            t.setDaemon(true);
            return t;
        });
        while (true) {
            long id;
            ParseRequest request;
            try {
                id = Wire.readRequestId(requests);
                request = Wire.readRequest(requests);
            } catch (EOFException ingestClosedOurInput) {
                return;
            }
            parses.execute(() -> answer(replies, id, parse(parser, request)));
        }
    }

    private static void answer(DataOutputStream replies, long id, ParseReply reply) {
        try {
            synchronized (replies) {
                Wire.writeReply(replies, id, reply);
            }
        } catch (IOException ingestGone) {
            Runtime.getRuntime().halt(2);
        }
    }

    private static ParseReply parse(TikaDocumentParser parser, ParseRequest r) {
        EmbeddedFiles embedded = new EmbeddedFiles(r.embeddedDir(), r.embeddedRoom());
        try {
            ParsedDocument document = parser.parse(r.file(), r.name(), r.mimeType(), r.typeConfirmed(), r.textLimit(), embedded);
            return new ParseReply(document, embedded.files, false);
        } catch (WorkbenchException diskFull) {
            // the only failure the parse lets through: the case's disk is full
            return new ParseReply(ParsedDocument.failed(Outcome.CORRUPT, diskFull.getMessage()), embedded.files, true);
        }
    }

    /** Writes embedded documents out, up to the room the ingest gave for them. */
    private static final class EmbeddedFiles implements EmbeddedSink {

        private final Path dir;
        private final List<EmbeddedFile> files = new ArrayList<>();
        private long room;

        EmbeddedFiles(Path dir, long room) {
            this.dir = dir;
            this.room = room;
        }

        @Override
        public void embedded(InputStream content, String name, Instant modified) throws IOException {
            if (room < 0) {
                return; // past the limit already: the ingest stops expanding this item
            }
            Path file = dir.resolve("embedded-" + (files.size() + 1) + ".bin");
            try (OutputStream out = Files.newOutputStream(file)) {
                // one byte past the room, so the ingest's own copy sees that the limit was reached
                room -= copy(content, out, room == Long.MAX_VALUE ? room : room + 1);
            }
            files.add(new EmbeddedFile(file, name, modified));
        }

        /** Copies at most {@code limit} bytes and reads no further, so an endless stream costs nothing more. */
        private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            int n;
            while (copied < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) > 0) {
                out.write(buffer, 0, n);
                copied += n;
            }
            return copied;
        }
    }
}
