package org.evidenceworkbench.core.phone;

/** Receives the artefacts a parser reads, one at a time, and the warnings it has about its input. */
public interface ArtefactSink {

    void artefact(Artefact artefact);

    /** Something the investigator should know (an unknown schema version, a table not read); never fatal. */
    void warning(String sentence);

    /** True once the ingest is cancelled or its limits are spent: the parser should stop reading. */
    default boolean stop() {
        return false;
    }
}
