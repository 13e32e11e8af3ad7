package org.evidenceworkbench.core.phone;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A parser for one app's database: found by its path, confirmed by its schema, read into
 * artefacts. Implementations are stateless and shared between ingest workers.
 */
public interface PhoneDatabase {

    /** A name for people, e.g. "Android SMS/MMS (mmssms.db)". */
    String name();

    /** True when a file at this path (lower case, '/' separated) may be this app's database. */
    boolean matches(String lowerPath);

    /** The tables and columns the parser reads: a database lacking any is a schema it does not know. */
    Map<String, List<String>> required();

    void read(Connection c, SqliteSchema schema, ArtefactSink out) throws SQLException;
}
