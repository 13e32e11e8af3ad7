package org.evidenceworkbench.testing.hostile;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;

/** Allocates until the heap runs out, like a parser that believes a file's claim to hold billions of cells. */
public final class MemoryEatingParser extends HostileParser {

    public static final String MARKER = "%WORKBENCH-HOG%";

    public MemoryEatingParser() {
        super("application/x-workbench-hog");
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            hoard.add(new long[8 << 20]); // 64 MB at a time
        }
    }
}
