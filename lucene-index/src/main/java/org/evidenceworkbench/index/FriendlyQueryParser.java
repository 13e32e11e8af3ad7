package org.evidenceworkbench.index;

import static org.evidenceworkbench.index.IndexSchema.*;

import java.util.Locale;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Lucene's classic query syntax with the workbench's friendly fields and values: field names in
 * any case and with aliases ({@code filename:}, {@code e-mail}), sizes with units, dates in ISO or
 * UK order, {@code near:lat,lon,radius}, {@code hash:} for any digest, {@code has:gps}. Words
 * without a field search everything; several words must all match. Not thread-safe: make one
 * per query.
 */
public final class FriendlyQueryParser extends QueryParser {

    public FriendlyQueryParser(Analyzer analyzer) {
        super(ALL, analyzer);
        setDefaultOperator(Operator.AND);
        setAllowLeadingWildcard(true);
        setSplitOnWhitespace(true);
    }

    /** Parses a query as typed; a mistake is a {@link QuerySyntaxException} with a plain message. */
    public Query parseFriendly(String query) {
        if (query == null || query.isBlank()) {
            throw new QuerySyntaxException("The query is empty; type words to find, or a field such as type:picture.");
        }
        String rewritten = QueryRewriter.rewrite(query.strip());
        try {
            return parse(rewritten);
        } catch (ParseException e) {
            throw QuerySyntaxException.from(query, e);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("The query '" + query + "' cannot be run: " + e.getMessage() + ".");
        }
    }

    private static String field(String typed) throws ParseException {
        String f = ALIASES.get(typed.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new ParseException("There is no field '" + typed + "'. Fields: " + String.join(", ",
                    new TreeSet<>(ALIASES.keySet())) + ". To search for text containing a colon, put it in quotes");
        }
        return f;
    }

    @Override
    protected Query getFieldQuery(String typedField, String text, boolean quoted) throws ParseException {
        String f = field(typedField);
        String v = text.strip();
        switch (f) {
            case "hash":
                return hash(v);
            case "near":
                return near(v);
            case SIZE:
                long n = QueryValues.bytes(v);
                return LongPoint.newExactQuery(SIZE, n);
            case TYPE:
                return new TermQuery(new Term(TYPE, typeWord(v)));
            default:
                break;
        }
        if (TIME_FIELDS.contains(f)) {
            QueryValues.Span span = QueryValues.span(v);
            return LongPoint.newRangeQuery(f, span.from(), span.to() - 1);
        }
        if (KEYWORD_FIELDS.contains(f)) {
            return new TermQuery(new Term(f, lower(v)));
        }
        if (f.equals(ALL)) {
            return anyField(fld -> super.getFieldQuery(fld, text, quoted));
        }
        if (f.equals(PARTY)) {
            return either(super.getFieldQuery(FROM, text, quoted), super.getFieldQuery(TO, text, quoted));
        }
        Query q = super.getFieldQuery(f, text, quoted);
        return q == null ? new MatchNoDocsQuery("only stop words") : q;
    }

    @Override
    protected Query getFieldQuery(String typedField, String text, int slop) throws ParseException {
        String f = field(typedField);
        if (f.equals(ALL)) {
            return anyField(fld -> super.getFieldQuery(fld, text, slop));
        }
        if (f.equals(PARTY)) {
            return either(super.getFieldQuery(FROM, text, slop), super.getFieldQuery(TO, text, slop));
        }
        if (!TEXT_FIELDS.contains(f)) {
            return getFieldQuery(typedField, text, true);
        }
        return super.getFieldQuery(f, text, slop);
    }

    /** A party is a sender or a recipient. */
    private static Query either(Query from, Query to) {
        if (from == null || to == null) {
            return new MatchNoDocsQuery("only stop words");
        }
        return new BooleanQuery.Builder().add(from, BooleanClause.Occur.SHOULD).add(to, BooleanClause.Occur.SHOULD)
                .build();
    }

    /** How a query is made for one field, for words typed without a field. */
    @FunctionalInterface
    private interface PerField {
        Query make(String field) throws ParseException;
    }

    /** Words without a field match in any of the default fields. */
    private static Query anyField(PerField perField) throws ParseException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String fld : DEFAULT_FIELDS) {
            Query q = perField.make(fld);
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery("only stop words") : any.build();
    }

    @Override
    protected Query getRangeQuery(String typedField, String part1, String part2, boolean startInclusive,
                                  boolean endInclusive) throws ParseException {
        String f = field(typedField);
        if (f.equals(SIZE)) {
            long low = part1 == null ? Long.MIN_VALUE : QueryValues.bytes(part1) + (startInclusive ? 0 : 1);
            long high = part2 == null ? Long.MAX_VALUE : QueryValues.bytes(part2) - (endInclusive ? 0 : 1);
            return LongPoint.newRangeQuery(SIZE, low, high);
        }
        if (TIME_FIELDS.contains(f)) {
            long low = Long.MIN_VALUE;
            long high = Long.MAX_VALUE;
            if (part1 != null) {
                QueryValues.Span s = QueryValues.span(part1);
                low = startInclusive ? s.from() : s.to();
            }
            if (part2 != null) {
                QueryValues.Span s = QueryValues.span(part2);
                high = endInclusive ? s.to() - 1 : s.from() - 1;
            }
            return LongPoint.newRangeQuery(f, low, high);
        }
        if (KEYWORD_FIELDS.contains(f)) {
            return TermRangeQuery.newStringRange(f, part1 == null ? null : lower(part1),
                    part2 == null ? null : lower(part2), startInclusive, endInclusive);
        }
        throw new ParseException("The field '" + typedField + "' cannot take a range; ranges work on size and on "
                + "times (created, modified, accessed, taken, sent, date)");
    }

    @Override
    protected Query getWildcardQuery(String typedField, String termStr) throws ParseException {
        if ("*".equals(typedField) && "*".equals(termStr)) {
            return new org.apache.lucene.search.MatchAllDocsQuery();
        }
        if (field(typedField).equals(ALL)) {
            return anyField(fld -> super.getWildcardQuery(fld, termStr));
        }
        String f = exactFieldFor(field(typedField));
        if (f == null) {
            return super.getWildcardQuery(field(typedField), termStr);
        }
        return new WildcardQuery(new Term(f, lower(termStr)));
    }

    @Override
    protected Query getPrefixQuery(String typedField, String termStr) throws ParseException {
        if (field(typedField).equals(ALL)) {
            return anyField(fld -> super.getPrefixQuery(fld, termStr));
        }
        String f = exactFieldFor(field(typedField));
        if (f == null) {
            return super.getPrefixQuery(field(typedField), termStr);
        }
        return new PrefixQuery(new Term(f, lower(termStr)));
    }

    @Override
    protected Query getFuzzyQuery(String typedField, String termStr, float minSimilarity) throws ParseException {
        if (field(typedField).equals(ALL)) {
            return anyField(fld -> super.getFuzzyQuery(fld, termStr, minSimilarity));
        }
        return super.getFuzzyQuery(field(typedField), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String typedField, String termStr) throws ParseException {
        if (field(typedField).equals(ALL)) {
            return anyField(fld -> super.getRegexpQuery(fld, termStr));
        }
        String f = exactFieldFor(field(typedField));
        return super.getRegexpQuery(f == null ? field(typedField) : f, f == null ? termStr : lower(termStr));
    }

    /** Wildcards on names and paths match the whole name ({@code name:IMG_*.jpg}), not its words. */
    private static String exactFieldFor(String f) {
        if (f.equals(NAME)) {
            return NAME_KEY;
        }
        if (f.equals(PATH)) {
            return PATH_KEY;
        }
        return KEYWORD_FIELDS.contains(f) ? f : null;
    }

    private static Query hash(String v) throws ParseException {
        String h = lower(v);
        if (!h.matches("[0-9a-f]+")) {
            throw new ParseException("'" + v + "' is not a hash; give an MD5 (32), SHA-1 (40) or SHA-256 (64) in hex");
        }
        return switch (h.length()) {
            case 32 -> new TermQuery(new Term(MD5, h));
            case 40 -> new TermQuery(new Term(SHA1, h));
            case 64 -> new TermQuery(new Term(SHA256, h));
            default -> throw new ParseException("'" + v + "' has " + h.length()
                    + " hex digits; an MD5 has 32, a SHA-1 40 and a SHA-256 64");
        };
    }

    private static Query near(String v) throws ParseException {
        String[] parts = v.split(",");
        if (parts.length != 3) {
            throw new ParseException("near: takes latitude,longitude,radius, e.g. near:51.5072,-0.1276,2km");
        }
        double lat;
        double lon;
        try {
            lat = Double.parseDouble(parts[0].strip());
            lon = Double.parseDouble(parts[1].strip());
        } catch (NumberFormatException e) {
            throw new ParseException("near: takes decimal degrees, e.g. near:51.5072,-0.1276,2km; '" + v
                    + "' is not");
        }
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new ParseException("near: latitude is between -90 and 90 and longitude between -180 and 180; '"
                    + v + "' is outside");
        }
        return LatLonPoint.newDistanceQuery(GEO, lat, lon, QueryValues.distance(parts[2]));
    }

    private static String typeWord(String v) {
        String t = lower(v);
        return TYPE_WORDS.getOrDefault(t, t);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A clause list helper for callers combining queries, e.g. facet filters. */
    public static Query and(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.MUST).add(b, BooleanClause.Occur.FILTER).build();
    }
}
