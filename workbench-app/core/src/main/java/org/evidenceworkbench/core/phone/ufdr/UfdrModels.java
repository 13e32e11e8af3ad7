package org.evidenceworkbench.core.phone.ufdr;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.evidenceworkbench.core.phone.Artefact;
import org.evidenceworkbench.core.phone.ArtefactKind;
import org.evidenceworkbench.core.phone.ArtefactSink;

/**
 * What a finished report model means: a message, call, contact, chat, location, account, web
 * visit or search becomes an artefact; a party, position, contact entry or attachment is handed
 * to the model it sits in. Field names are the report's (TimeStamp, Body, Identifier...).
 */
final class UfdrModels {

    private static final String APP = "UFDR";
    private static final int MAX_SKIPPED_TYPES = 100;

    private final ArtefactSink out;
    private final Map<String, String> filePaths;
    private final Map<String, String> localPaths;
    private final Map<String, String> extractions;
    private final Map<String, Integer> skipped;

    UfdrModels(ArtefactSink out, Map<String, String> filePaths, Map<String, String> localPaths,
               Map<String, String> extractions, Map<String, Integer> skipped) {
        this.out = out;
        this.filePaths = filePaths;
        this.localPaths = localPaths;
        this.extractions = extractions;
        this.skipped = skipped;
    }

    void finished(UfdrModel m, UfdrModel parent) {
        switch (m.type) {
            case "Party" -> {
                if (parent != null) {
                    String role = m.field("Role") != null ? m.field("Role") : m.role;
                    parent.parties.add(new String[] {role == null ? "" : role, party(m)});
                }
            }
            case "Coordinate" -> {
                if (parent != null) {
                    parent.latitude = number(m.field("Latitude"));
                    parent.longitude = number(m.field("Longitude"));
                }
            }
            case "PhoneNumber" -> add(parent == null ? null : parent.phones, m.field("Value"));
            case "EmailAddress" -> add(parent == null ? null : parent.emails, m.field("Value"));
            case "Attachment" -> add(parent == null ? null : parent.attachments, attachment(m));
            case "SMS", "MMS", "InstantMessage", "Email" -> out.artefact(message(m, parent));
            case "Call" -> out.artefact(call(m));
            case "Contact" -> out.artefact(contact(m));
            case "Chat" -> out.artefact(chat(m));
            case "Location" -> out.artefact(location(m));
            case "UserAccount" -> out.artefact(account(m));
            case "VisitedPage" -> out.artefact(visit(m));
            case "SearchedItem" -> out.artefact(search(m));
            default -> {
                if (parent == null && (skipped.containsKey(m.type) || skipped.size() < MAX_SKIPPED_TYPES)) {
                    skipped.merge(m.type, 1, Integer::sum); // bounded: a hostile report may invent types without end
                }
            }
        }
    }

    private Artefact base(ArtefactKind kind, UfdrModel m) {
        String source = m.field("Source");
        Artefact a = new Artefact(kind, source == null ? APP : APP + " " + source, m.type, m.id);
        a.time = time(m.field("TimeStamp"));
        String state = m.attributes.get("deleted_state");
        a.deleted = "Deleted".equalsIgnoreCase(state);
        a.provenance.put("Model id", m.id);
        a.provenance.put("Model type", m.type);
        putIfPresent(a, "Deleted state", state);
        putIfPresent(a, "Decoding confidence", m.attributes.get("decoding_confidence"));
        String extraction = m.attributes.get("extractionId");
        if (extraction != null) {
            a.provenance.put("Extraction", extractions.getOrDefault(extraction, extraction));
        }
        if (!m.sourceRefs.isEmpty()) {
            List<String> refs = new ArrayList<>();
            List<String> inReport = new ArrayList<>();
            m.sourceRefs.forEach(ref -> {
                refs.add(filePaths.getOrDefault(ref, ref));
                if (localPaths.containsKey(ref)) {
                    inReport.add(localPaths.get(ref));
                }
            });
            a.provenance.put("Source files", refs);
            if (!inReport.isEmpty()) {
                a.provenance.put("Files in report", inReport); // items of their own, beside report.xml
            }
        }
        return a;
    }

    private Artefact message(UfdrModel m, UfdrModel parent) {
        Artefact a = base(ArtefactKind.MESSAGE, m);
        a.body = m.field("Body");
        a.field("Subject", m.field("Subject"));
        a.field("Status", m.field("Status"));
        a.attachments.addAll(m.attachments);
        parties(a, m);
        String folder = m.field("Folder");
        if (folder != null) {
            a.field("Folder", folder);
            a.direction = folder.equalsIgnoreCase("Inbox") ? "incoming" : folder.equalsIgnoreCase("Sent") ? "outgoing" : null;
        }
        if (parent != null && "Chat".equals(parent.type)) {
            a.thread = "ufdr:" + parent.id;
        } else {
            String other = Artefact.OWNER.equals(a.from) && !a.to.isEmpty() ? a.to.get(0) : a.from;
            a.thread = "ufdr-" + m.type.toLowerCase(Locale.ROOT) + ":" + other;
        }
        return a;
    }

    private Artefact call(UfdrModel m) {
        Artefact a = base(ArtefactKind.CALL, m);
        parties(a, m);
        String type = m.field("Type");
        a.direction = type == null ? null : type.toLowerCase(Locale.ROOT);
        a.durationSeconds = duration(m.field("Duration"));
        return a;
    }

    private Artefact contact(UfdrModel m) {
        Artefact a = base(ArtefactKind.CONTACT, m);
        a.title = m.field("Name");
        a.field("Phones", m.phones.isEmpty() ? null : List.copyOf(m.phones));
        a.field("E-mails", m.emails.isEmpty() ? null : List.copyOf(m.emails));
        return a;
    }

    private Artefact chat(UfdrModel m) {
        Artefact a = base(ArtefactKind.CHAT, m);
        a.thread = "ufdr:" + m.id;
        a.title = m.field("Name");
        m.parties.forEach(p -> a.to(p[1]));
        return a;
    }

    private Artefact location(UfdrModel m) {
        Artefact a = base(ArtefactKind.LOCATION, m);
        a.title = m.field("Name");
        a.body = m.field("Description");
        a.latitude = m.latitude != null ? m.latitude : number(m.field("Latitude"));
        a.longitude = m.longitude != null ? m.longitude : number(m.field("Longitude"));
        a.field("Category", m.field("Category"));
        return a;
    }

    private Artefact account(UfdrModel m) {
        Artefact a = base(ArtefactKind.ACCOUNT, m);
        a.title = m.field("Name");
        a.field("Username", m.field("Username"));
        a.field("Service", m.field("ServiceType"));
        a.field("Phones", m.phones.isEmpty() ? null : List.copyOf(m.phones));
        a.field("E-mails", m.emails.isEmpty() ? null : List.copyOf(m.emails));
        return a;
    }

    private Artefact visit(UfdrModel m) {
        Artefact a = base(ArtefactKind.WEB_VISIT, m);
        a.time = time(m.field("LastVisited")) != null ? time(m.field("LastVisited")) : a.time;
        a.title = m.field("Title");
        a.field("URL", m.field("Url"));
        return a;
    }

    private Artefact search(UfdrModel m) {
        Artefact a = base(ArtefactKind.WEB_SEARCH, m);
        a.body = m.field("Value");
        return a;
    }

    /** A party's role decides whether it is the sender; one flagged IsPhoneOwner is the device owner. */
    private static void parties(Artefact a, UfdrModel m) {
        for (String[] p : m.parties) {
            String role = p[0].toLowerCase(Locale.ROOT);
            if (role.equals("from") && a.from == null) {
                a.from = p[1];
            } else {
                a.to(p[1]);
            }
        }
        if (a.from == null && !a.to.isEmpty()) {
            a.from = Artefact.OWNER; // the report names only the other side of what the owner sent or dialled
        }
        if (a.to.isEmpty() && a.from != null) {
            a.to(Artefact.OWNER);
        }
    }

    private static String party(UfdrModel m) {
        if ("True".equalsIgnoreCase(m.field("IsPhoneOwner"))) {
            return Artefact.OWNER;
        }
        String id = m.field("Identifier");
        String name = m.field("Name");
        if (id == null) {
            return name;
        }
        return name == null || name.equals(id) ? id : id + " (" + name + ")";
    }

    private static String attachment(UfdrModel m) {
        String name = m.field("Filename") != null ? m.field("Filename") : m.field("URL");
        String type = m.field("ContentType");
        return name == null ? null : name + (type == null ? "" : " (" + type + ")");
    }

    /** Report times are ISO-8601, usually with an offset; without one they are taken as UTC. */
    static Instant time(String v) {
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** A report's duration, "hh:mm:ss". */
    static Long duration(String v) {
        if (v == null) {
            return null;
        }
        String[] parts = v.split(":");
        try {
            double seconds = 0;
            for (String p : parts) {
                seconds = seconds * 60 + Double.parseDouble(p.strip());
            }
            return Math.round(seconds);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String v) {
        try {
            return v == null ? null : Double.valueOf(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void add(List<String> to, String value) {
        if (to != null && value != null) {
            to.add(value);
        }
    }

    private static void putIfPresent(Artefact a, String key, String value) {
        if (value != null) {
            a.provenance.put(key, value);
        }
    }
}
