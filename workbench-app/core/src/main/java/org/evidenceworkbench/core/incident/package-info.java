/**
 * Incidents: crowdsourced media grouped by when and where they were taken, so an analyst sees that
 * forty clips are from the same three minutes at the same corner.
 */
package org.evidenceworkbench.core.incident;
