package org.evidenceworkbench.core.phone.ufdr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One {@code <model>} of a report while it is being read: its fields and what its nested models gave it. */
final class UfdrModel {

    final String type;
    final String id;
    /** The modelField it sits in (From, To, Parties, Position, Messages...), or null at the top. */
    final String role;
    final Map<String, String> attributes;
    final Map<String, String> fields = new HashMap<>();
    final List<String> sourceRefs = new ArrayList<>();
    /** Parties of a message or call: "identifier (name)" by role (From, To, Parties...). */
    final List<String[]> parties = new ArrayList<>();
    final List<String> phones = new ArrayList<>();
    final List<String> emails = new ArrayList<>();
    final List<String> attachments = new ArrayList<>();
    Double latitude;
    Double longitude;

    UfdrModel(String type, String id, String role, Map<String, String> attributes) {
        this.type = type == null ? "" : type;
        this.id = id;
        this.role = role;
        this.attributes = attributes;
    }

    String field(String name) {
        return fields.get(name);
    }
}
