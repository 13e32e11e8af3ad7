package org.evidenceworkbench.ui.errors;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.index.QuerySyntaxException;

/**
 * Turns a failure into the one sentence a user is shown. The core's own exceptions already speak
 * plainly; anything else is a fault of ours, named but not explained (the details go to the log).
 */
public final class PlainMessage {

    private PlainMessage() {
    }

    public static String of(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof WorkbenchException || t instanceof QuerySyntaxException) {
                return t.getMessage();
            }
        }
        return "Something went wrong (" + error.getClass().getSimpleName() + "); please report it with the log.";
    }
}
