package org.evidenceworkbench.ui.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.ui.session.CaseSession;

/** A case session for a test, collecting the errors a view would show in a dialog. */
public final class OpenSession implements AutoCloseable {

    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final CaseSession session;

    public OpenSession(Path caseDir, String examiner) {
        session = new CaseSession(Case.openForWriting(caseDir), examiner, errors::add);
    }

    public CaseSession session() {
        return session;
    }

    /** The errors shown to the user so far. */
    public List<Throwable> errors() {
        return errors;
    }

    @Override
    public void close() {
        session.close();
    }
}
