package org.evidenceworkbench.index;

import static org.evidenceworkbench.index.IndexSchema.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * A case's Lucene index. Opened for writing by the one process that changes the case, it takes
 * items, commits them with a mark (the case database's write sequence they reach), and searches
 * near-real-time. Opened for reading by any other process, it searches the last commit, so a
 * search during someone else's ingest sees what that ingest has committed so far.
 */
public final class CaseIndex implements Closeable {

    private static final String MARK = "workbench.mark";

    private final Directory directory;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final IndexWriter writer;
    private final ReferenceManager<IndexSearcher> searchers;
    private final ItemDocuments documents = new ItemDocuments();
    private IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

    private CaseIndex(Directory directory, boolean forWriting) throws IOException {
        this.directory = directory;
        if (forWriting) {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            config.setRAMBufferSizeMB(64);
            config.setCommitOnClose(false); // only commit() with a mark may publish, so the mark never lies
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory());
        } else {
            this.writer = null;
            this.searchers = DirectoryReader.indexExists(directory)
                    ? new SearcherManager(directory, new SearcherFactory()) : null;
        }
    }

    /** Opens the index to change it; fails with {@link IndexLockedException} while another writer has it. */
    public static CaseIndex openForWriting(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new CaseIndex(directory, true);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexLockedException(e);
        }
    }

    /** Opens the last commit for searching; never blocks or disturbs a writer in another process. */
    public static CaseIndex openForReading(Path dir) throws IOException {
        return new CaseIndex(FSDirectory.open(dir), false);
    }

    // --- writing ---------------------------------------------------------------------------

    /** Adds the item, or replaces the earlier version of it. */
    public void upsert(IndexedItem item) throws IOException {
        requireWriter().updateDocument(new Term(ID, Long.toString(item.id())), documents.toDocument(item));
    }

    public void deleteAll() throws IOException {
        requireWriter().deleteAll();
    }

    /** Makes everything added so far durable and visible, recording {@code mark} with it. */
    public void commit(long mark) throws IOException {
        IndexWriter w = requireWriter();
        w.setLiveCommitData(Map.of(MARK, Long.toString(mark)).entrySet());
        w.commit();
        searchers.maybeRefresh();
    }

    /** Makes what was added visible to this process's searches without a commit. */
    public void refresh() throws IOException {
        if (searchers != null) {
            searchers.maybeRefresh();
        }
    }

    /** The mark of the last commit, or 0 when the index has never been committed. */
    public long committedMark() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return 0;
        }
        String mark = SegmentInfos.readLatestCommit(directory).getUserData().get(MARK);
        return mark == null ? 0 : Long.parseLong(mark);
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the index was opened for reading");
        }
        return writer;
    }

    // --- searching -------------------------------------------------------------------------

    public SearchResult search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        Query query = new FriendlyQueryParser(analyzer).parseFriendly(request.query());
        if (searchers == null) {
            return new SearchResult(request.query(), 0, List.of(), Map.of(), elapsed(started));
        }
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = Math.max(1, request.limit());
            TopDocs top = request.sort() == SortOrder.RELEVANCE && !request.reverse()
                    ? searcher.search(query, n)
                    : searcher.search(query, n, sort(request), true);
            long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value
                    : searcher.count(query);
            ScoreDoc[] docs = request.limit() == 0 ? new ScoreDoc[0] : top.scoreDocs;
            String[] snippets = highlight(searcher, query, new TopDocs(top.totalHits, docs));
            List<SearchHit> hits = new ArrayList<>(docs.length);
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < docs.length; i++) {
                hits.add(hit(stored.document(docs[i].doc), docs[i].score, snippets[i]));
            }
            Map<String, Map<String, Long>> facets = request.facets() ? facets(searcher, query) : Map.of();
            return new SearchResult(request.query(), total, hits, facets, elapsed(started));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Hands every matching item's id to {@code sink}, in no particular order, without ranking,
     * highlighting or a list of hits: the way to select many thousands of items (an export).
     */
    public void forEachMatchingId(String query, LongConsumer sink) throws IOException {
        Query parsed = new FriendlyQueryParser(analyzer).parseFriendly(query);
        if (searchers == null) {
            return;
        }
        searchers.maybeRefresh();
        IndexSearcher searcher = searchers.acquire();
        try {
            FacetsCollector matches = searcher.search(parsed, new FacetsCollectorManager());
            for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
                NumericDocValues ids =
                        DocValues.getNumeric(segment.context.reader(), ID);
                DocIdSetIterator docs = segment.bits.iterator();
                if (docs == null) {
                    continue;
                }
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
                        doc = docs.nextDoc()) {
                    if (ids.advanceExact(doc)) {
                        sink.accept(ids.longValue());
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
    }

    private static Sort sort(SearchRequest r) {
        boolean reverse = r.reverse();
        return switch (r.sort()) {
            case RELEVANCE -> new Sort(new SortField(null, SortField.Type.SCORE, !reverse));
            case TIME -> {
                SortField f = new SortField(TIME, SortField.Type.LONG, reverse);
                f.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE);
                yield new Sort(f, new SortField(ID, SortField.Type.LONG));
            }
            case SIZE -> {
                SortField f = new SortField(SIZE, SortField.Type.LONG, !reverse);
                f.setMissingValue(reverse ? Long.MAX_VALUE : Long.MIN_VALUE);
                yield new Sort(f, new SortField(ID, SortField.Type.LONG));
            }
            case NAME -> {
                SortField f = new SortField(NAME_KEY, SortField.Type.STRING, reverse);
                f.setMissingValue(SortField.STRING_LAST);
                yield new Sort(f, new SortField(ID, SortField.Type.LONG));
            }
        };
    }

    private String[] highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(field -> true) // words asked of "all" are highlighted in the text too
                .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                .withMaxLength(1_000_000)
                .build();
        String[] snippets = highlighter.highlight(TEXT, query, top, 2);
        return snippets == null ? new String[top.scoreDocs.length] : snippets;
    }

    private Map<String, Map<String, Long>> facets(IndexSearcher searcher, Query query) throws IOException {
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        SortedSetDocValuesReaderState readerState = stateFor(searcher.getIndexReader());
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        if (readerState == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(readerState, fc);
        for (String dim : FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            try {
                FacetResult r = counts.getTopChildren(50, dim);
                if (r != null) {
                    for (LabelAndValue lv : r.labelValues) {
                        values.put(lv.label, lv.value.longValue());
                    }
                }
            } catch (IllegalArgumentException dimensionNeverIndexed) {
                // no item has a value for this dimension yet
            }
            out.put(dim, values);
        }
        return out;
    }

    /** Facet ordinals are per reader; building them is costly, so they are kept until the reader changes. */
    private synchronized SortedSetDocValuesReaderState stateFor(IndexReader reader) throws IOException {
        if (reader != stateReader) {
            stateReader = reader;
            try {
                state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
            } catch (IllegalArgumentException noFacetsYet) {
                state = null;
            }
        }
        return state;
    }

    private static SearchHit hit(Document d, float score, String snippet) {
        IndexableField time = d.getField(TIME);
        IndexableField size = d.getField(SIZE);
        IndexableField lat = d.getField(LATITUDE);
        IndexableField lon = d.getField(LONGITUDE);
        return new SearchHit(Long.parseLong(d.get(ID)), d.get(PATH), d.get(NAME), d.get("category_stored"),
                d.get("mime_stored"), size == null ? null : size.numericValue().longValue(), d.get("sha256_stored"),
                time == null ? null : Instant.ofEpochMilli(time.numericValue().longValue()), d.get("outcome_stored"),
                lat == null ? null : lat.numericValue().doubleValue(),
                lon == null ? null : lon.numericValue().doubleValue(), Float.isNaN(score) ? 0 : score,
                snippet == null ? List.of() : Arrays.asList(snippet.split(" … ")),
                d.get("group_stored") == null ? null : Long.valueOf(d.get("group_stored")));
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.rollback(); // uncommitted changes are re-derived from the database next time
            }
        } finally {
            directory.close();
        }
    }
}
