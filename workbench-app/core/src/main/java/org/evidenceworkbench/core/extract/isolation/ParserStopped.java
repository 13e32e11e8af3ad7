package org.evidenceworkbench.core.extract.isolation;

import org.evidenceworkbench.core.item.Outcome;

/** A parse that never finished: its process was killed for taking too long, or died on its own. */
final class ParserStopped extends Exception {

    private final Outcome outcome;
    private final boolean collateral;

    ParserStopped(Outcome outcome, String reason) {
        this(outcome, reason, false);
    }

    /**
     * @param collateral true when the process was stopped for another document parsed beside this
     *                   one (or it cannot be told which of them was at fault): worth a second try alone
     */
    ParserStopped(Outcome outcome, String reason, boolean collateral) {
        super(reason);
        this.outcome = outcome;
        this.collateral = collateral;
    }

    boolean collateral() {
        return collateral;
    }

    Outcome outcome() {
        return outcome;
    }
}
