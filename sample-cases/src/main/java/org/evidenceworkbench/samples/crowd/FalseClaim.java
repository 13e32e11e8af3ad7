package org.evidenceworkbench.samples.crowd;

/** How a false claim's picture differs from what its submitter says. */
enum FalseClaim {
    /** Taken 2 to 4 km away: the submitter claims the square. */
    ELSEWHERE,
    /** Taken at the square the day before: the submitter claims the incident. */
    DAY_BEFORE,
    /** Taken at the square three hours before the incident. */
    HOURS_BEFORE
}