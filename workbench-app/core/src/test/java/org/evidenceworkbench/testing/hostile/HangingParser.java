package org.evidenceworkbench.testing.hostile;

import java.io.InputStream;
import java.util.concurrent.CountDownLatch;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;

/** Waits for ever, like a parser blocked on something that never comes. */
public final class HangingParser extends HostileParser {

    public static final String MARKER = "%WORKBENCH-HANG%";

    public HangingParser() {
        super("application/x-workbench-hang");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        CountDownLatch never = new CountDownLatch(1);
        while (true) {
            try {
                never.await();
            } catch (InterruptedException e) {
                // a parser that ignores interruption too, as stuck native or library code does
            }
        }
    }
}
