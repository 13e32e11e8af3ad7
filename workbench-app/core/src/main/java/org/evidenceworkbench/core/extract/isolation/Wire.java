package org.evidenceworkbench.core.extract.isolation;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.evidenceworkbench.core.extract.ParsedDocument;
import org.evidenceworkbench.core.item.Outcome;

/**
 * The messages between the ingest and a parser process, over the process's standard input and
 * output: length-prefixed UTF-8 strings and plain numbers, nothing that needs a class to be
 * trusted. Text of any length crosses (DataOutput's own UTF strings stop at 64 KB).
 */
final class Wire {

    /**
     * Sent once by a parser process when Tika is loaded and it can take work. The 0xFF and NUL
     * bytes cannot occur in the text a JVM may print on its standard output before our code runs
     * (an agent's or the flight recorder's start-up lines), which the ingest reads past. 0xFF
     * comes only first, so no proper prefix of the signal is also its suffix.
     */
    private static final byte[] READY = {(byte) 0xFF, 0, 'W', 'B', 'K', 'P', 0, 1};
    /** How much start-up noise the ingest reads past before it gives up on a parser process. */
    private static final int MOST_NOISE = 1 << 20;
    /** Starts every reply, so anything else on the channel is seen as garbage, not misread. */
    private static final int REPLY = 0x57424B52;
    private static final long NO_TIME = Long.MIN_VALUE;

    private Wire() {
    }

    /** A reply and the number of the request it answers. */
    record Numbered(long id, ParseReply reply) {
    }

    static void writeRequest(DataOutputStream out, long id, ParseRequest r) throws IOException {
        out.writeLong(id);
        writeString(out, r.file().toString());
        writeString(out, r.name());
        writeString(out, r.mimeType());
        out.writeBoolean(r.typeConfirmed());
        out.writeInt(r.textLimit());
        writeString(out, r.embeddedDir().toString());
        out.writeLong(r.embeddedRoom());
        out.flush();
    }

    static void writeReady(DataOutputStream out) throws IOException {
        out.write(READY);
        out.flush();
    }

    /** Reads up to and including the ready signal, past whatever came before it. */
    static void awaitReady(DataInputStream in) throws IOException {
        int matched = 0;
        for (int read = 0; matched < READY.length; read++) {
            if (read > MOST_NOISE) {
                throw new IOException("it printed more than its replies on its standard output (look for a Java agent "
                        + "set in JAVA_TOOL_OPTIONS)");
            }
            int b = in.readUnsignedByte();
            // after a mismatch the signal can only start again at this very byte
            matched = b == (READY[matched] & 0xFF) ? matched + 1 : b == (READY[0] & 0xFF) ? 1 : 0;
        }
    }

    /** The request's number, then the request: call {@link #readRequest} right after. */
    static long readRequestId(DataInputStream in) throws IOException {
        return in.readLong();
    }

    static ParseRequest readRequest(DataInputStream in) throws IOException {
        return new ParseRequest(Path.of(readString(in)), readString(in), readString(in), in.readBoolean(), in.readInt(),
                Path.of(readString(in)), in.readLong());
    }

    static void writeReply(DataOutputStream out, long id, ParseReply reply) throws IOException {
        ParsedDocument d = reply.document();
        out.writeInt(REPLY);
        out.writeLong(id);
        out.writeBoolean(reply.diskFull());
        writeString(out, d.outcome().name());
        writeString(out, d.reason() == null ? "" : d.reason());
        writeString(out, d.text());
        out.writeBoolean(d.truncated());
        out.writeInt(d.metadata().size());
        for (Map.Entry<String, List<String>> e : d.metadata().entrySet()) {
            writeString(out, e.getKey());
            out.writeInt(e.getValue().size());
            for (String v : e.getValue()) {
                writeString(out, v == null ? "" : v);
            }
        }
        out.writeInt(reply.embedded().size());
        for (EmbeddedFile f : reply.embedded()) {
            writeString(out, f.file().toString());
            writeString(out, f.name());
            out.writeLong(f.modified() == null ? NO_TIME : f.modified().toEpochMilli());
        }
        out.flush();
    }

    static Numbered readReply(DataInputStream in) throws IOException {
        if (in.readInt() != REPLY) {
            throw new IOException("a garbled reply from a parser process");
        }
        long id = in.readLong();
        boolean diskFull = in.readBoolean();
        Outcome outcome = Outcome.valueOf(readString(in));
        String reason = readString(in);
        String text = readString(in);
        boolean truncated = in.readBoolean();
        int keys = in.readInt();
        Map<String, List<String>> metadata = new LinkedHashMap<>();
        for (int i = 0; i < keys; i++) {
            String key = readString(in);
            int n = in.readInt();
            List<String> values = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                values.add(readString(in));
            }
            metadata.put(key, List.copyOf(values));
        }
        int files = in.readInt();
        List<EmbeddedFile> embedded = new ArrayList<>(files);
        for (int i = 0; i < files; i++) {
            Path file = Path.of(readString(in));
            String name = readString(in);
            long millis = in.readLong();
            embedded.add(new EmbeddedFile(file, name, millis == NO_TIME ? null : Instant.ofEpochMilli(millis)));
        }
        ParsedDocument document = new ParsedDocument(outcome, reason.isEmpty() ? null : reason, text, truncated,
                metadata);
        return new Numbered(id, new ParseReply(document, embedded, diskFull));
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("a garbled message from a parser process");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
