package org.evidenceworkbench.detectors.identifiers;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a pattern's matches in a text exactly as {@link Matcher#find()} does, but runs the
 * regular expression only at the positions a {@link Starts} finder offers.
 *
 * <p>Why: the identifier patterns begin with a lookbehind or a broad character class, so a plain
 * {@code find()} starts the regex engine at every character of every text, once per detector;
 * that was 39% of the ingest's CPU on a corpus of small documents. A plain loop that jumps to
 * where a match can start ("an upper-case letter after a non-letter, then a digit") is many
 * times cheaper, and the pattern stays the one rule of what matches: the regex is tried at each
 * offered position with the text around it visible to its lookarounds, and the search goes on
 * after a match's end as {@code find()} would, so the matches are the same.
 */
final class GatedMatcher implements MatchResult {

    /** Where a pattern's match can start. */
    @FunctionalInterface
    interface Starts {

        /**
         * The first position at or after {@code from} where a match could start, or -1 if there
         * is none. It may offer positions where the pattern then fails, but it must never skip a
         * position where the pattern matches.
         */
        int next(String text, int from);
    }

    private final String text;
    private final Starts starts;
    private final Matcher matcher;
    private int from;

    GatedMatcher(Pattern pattern, Starts starts, String text) {
        this.text = text;
        this.starts = starts;
        // Transparent bounds: lookbehinds see the text before the region; non-anchoring: a region
        // start is not a '^'.
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The next match after the previous one, as {@link Matcher#find()}. */
    boolean find() {
        while (from <= text.length()) {
            int at = starts.next(text, from);
            if (at < 0) {
                break;
            }
            matcher.region(at, text.length());
            if (matcher.lookingAt()) {
                // Like find(): go on after the match, or one further after an empty one.
                from = matcher.end() > at ? matcher.end() : at + 1;
                return true;
            }
            from = at + 1;
        }
        from = text.length() + 1;
        return false;
    }

    /** The first match starting at or after {@code start}, as {@link Matcher#find(int)}. */
    boolean find(int start) {
        if (start < 0 || start > text.length()) {
            throw new IndexOutOfBoundsException("Illegal start index " + start);
        }
        from = start;
        return find();
    }

    @Override
    public int start() {
        return matcher.start();
    }

    @Override
    public int start(int group) {
        return matcher.start(group);
    }

    @Override
    public int end() {
        return matcher.end();
    }

    @Override
    public int end(int group) {
        return matcher.end(group);
    }

    @Override
    public String group() {
        return matcher.group();
    }

    @Override
    public String group(int group) {
        return matcher.group(group);
    }

    @Override
    public int groupCount() {
        return matcher.groupCount();
    }
}
