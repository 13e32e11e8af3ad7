package org.evidenceworkbench.core.bundle;

/**
 * What the importer asks before it takes a bundle in. {@link BagChecker} checks the BagIt layer;
 * a fuller verifier (signature, CASE/UCO) can take its place without the importer changing.
 */
public interface BundleCheck {

    /** The result of a check: passed, or the first problem in one sentence a person can act on. */
    record Verdict(boolean passed, String reason) {

        public static Verdict pass() {
            return new Verdict(true, null);
        }

        public static Verdict fail(String reason) {
            return new Verdict(false, reason);
        }
    }

    /** Checks the opened bundle; never throws for a bad bundle, only says why it fails. */
    Verdict check(OpenBundle bundle);
}
