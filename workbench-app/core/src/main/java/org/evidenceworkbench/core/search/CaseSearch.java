package org.evidenceworkbench.core.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.BitSet;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.casefolder.CaseInUseException;
import org.evidenceworkbench.core.casefolder.CaseLayout;
import org.evidenceworkbench.index.CaseIndex;
import org.evidenceworkbench.index.IndexLockedException;
import org.evidenceworkbench.index.SearchRequest;
import org.evidenceworkbench.index.SearchResult;

/**
 * Searches a case. When no other process is changing the case, the index is first caught up with
 * the database (after a crash it may lag), so what a search finds always agrees with the case.
 * While another process is ingesting, the search reads the index that ingest commits every
 * second: it sees what has been committed so far.
 */
public final class CaseSearch {

    /** A result, and whether it is a live view of a case another process is still changing. */
    public record Outcome(SearchResult result, boolean live) {
    }

    private CaseSearch() {
    }

    public static Outcome search(Path caseDir, SearchRequest request) {
        try (Case c = Case.openForReading(caseDir)) {
            catchUpIfBehind(c);
            return new Outcome(searchIndex(c.layout(), request), false);
        } catch (CaseInUseException busy) {
            return new Outcome(searchIndex(new CaseLayout(caseDir.toAbsolutePath().normalize()), request), true);
        }
    }

    /**
     * The ids of every item matching {@code query} in a case open for writing, as a bit set: one
     * bit per possible id, so a selection of any size costs little memory and is read in id order.
     */
    public static BitSet matchingIds(Case c, String query) {
        refresh(c);
        BitSet ids = new BitSet();
        try (CaseIndex index = CaseIndex.openForReading(c.layout().indexDir())) {
            index.forEachMatchingId(query, id -> ids.set(Math.toIntExact(id)));
        } catch (IOException e) {
            throw indexFailure(c.layout(), e);
        }
        return ids;
    }

    /** Rebuilds a case's index from its database; the case must be open for writing. */
    public static long reindex(Case c) {
        try (CaseIndex index = CaseIndex.openForWriting(c.layout().indexDir())) {
            return new IndexSync(c.database(), index).rebuild();
        } catch (IOException e) {
            throw new WorkbenchException("Could not rebuild the search index in " + c.layout().indexDir()
                    + "; check the disk has space.", e);
        }
    }

    /** Brings the index up to date with a change just made to a case open for writing. */
    public static void refresh(Case c) {
        try (CaseIndex index = CaseIndex.openForWriting(c.layout().indexDir())) {
            new IndexSync(c.database(), index).catchUp();
        } catch (IndexLockedException e) {
            // an ingest (or another refresh) holds the index: expected while the window reviews
            // during an ingest; the change carries a new write sequence number, so the next
            // search catches the index up with it
            org.slf4j.LoggerFactory.getLogger(CaseSearch.class).debug("Search index busy; the next search catches up");
        } catch (IOException e) {
            // the change is recorded; the next search or ingest catches the index up
            org.slf4j.LoggerFactory.getLogger(CaseSearch.class).warn("Search index not refreshed", e);
        }
    }

    private static void catchUpIfBehind(Case c) {
        try (CaseIndex reader = CaseIndex.openForReading(c.layout().indexDir())) {
            if (!IndexSync.behind(c.database(), reader)) {
                return;
            }
        } catch (IOException e) {
            throw indexFailure(c.layout(), e);
        }
        try (CaseIndex index = CaseIndex.openForWriting(c.layout().indexDir())) {
            new IndexSync(c.database(), index).catchUp();
        } catch (IndexLockedException e) {
            // another search is catching up right now; its commit is what we will read
        } catch (IOException e) {
            throw indexFailure(c.layout(), e);
        }
    }

    private static SearchResult searchIndex(CaseLayout layout, SearchRequest request) {
        try (CaseIndex index = CaseIndex.openForReading(layout.indexDir())) {
            return index.search(request);
        } catch (IOException e) {
            throw indexFailure(layout, e);
        }
    }

    private static WorkbenchException indexFailure(CaseLayout layout, IOException e) {
        return new WorkbenchException("The case's search index in " + layout.indexDir() + " cannot be read; "
                + "rebuild it with 'workbench reindex'.", e);
    }
}
