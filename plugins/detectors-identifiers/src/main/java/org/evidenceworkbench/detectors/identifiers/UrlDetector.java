package org.evidenceworkbench.detectors.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;
import org.evidenceworkbench.detector.Finding;
import org.evidenceworkbench.detector.Severity;

/**
 * URLs starting {@code http://}, {@code https://}, {@code ftp://} or {@code www.}, whose host is
 * a valid domain name, IPv4 or bracketed IPv6 address. Trailing sentence punctuation and
 * unbalanced closing brackets are not part of the URL. The entity is the URL with scheme and host
 * lower-cased, the default port dropped and an empty path written "/"; {@code www.} URLs get
 * {@code http://}.
 */
public final class UrlDetector extends TextDetector {

    static final String TYPE = "url";

    static final Pattern START = Pattern.compile(
            "(?<![A-Za-z0-9.\\-])(?:((?i:https?|ftp))://|(?=(?i:www)\\.))");
    private static final String TRAILING_PUNCTUATION = ".,;:!?*'\"";
    private static final int MAX_LABEL = 120;

    /** The parts of a URL as written. */
    private record Parsed(String scheme, String userInfo, String host, String port, String rest, String hostKind) {
    }

    public UrlDetector() {
        super("identifiers.url", "http, https, ftp and www. URLs with a valid host.");
    }

    @Override
    void scan(String text, TextReporter out) {
        GatedMatcher m = new GatedMatcher(START, UrlDetector::nextStart, text);
        int resumeAt = 0;
        while (m.find(resumeAt)) {
            int start = m.start();
            int end = urlEnd(text, m.end());
            resumeAt = Math.max(m.end(), end);
            String scheme = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            Parsed url = parse(scheme, text.substring(m.end(), end));
            if (url == null) {
                continue;
            }
            String normalised = normalise(url);
            String written = text.substring(start, end);
            boolean knownTld = !"domain".equals(url.hostKind())
                    || TopLevelDomains.isKnown(HostName.topLevel(url.host()));
            String why = (scheme == null ? "www. address" : scheme.toUpperCase(Locale.ROOT) + " URL")
                    + " with " + url.hostKind() + " host " + url.host() + ": '" + shorten(written) + "'";
            double confidence = scheme == null ? 0.9 : knownTld ? 0.95 : 0.85;
            out.report(TYPE, start, end, "URL " + shorten(normalised), why, confidence, Severity.INFO,
                    new Finding.Entity(TYPE, normalised));
        }
    }

    /** A URL starts "ht", "ft" or "ww" in either case, not straight after a letter, digit, dot or hyphen. */
    static int nextStart(String text, int from) {
        for (int i = from; i < text.length() - 1; i++) {
            char first = (char) (text.charAt(i) | 0x20); // ASCII lower case for letters
            char second = (char) (text.charAt(i + 1) | 0x20);
            if (((first == 'h' || first == 'f') && second == 't' || first == 'w' && second == 'w')
                    && !isUrlNeighbour(Chars.at(text, i - 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUrlNeighbour(char c) {
        return Chars.isAsciiAlnum(c) || c == '.' || c == '-';
    }

    /** Where the URL starting before {@code from} ends: at a space or quote, less trailing punctuation. */
    static int urlEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isUrlChar(text.charAt(end))) {
            end++;
        }
        // Closing brackets the URL never opened belong to the prose around it: "(see http://x/a)".
        int parens = balance(text, from, end, '(', ')');
        int brackets = balance(text, from, end, '[', ']');
        while (end > from) {
            char last = text.charAt(end - 1);
            if (TRAILING_PUNCTUATION.indexOf(last) >= 0) {
                end--;
            } else if (last == ')' && parens < 0) {
                parens++;
                end--;
            } else if (last == ']' && brackets < 0) {
                brackets++;
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    private static boolean isUrlChar(char c) {
        return c > ' ' && "<>\"`{}|\\^".indexOf(c) < 0 && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }

    /** Openings less closings in {@code text[from, end)}. */
    private static int balance(String text, int from, int end, char open, char close) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            depth += c == open ? 1 : c == close ? -1 : 0;
        }
        return depth;
    }

    /** Splits what follows the scheme into its parts, or null when the host is not valid. */
    private static Parsed parse(String scheme, String afterScheme) {
        int authorityEnd = afterScheme.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = afterScheme.indexOf(c);
            if (i >= 0 && i < authorityEnd) {
                authorityEnd = i;
            }
        }
        String authority = afterScheme.substring(0, authorityEnd);
        String rest = afterScheme.substring(authorityEnd);
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at) : null;
        String hostPort = authority.substring(at + 1);
        if (scheme == null && userInfo != null) {
            return null;
        }
        String host;
        String kind;
        int hostEnd;
        if (hostPort.startsWith("[")) {
            hostEnd = hostPort.indexOf(']') + 1;
            byte[] v6 = hostEnd > 0 ? Ipv6Address.parse(hostPort.substring(1, hostEnd - 1)) : null;
            if (v6 == null || scheme == null) {
                return null;
            }
            host = "[" + Ipv6Address.format(v6) + "]";
            kind = "IPv6";
        } else {
            int colon = hostPort.indexOf(':');
            hostEnd = colon >= 0 ? colon : hostPort.length();
            host = hostPort.substring(0, hostEnd).toLowerCase(Locale.ROOT);
            if (Ipv4Address.parse(host) != null && scheme != null) {
                kind = "IPv4";
            } else if (HostName.isDomain(host)) {
                kind = "domain";
            } else if (scheme != null && host.equals("localhost")) {
                kind = "local";
            } else {
                return null;
            }
        }
        String port = null;
        String afterHost = hostPort.substring(hostEnd);
        if (!afterHost.isEmpty()) {
            port = port(afterHost);
            if (port == null) {
                return null;
            }
        }
        return new Parsed(scheme, userInfo, host, port, rest, kind);
    }

    /** The port in ":8080" (":" alone is the default port: ""), or null if it is not 1–65535. */
    private static String port(String colonAndPort) {
        String digits = colonAndPort.substring(1);
        if (colonAndPort.charAt(0) != ':' || digits.length() > 5
                || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        if (digits.isEmpty()) {
            return "";
        }
        int value = Integer.parseInt(digits);
        return value >= 1 && value <= 65535 ? Integer.toString(value) : null;
    }

    private static String normalise(Parsed url) {
        String scheme = url.scheme() == null ? "http" : url.scheme();
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (url.userInfo() != null) {
            out.append(url.userInfo()).append('@');
        }
        out.append(url.host());
        if (url.port() != null && !url.port().isEmpty() && !url.port().equals(defaultPort(scheme))) {
            out.append(':').append(url.port());
        }
        return out.append(url.rest().isEmpty() || url.rest().charAt(0) != '/' ? "/" + url.rest() : url.rest())
                .toString();
    }

    private static String defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> "80";
            case "https" -> "443";
            case "ftp" -> "21";
            default -> "";
        };
    }

    private static String shorten(String s) {
        return s.length() <= MAX_LABEL ? s : s.substring(0, MAX_LABEL - 1) + "…";
    }
}
