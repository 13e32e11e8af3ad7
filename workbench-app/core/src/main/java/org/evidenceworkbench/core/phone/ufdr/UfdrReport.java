package org.evidenceworkbench.core.phone.ufdr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.evidenceworkbench.core.phone.ArtefactSink;

/**
 * A Cellebrite reader report's {@code report.xml} (the heart of a {@code .ufdr} zip), streamed
 * with StAX: real reports run to gigabytes, so only the model being read (one message, one
 * call) is held, never the document. Each decoded model ({@code <model type="SMS">} and its
 * {@code <field>}s and nested party, position and attachment models) becomes an artefact via
 * {@link UfdrModels}; the report's own references (model id, extraction, deleted state, the
 * source files it points to) are kept as provenance. The report's files are items already:
 * the zip they are in is expanded like any other.
 */
public final class UfdrReport {

    /** The namespace every Cellebrite report uses; it is how a report.xml is recognised. */
    static final String NAMESPACE_MARK = "pa.cellebrite.com/report";
    private static final int SNIFF_BYTES = 4096;
    /** Tagged files remembered to resolve models' source references; beyond this they stay ids. */
    private static final int MAX_REMEMBERED_FILES = 1_000_000;

    private UfdrReport() {
    }

    /** True for a file named report.xml whose start carries the Cellebrite report namespace. */
    public static boolean isReport(String name, Path file) {
        if (!"report.xml".equalsIgnoreCase(name)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8).contains(NAMESPACE_MARK);
        } catch (IOException e) {
            return false;
        }
    }

    public static void read(InputStream in, ArtefactSink out) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // a report is evidence: no DTDs, no external entities (XXE), nothing fetched
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = factory.createXMLStreamReader(in);
        try {
            new Walk(x, out).run();
        } finally {
            x.close();
        }
    }

    /** One pass over the document, keeping the stack of open models and the field being read. */
    private static final class Walk {

        private final XMLStreamReader x;
        private final UfdrModels models;
        private final Deque<UfdrModel> open = new ArrayDeque<>();
        /** The names of the open modelField/multiModelField elements: a nested model's role (From, To, Position). */
        private final Deque<String> roles = new ArrayDeque<>();
        private final Map<String, String> filePaths = new HashMap<>();
        /** Where each tagged file is inside the report's zip ("Local Path"), by file id. */
        private final Map<String, String> localPaths = new HashMap<>();
        private String openFile;
        private boolean inLocalPath;
        private final Map<String, String> extractions = new HashMap<>();
        private final Map<String, Integer> skipped = new TreeMap<>();
        private final ArtefactSink out;
        private String field;
        private StringBuilder value;

        Walk(XMLStreamReader x, ArtefactSink out) {
            this.x = x;
            this.out = out;
            this.models = new UfdrModels(out, filePaths, localPaths, extractions, skipped);
        }

        void run() throws XMLStreamException {
            while (x.hasNext() && !out.stop()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(x.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(x.getLocalName());
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && value != null) {
                    value.append(x.getText());
                }
            }
            if (!skipped.isEmpty()) {
                out.warning("report model types not read: " + skipped);
            }
        }

        private void start(String element) {
            switch (element) {
                case "model" -> open.push(new UfdrModel(attr("type"), attr("id"), roles.peek(), attributes()));
                case "modelField", "multiModelField" -> roles.push(attr("name") == null ? "" : attr("name"));
                case "field" -> {
                    field = attr("name");
                    value = new StringBuilder();
                }
                case "targetid" -> value = new StringBuilder();
                case "extractionInfo" -> {
                    if (attr("id") != null) {
                        extractions.put(attr("id"), attr("name") != null ? attr("name") : attr("id"));
                    }
                }
                case "file" -> {
                    openFile = attr("id");
                    if (openFile != null && attr("path") != null && filePaths.size() < MAX_REMEMBERED_FILES) {
                        filePaths.put(openFile, attr("path"));
                    }
                }
                case "item" -> {
                    if (openFile != null && "Local Path".equals(attr("name"))) {
                        inLocalPath = true;
                        value = new StringBuilder();
                    }
                }
                default -> { }
            }
        }

        private void end(String element) {
            switch (element) {
                case "model" -> {
                    UfdrModel done = open.pop();
                    models.finished(done, open.peek());
                }
                case "modelField", "multiModelField" -> roles.pop();
                case "field" -> {
                    if (!open.isEmpty() && field != null && value != null) {
                        String v = value.toString().strip();
                        if (!v.isEmpty()) {
                            open.peek().fields.putIfAbsent(field, v);
                        }
                    }
                    field = null;
                    value = null;
                }
                case "file" -> openFile = null;
                case "item" -> {
                    if (inLocalPath) {
                        if (value != null && localPaths.size() < MAX_REMEMBERED_FILES) {
                            localPaths.put(openFile, value.toString().strip().replace('\\', '/'));
                        }
                        inLocalPath = false;
                        value = null;
                    }
                }
                case "targetid" -> {
                    if (!open.isEmpty() && value != null && !value.toString().isBlank()) {
                        open.peek().sourceRefs.add(value.toString().strip());
                    }
                    value = null;
                }
                default -> { }
            }
        }

        private String attr(String name) {
            return x.getAttributeValue(null, name);
        }

        private Map<String, String> attributes() {
            Map<String, String> all = new HashMap<>();
            for (int i = 0; i < x.getAttributeCount(); i++) {
                all.put(x.getAttributeLocalName(i), x.getAttributeValue(i));
            }
            return all;
        }
    }
}
