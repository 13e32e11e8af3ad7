package org.evidenceworkbench.samples;

import java.util.Locale;

/** How big a generated case is: small for tests and a first look, full for a training day. */
public enum Size {
    SMALL, FULL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
