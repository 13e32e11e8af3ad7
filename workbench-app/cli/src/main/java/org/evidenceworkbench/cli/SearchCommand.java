package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.search.CaseSearch;
import org.evidenceworkbench.index.QuerySyntaxException;
import org.evidenceworkbench.index.SearchHit;
import org.evidenceworkbench.index.SearchRequest;
import org.evidenceworkbench.index.SearchResult;
import org.evidenceworkbench.index.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench search CASE QUERY}: ask the whole case a question. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search a case with the query language of docs/search.md, e.g.",
                "  workbench search CASE 'type:picture near:51.5072,-0.1276,2km taken:[2024-01-01 TO 2024-02-01]'",
                "Works while an ingest runs in another process: it sees what has been committed so far."})
final class SearchCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "QUERY", description = "The query; quote it for the shell.")
    String query;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--sort", paramLabel = "F", description = "relevance (default), time (oldest first), "
            + "size (largest first) or name.")
    String sort = "relevance";

    @Option(names = "--reverse", description = "Reverse the sort order.")
    boolean reverse;

    @Option(names = "--facets", description = "Also count the matches by type, extension, camera, finding, tag, "
            + "source and year.")
    boolean facets;

    @Option(names = "--json", description = "Print as JSON (shape in docs/search.md).")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 0) {
            out.error("--limit cannot be negative.");
            return ExitCode.USAGE;
        }
        CaseLogging.toCase(caseDir);
        SearchRequest request;
        CaseSearch.Outcome outcome;
        try {
            request = new SearchRequest(query, limit, SortOrder.parse(sort), reverse, facets);
            outcome = CaseSearch.search(caseDir, request);
        } catch (QuerySyntaxException e) {
            throw new WorkbenchException(e.getMessage(), e);
        }
        SearchResult r = outcome.result();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("query", r.query());
            doc.put("total", r.total());
            doc.put("tookMillis", r.tookMillis());
            doc.put("live", outcome.live());
            doc.put("hits", r.hits());
            if (facets) {
                doc.put("facets", r.facets());
            }
            out.json(doc);
            return ExitCode.OK;
        }
        out.lines("%,d item%s match (%d ms)%s", r.total(), r.total() == 1 ? "" : "s", r.tookMillis(),
                outcome.live() ? "; an ingest is running, so this shows what it has committed so far" : "");
        for (SearchHit h : r.hits()) {
            out.line(h.id() + "\t" + (h.time() == null ? "-" : h.time()) + "\t"
                    + (h.size() == null ? "-" : ProgressPrinter.bytes(h.size())) + "\t" + dash(h.category()) + "\t"
                    + Output.printable(h.path())
                    + (h.nearDuplicateGroup() == null ? "" : "\t[near-duplicates: group:" + h.nearDuplicateGroup() + "]"));
            for (String s : h.snippets()) {
                out.line("\t\t" + Output.printable(s.strip()));
            }
        }
        if (facets) {
            for (Map.Entry<String, Map<String, Long>> dim : r.facets().entrySet()) {
                if (!dim.getValue().isEmpty()) {
                    out.line(dim.getKey() + ": " + dim.getValue().entrySet().stream()
                            .map(e -> Output.printable(e.getKey()) + " " + e.getValue())
                            .collect(Collectors.joining(", ")));
                }
            }
        }
        return ExitCode.OK;
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
