package org.evidenceworkbench.index;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The index's fields, and the friendly names people type for them. docs/search.md describes the
 * same thing for users; keep the two together.
 */
public final class IndexSchema {

    // stored and exact
    public static final String ID = "id";
    public static final String PATH = "path";
    public static final String PATH_KEY = "path_key";
    public static final String NAME = "name";
    public static final String NAME_KEY = "name_key";
    public static final String EXTENSION = "ext";
    public static final String TYPE = "type";
    public static final String MIME = "mime";
    public static final String SIZE = "size";
    public static final String MD5 = "md5";
    public static final String SHA1 = "sha1";
    public static final String SHA256 = "sha256";
    public static final String SOURCE = "source";
    public static final String SUBMISSION = "submission";
    public static final String OUTCOME = "outcome";
    public static final String FLAG = "flag";
    public static final String TAG = "tag";
    /** Finding types ({@code card}) and the ids of the detectors that found them ({@code identifiers.card}). */
    public static final String FINDING = "finding";
    public static final String REVIEW = "review";
    public static final String HAS = "has";
    public static final String MAKE = "make";
    public static final String MODEL = "model";
    /** The near-duplicate group a picture belongs to: the id of the group's representative item. */
    public static final String GROUP = "group";

    // times, as epoch-millisecond points
    public static final String CREATED = "created";
    public static final String MODIFIED = "modified";
    public static final String ACCESSED = "accessed";
    public static final String TAKEN = "taken";
    public static final String SENT = "sent";
    /** Sort key: taken, else sent, else modified. */
    public static final String TIME = "time";

    // analysed text
    public static final String TEXT = "text";
    public static final String CAMERA = "camera";
    public static final String AUTHOR = "author";
    public static final String TITLE = "title";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String SUBJECT = "subject";
    /** Not a field of its own: a sender or a recipient, i.e. {@link #FROM} or {@link #TO}. */
    public static final String PARTY = "party";
    /**
     * Not a field of its own: words typed without a field are looked for in each of
     * {@link #DEFAULT_FIELDS}, so the text is analysed and stored once.
     */
    public static final String ALL = "all";

    public static final String GEO = "geo";
    public static final String LATITUDE = "lat";
    public static final String LONGITUDE = "lon";

    // facet dimensions
    public static final String FACET_TYPE = "type";
    public static final String FACET_EXTENSION = "extension";
    public static final String FACET_CAMERA = "camera";
    public static final String FACET_FINDING = "finding";
    public static final String FACET_TAG = "tag";
    public static final String FACET_SOURCE = "source";
    public static final String FACET_YEAR = "year";
    public static final List<String> FACETS = List.of(FACET_TYPE, FACET_EXTENSION, FACET_CAMERA, FACET_FINDING,
            FACET_TAG, FACET_SOURCE, FACET_YEAR);

    /** Where words typed without a field are looked for. */
    static final List<String> DEFAULT_FIELDS = List.of(TEXT, NAME, TITLE, SUBJECT, AUTHOR, FROM, TO, CAMERA);

    /** Fields matched as whole, lower-cased values. */
    static final Set<String> KEYWORD_FIELDS = Set.of(EXTENSION, TYPE, MIME, MD5, SHA1, SHA256, SOURCE, SUBMISSION,
            OUTCOME, FLAG, TAG, FINDING, REVIEW, HAS, MAKE, MODEL, GROUP);
    static final Set<String> TEXT_FIELDS = Set.of(TEXT, NAME, PATH, CAMERA, AUTHOR, TITLE, FROM, TO, SUBJECT, ALL);
    static final Set<String> TIME_FIELDS = Set.of(CREATED, MODIFIED, ACCESSED, TAKEN, SENT, TIME);

    /** What people may type before the colon, and the field it means. Case does not matter. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("name", NAME), Map.entry("filename", NAME),
            Map.entry("path", PATH),
            Map.entry("ext", EXTENSION), Map.entry("extension", EXTENSION),
            Map.entry("type", TYPE), Map.entry("category", TYPE),
            Map.entry("mime", MIME), Map.entry("mimetype", MIME),
            Map.entry("size", SIZE),
            Map.entry("md5", MD5), Map.entry("sha1", SHA1), Map.entry("sha256", SHA256), Map.entry("hash", "hash"),
            Map.entry("created", CREATED), Map.entry("modified", MODIFIED), Map.entry("accessed", ACCESSED),
            Map.entry("taken", TAKEN), Map.entry("sent", SENT), Map.entry("date", TIME), Map.entry("time", TIME),
            Map.entry("camera", CAMERA), Map.entry("make", MAKE), Map.entry("model", MODEL),
            Map.entry("author", AUTHOR), Map.entry("title", TITLE),
            Map.entry("from", FROM), Map.entry("to", TO), Map.entry("party", PARTY), Map.entry("subject", SUBJECT),
            Map.entry("text", TEXT), Map.entry("content", TEXT), Map.entry("all", ALL),
            Map.entry("near", "near"), Map.entry("has", HAS),
            Map.entry("source", SOURCE), Map.entry("submission", SUBMISSION),
            Map.entry("outcome", OUTCOME), Map.entry("flag", FLAG),
            Map.entry("tag", TAG), Map.entry("finding", FINDING), Map.entry("review", REVIEW),
            Map.entry("group", GROUP), Map.entry("duplicates", GROUP));

    /** Category words people may use for {@code type:}; e-mail is spelt both ways. */
    static final Map<String, String> TYPE_WORDS = Map.of("e-mail", "email", "mail", "email", "image", "picture",
            "photo", "picture", "pdf", "document", "sms", "message", "visit", "web-visit", "search", "web-search");

    private IndexSchema() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FACET_FINDING, true);
        config.setMultiValued(FACET_TAG, true);
        return config;
    }
}
