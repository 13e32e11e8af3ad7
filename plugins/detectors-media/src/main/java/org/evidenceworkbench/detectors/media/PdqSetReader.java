package org.evidenceworkbench.detectors.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads reference sets of PDQ hashes: CSV as ThreatExchange and most tools write them (a 64-digit
 * hex hash in the first column, optionally a quality and a label; a header line is allowed), or
 * VICS/Project VIC JSON where media entries carry a {@code PDQ} value (with their
 * {@code Category} as the label). Both are read as a stream, so a set of millions is fine.
 */
final class PdqSetReader {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");

    /** One reference hash and what the set says about it. */
    record Entry(PdqHash hash, String label) {
    }

    /** What was read: the entries went to the sink; the rest were bad lines (with a few examples). */
    record Result(long entries, long badLines, List<String> badExamples) {
    }

    Result read(Path file, Consumer<Entry> sink) throws IOException {
        int first = firstNonSpace(file);
        if (first == '{' || first == '[') {
            try (InputStream in = Files.newInputStream(file)) {
                return readVics(in, sink);
            }
        }
        return readCsv(file, sink);
    }

    private static int firstNonSpace(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xEF || c == 0xBB || c == 0xBF);
            return c;
        }
    }

    private static Result readCsv(Path file, Consumer<Entry> sink) throws IOException {
        long entries = 0;
        long bad = 0;
        List<String> examples = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("[,\\t]", -1);
                String hex = cells[0].strip().replace("\"", "");
                if (!HEX64.matcher(hex).matches()) {
                    if (number == 1) {
                        continue; // a header line
                    }
                    bad++;
                    if (examples.size() < 5) {
                        examples.add("line " + number + ": " + (trimmed.length() > 80 ? trimmed.substring(0, 80) : trimmed));
                    }
                    continue;
                }
                int quality = cells.length > 1 ? quality(cells[1]) : 100;
                String label = cells.length > 2 ? cells[2].strip().replace("\"", "") : "";
                sink.accept(new Entry(PdqHash.fromHex(hex.toLowerCase(Locale.ROOT), quality), label));
                entries++;
            }
        }
        return new Result(entries, bad, List.copyOf(examples));
    }

    private static int quality(String cell) {
        try {
            int q = Integer.parseInt(cell.strip().replace("\"", ""));
            return q >= 0 && q <= 100 ? q : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /**
     * Walks the JSON as tokens: inside any object, a {@code PDQ} field with 64 hex digits is an
     * entry, labelled by that object's {@code Category} if it has one.
     */
    private static Result readVics(InputStream in, Consumer<Entry> sink) throws IOException {
        long entries = 0;
        long bad = 0;
        List<String> examples = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            List<String[]> stack = new ArrayList<>(); // per open object: {pdq, category}
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT) {
                    stack.add(new String[2]);
                } else if (t == JsonToken.END_OBJECT) {
                    String[] o = stack.remove(stack.size() - 1);
                    if (o[0] != null) {
                        if (HEX64.matcher(o[0]).matches()) {
                            sink.accept(new Entry(PdqHash.fromHex(o[0].toLowerCase(Locale.ROOT)),
                                    o[1] == null ? "" : "VICS category " + o[1]));
                            entries++;
                        } else {
                            bad++;
                            if (examples.size() < 5) {
                                examples.add("PDQ value '" + o[0] + "' is not 64 hex digits");
                            }
                        }
                    }
                } else if (t == JsonToken.FIELD_NAME && !stack.isEmpty()) {
                    String name = p.currentName().toLowerCase(Locale.ROOT);
                    JsonToken v = p.nextToken();
                    if (v.isScalarValue() && (name.equals("pdq") || name.equals("category"))) {
                        stack.get(stack.size() - 1)[name.equals("pdq") ? 0 : 1] = p.getValueAsString();
                    } else if (v == JsonToken.START_OBJECT) {
                        stack.add(new String[2]);
                    }
                }
            }
        }
        return new Result(entries, bad, List.copyOf(examples));
    }
}
