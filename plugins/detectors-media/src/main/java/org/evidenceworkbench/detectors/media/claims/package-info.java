/**
 * Checks of crowdsourced claims: what a member of the public said about when and where a picture
 * was taken, against what the picture's own metadata says. The ingest puts each submission's claims
 * into its items' metadata under {@code Submission:}.
 */
package org.evidenceworkbench.detectors.media.claims;
