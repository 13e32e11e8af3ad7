package org.evidenceworkbench.core.item;

/**
 * An identifier found in the case, with how often: one phone number in ten files is one entity
 * with ten items. {@code value} is masked where it is sensitive (payment cards).
 */
public record EntitySummary(String type, String value, long mentions, long items) {

    /** Payment card numbers are shown with only the issuer prefix and the last four digits. */
    public static String display(String type, String value) {
        if (!"card".equals(type) || value.length() < 11) {
            return value;
        }
        return value.substring(0, 6) + "•".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }
}
