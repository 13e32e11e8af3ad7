package org.evidenceworkbench.detectors.identifiers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over chars: finds every occurrence of thousands of terms in one pass
 * over the text, whatever the number of terms. Immutable once built, so one instance serves all
 * worker threads.
 */
final class AhoCorasick {

    /** Receives each occurrence: the term's index and the end (exclusive) of the match. */
    @FunctionalInterface
    interface Hits {
        void hit(int termIndex, int end);
    }

    // Node n's transitions: labels[n] sorted, targets[n] parallel to it.
    private final char[][] labels;
    private final int[][] targets;
    private final int[] failure;
    private final int[] dictionaryLink; // the nearest node on the failure chain that ends a term, or -1
    private final int[][] termsEndingAt;
    private final int[] termLengths;
    // The root's transitions on ASCII as a table (-1: none): after a mismatch the search falls back
    // to the root on almost every character of the text, so this is its most frequent look-up.
    private final int[] rootAscii = new int[128];

    AhoCorasick(List<String> terms) {
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new HashMap<>());
        ends.add(new ArrayList<>());
        termLengths = new int[terms.size()];
        for (int t = 0; t < terms.size(); t++) {
            String term = terms.get(t);
            termLengths[t] = term.length();
            int node = 0;
            for (int i = 0; i < term.length(); i++) {
                Integer next = trie.get(node).get(term.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.get(node).put(term.charAt(i), next);
                    trie.add(new HashMap<>());
                    ends.add(new ArrayList<>());
                }
                node = next;
            }
            if (!term.isEmpty()) {
                ends.get(node).add(t);
            }
        }
        int n = trie.size();
        labels = new char[n][];
        targets = new int[n][];
        termsEndingAt = new int[n][];
        for (int i = 0; i < n; i++) {
            Character[] keys = trie.get(i).keySet().toArray(new Character[0]);
            Arrays.sort(keys);
            labels[i] = new char[keys.length];
            targets[i] = new int[keys.length];
            for (int k = 0; k < keys.length; k++) {
                labels[i][k] = keys[k];
                targets[i][k] = trie.get(i).get(keys[k]);
            }
            termsEndingAt[i] = ends.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        for (char c = 0; c < rootAscii.length; c++) {
            int k = Arrays.binarySearch(labels[0], c);
            rootAscii[c] = k >= 0 ? targets[0][k] : -1;
        }
        failure = new int[n];
        dictionaryLink = new int[n];
        buildFailureLinks();
    }

    // Breadth first: a node's failure is the longest proper suffix of its path that is in the trie.
    private void buildFailureLinks() {
        Deque<Integer> queue = new ArrayDeque<>();
        dictionaryLink[0] = -1;
        for (int child : targets[0]) {
            failure[child] = 0;
            dictionaryLink[child] = -1;
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int k = 0; k < labels[node].length; k++) {
                char c = labels[node][k];
                int child = targets[node][k];
                int f = failure[node];
                while (f != 0 && next(f, c) < 0) {
                    f = failure[f];
                }
                int fc = next(f, c);
                failure[child] = fc >= 0 && fc != child ? fc : 0;
                int fail = failure[child];
                dictionaryLink[child] = termsEndingAt[fail].length > 0 ? fail : dictionaryLink[fail];
                queue.add(child);
            }
        }
    }

    private int next(int node, char c) {
        if (node == 0 && c < rootAscii.length) {
            return rootAscii[c];
        }
        int k = Arrays.binarySearch(labels[node], c);
        return k >= 0 ? targets[node][k] : -1;
    }

    int termLength(int termIndex) {
        return termLengths[termIndex];
    }

    /** Reports every occurrence of every term in {@code text}, overlapping ones included. */
    void search(CharSequence text, Hits hits) {
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int to = next(node, c);
            while (to < 0 && node != 0) {
                node = failure[node];
                to = next(node, c);
            }
            node = Math.max(to, 0);
            for (int out = node; out > 0; out = dictionaryLink[out]) {
                for (int term : termsEndingAt[out]) {
                    hits.hit(term, i + 1);
                }
            }
        }
    }
}
