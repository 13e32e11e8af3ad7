package org.evidenceworkbench.testing.hostile;

import java.io.InputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;

/** Spins for ever on the CPU, like a parser caught in a cycle of a file's internal references. */
public final class LoopingParser extends HostileParser {

    public static final String MARKER = "%WORKBENCH-LOOP%";

    /** Written so the loop cannot be optimised away. */
    public static volatile long spins;

    public LoopingParser() {
        super("application/x-workbench-loop");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        while (spins >= 0) {
            spins++;
        }
    }
}
