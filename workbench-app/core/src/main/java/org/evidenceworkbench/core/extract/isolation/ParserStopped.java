package org.evidenceworkbench.core.extract.isolation;

import org.evidenceworkbench.core.item.Outcome;

/** A parse that never finished: its process was killed for taking too long, or died on its own. */
final class ParserStopped extends Exception {

    private final Outcome outcome;

    ParserStopped(Outcome outcome, String reason) {
        super(reason);
        this.outcome = outcome;
    }

    Outcome outcome() {
        return outcome;
    }
}
