package org.evidenceworkbench.core.phone;

import org.evidenceworkbench.detector.ItemCategory;

/** The kinds of artefact read out of phone databases and reports; each is an item category of its own. */
public enum ArtefactKind {
    MESSAGE(ItemCategory.MESSAGE),
    CALL(ItemCategory.CALL),
    CONTACT(ItemCategory.CONTACT),
    CHAT(ItemCategory.CHAT),
    WEB_VISIT(ItemCategory.WEB_VISIT),
    WEB_SEARCH(ItemCategory.WEB_SEARCH),
    LOCATION(ItemCategory.LOCATION),
    ACCOUNT(ItemCategory.ACCOUNT);

    private final ItemCategory category;

    ArtefactKind(ItemCategory category) {
        this.category = category;
    }

    public ItemCategory category() {
        return category;
    }

    /** The word users type ({@code type:message}) and read, the same as the category's label. */
    public String label() {
        return category.label();
    }
}
