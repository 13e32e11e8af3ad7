package org.evidenceworkbench.core.bundle;

/**
 * What to export and how.
 *
 * @param selection    which items
 * @param profile      how much content
 * @param marking      the handling marking; null for the case's own
 * @param organisation the sending organisation for bag-info.txt's Source-Organization; null when not given
 * @param signingKey   the key to sign with; null for the workstation's own
 * @param zip          one .zip instead of a folder
 * @param categories   the VICS category mapping
 */
public record ExportRequest(Selection selection, ExportProfile profile, String marking, String organisation,
                            SigningKey signingKey, boolean zip, VicsCategories categories) {
}
