package org.evidenceworkbench.detector;

/**
 * The broad kind of an item, decided from its content type. Detectors declare which categories
 * they want to see; search and triage group by it. The names are part of the query language
 * ({@code type:picture}) and of the JSON the CLI writes, so they are stable.
 */
public enum ItemCategory {
    PICTURE,
    VIDEO,
    AUDIO,
    DOCUMENT,
    SPREADSHEET,
    PRESENTATION,
    EMAIL,
    CHAT,
    ARCHIVE,
    EXECUTABLE,
    DATABASE,
    /** An SMS, MMS or chat message read out of a phone's database (a derived item). */
    MESSAGE,
    /** A call-log entry. */
    CALL,
    /** An address-book or app contact. */
    CONTACT,
    /** A page visit from a browser's history. */
    WEB_VISIT,
    /** A search typed into a browser. */
    WEB_SEARCH,
    /** A place a device recorded. */
    LOCATION,
    /** An account configured on a device. */
    ACCOUNT,
    OTHER;

    /** The lower-case name users type and read, e.g. {@code picture} or {@code web-visit}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The category with this {@link #label()}; OTHER for a label no category has (an older case's). */
    public static ItemCategory fromLabel(String label) {
        for (ItemCategory c : values()) {
            if (c.label().equalsIgnoreCase(label)) {
                return c;
            }
        }
        return OTHER;
    }
}
