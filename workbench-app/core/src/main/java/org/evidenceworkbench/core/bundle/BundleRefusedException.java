package org.evidenceworkbench.core.bundle;

import org.evidenceworkbench.core.WorkbenchException;

/** A bundle the importer will not take in: it fails its check, or clashes with one already imported. */
public final class BundleRefusedException extends WorkbenchException {

    public BundleRefusedException(String message) {
        super(message);
    }
}
