package org.evidenceworkbench.detector;

import java.util.Map;
import java.util.Objects;

/**
 * One thing a detector found, explained well enough for a person to check it.
 *
 * @param type        what kind of thing, stable and lower-case: {@code phone}, {@code card}, {@code known-bad}
 * @param label       a short text for lists; sensitive values masked ({@code 4111 •••• •••• 1111})
 * @param explanation which rule matched what, and why it is believed (e.g. "passes the Luhn check")
 * @param location    where in the item
 * @param confidence  0 to 1: how sure the detector is that this is what it says
 * @param severity    how much it matters if confirmed
 * @param entity      the identifier found, normalised, when the finding names one (a phone
 *                    number in E.164, a lower-case e-mail address); null otherwise. Equal
 *                    entities in different items are one entity with many mentions.
 * @param attributes  machine-readable facts for later analysis across items, as short name → value
 *                    pairs (e.g. the eight dihedral perceptual hashes of a picture); not shown as
 *                    prose, kept with the finding; empty when there are none
 */
public record Finding(String type, String label, String explanation, Location location, double confidence,
                      Severity severity, Entity entity, Map<String, String> attributes) {

    /** Most findings carry no attributes. */
    public Finding(String type, String label, String explanation, Location location, double confidence,
                   Severity severity, Entity entity) {
        this(type, label, explanation, location, confidence, severity, entity, Map.of());
    }

    public Finding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(explanation, "explanation");
        location = location == null ? Location.WHOLE_ITEM : location;
        severity = severity == null ? Severity.INFO : severity;
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence is between 0 and 1: " + confidence);
        }
    }

    /**
     * A normalised identifier.
     *
     * @param type  the entity type, e.g. {@code phone}, {@code email}, {@code iban}
     * @param value the normalised value used to link mentions; may be sensitive (a card number),
     *              so faces show {@link Finding#label()} rather than this
     */
    public record Entity(String type, String value) {
        public Entity {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }
    }
}
