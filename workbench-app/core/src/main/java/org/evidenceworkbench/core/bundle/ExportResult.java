package org.evidenceworkbench.core.bundle;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param bundleId          the bundle's UUID
 * @param bundle            the bag folder or .zip
 * @param items             items exported
 * @param payloadFiles      item files copied into the bag (one per distinct content)
 * @param thumbnails        thumbnails copied
 * @param metadataOnly      items whose content the profile asked for but that went metadata-only
 * @param metadataOnlyWhy   reason to number of items, for those
 * @param bundleHash        SHA-256 of tagmanifest-sha256.txt
 * @param signer            the signing certificate's subject
 */
public record ExportResult(String bundleId, Path bundle, long items, long payloadFiles, long thumbnails,
                           long metadataOnly, Map<String, Long> metadataOnlyWhy, String bundleHash, String signer) {
}
