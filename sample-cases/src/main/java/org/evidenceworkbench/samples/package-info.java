/**
 * Generated training cases: {@link org.evidenceworkbench.samples.Scenario}s that write synthetic,
 * harmless evidence with an answer key and a trainer's briefing, deterministically from a seed
 * (docs/training.md). Builders of real files (PDF, Office, mail, zip, camera JPEGs, H.264 clips)
 * with fixed times are in {@code build}; each scenario has its own package.
 */
package org.evidenceworkbench.samples;
