package org.evidenceworkbench.core.extract;

import org.evidenceworkbench.detector.ItemCategory;

/**
 * What an item is: the MIME type judged from its content, the one its extension suggests, and
 * whether the two disagree.
 *
 * @param mimeType      the type the workbench uses, from the content (refined by the name only
 *                      where the content alone says no more than "text" or "bytes")
 * @param extension     the lower-case extension without the dot, or empty
 * @param extensionType the type the extension alone suggests, or null when the extension means nothing
 * @param mismatch      true where the content contradicts the extension
 * @param category      the broad category of {@code mimeType}
 * @param fromContent   true where {@code mimeType} is what the content itself proved (magic and
 *                      container detection), so a parser need not detect it again
 */
public record ContentType(String mimeType, String extension, String extensionType, boolean mismatch,
                          ItemCategory category, boolean fromContent) {
}
