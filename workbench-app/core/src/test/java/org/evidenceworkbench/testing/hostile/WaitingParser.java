package org.evidenceworkbench.testing.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A good parser that takes its time: its file names a signal file; it says it has started (a
 * file beside the signal, named {@code .started}) and finishes once the signal file exists, with
 * the text "waited for the signal". Lets a test hold a document in a parser process while another
 * one hangs it.
 */
public final class WaitingParser extends HostileParser {

    public static final String MARKER = "%WORKBENCH-WAIT%";

    public WaitingParser() {
        super("application/x-workbench-wait");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException, TikaException {
        String content = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        Path signal = Path.of(content.substring(MARKER.length()).trim());
        Files.writeString(signal.resolveSibling(signal.getFileName() + ".started"), "started");
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            signal.getParent().register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            for (int minute = 0; !Files.exists(signal); minute++) {
                if (minute == 5) {
                    throw new TikaException("no signal after five minutes");
                }
                watch.poll(1, TimeUnit.MINUTES); // woken by any file created beside the signal
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TikaException("interrupted", e);
        }
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        xhtml.element("p", "waited for the signal");
        xhtml.endDocument();
    }
}
