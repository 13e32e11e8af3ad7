package org.evidenceworkbench.samples;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One training scenario. {@link #generate} writes the evidence under {@code dir/evidence/}, the
 * answer key as {@code dir/answer-key.json} and the trainer's briefing as {@code dir/briefing.md};
 * the same size and seed always give byte-identical files.
 */
public interface Scenario {

    /** The name users type, e.g. {@code fraud}. */
    String name();

    /** One line saying what the case is about. */
    String description();

    void generate(Path dir, Size size, long seed) throws IOException;
}
