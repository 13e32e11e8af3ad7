package org.evidenceworkbench.detectors.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.evidenceworkbench.detector.Detector;
import org.evidenceworkbench.detector.Finding;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test of correctness: how many characters of text per second each identifier detector
 * reads, on office-like documents (paragraphs of prose with an identifier or a decoy here and
 * there, about 3 KB each, like the extracted text of small PDFs and DOCX) and on one text-heavy
 * 1 MB document. Times are the benchmark thread's CPU time (best of the rounds), so that other
 * work on a shared machine does not count. Also prints a digest of every finding, so that a change meant only to make the
 * detectors faster can be checked to find exactly the same things. Runs only with {@code -Pbench};
 * see docs/performance.md for the command and the results.
 */
@Tag("benchmark")
class IdentifierBenchmarkTest {

    private static final long SEED = 20_261_127L;
    // A fixed "today" so that the registration marks found (age identifiers already issued) do not
    // depend on the day the benchmark runs, and the digest stays comparable.
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);

    private static final String[] WORDS = ("the a of to and in that is was for on with as it at by from this have "
            + "be are not or we you they will would should could please meeting report client invoice payment "
            + "account statement draft review agreed attached following previous quarter budget forecast "
            + "project schedule delivery team manager office board minutes action item update summary "
            + "policy procedure training staff customer supplier contract order shipment warehouse regional "
            + "figures results revenue costs margin approval signed received confirm discuss circulate "
            + "Monday Tuesday Wednesday Thursday Friday January March June September December London "
            + "Manchester Birmingham Leeds").split(" ");

    @TempDir
    Path dir;

    @Test
    void charactersPerSecond() throws Exception {
        int documents = Integer.getInteger("bench.documents", 2000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        Random random = new Random(SEED);
        IdentifierFactory factory = new IdentifierFactory(random);
        List<String> terms = watchlistTerms(random);
        Path list = dir.resolve("watchlist.txt");
        Files.write(list, terms, StandardCharsets.UTF_8);

        List<String> office = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            office.add(document(random, factory, terms, 3_000));
        }
        List<String> heavy = List.of(document(random, factory, terms, 1_000_000));

        List<Detector> detectors = detectors(list);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Identifier detectors, %d rounds, best round's thread CPU time%n",
                rounds));
        measure("office-like documents: " + documents + " of ~3 KB", office, detectors, rounds, report);
        measure("one text-heavy document of 1 MB", heavy, detectors, rounds, report);
        System.out.print(report);
    }

    private static void measure(String title, List<String> texts, List<Detector> detectors, int rounds,
                                StringBuilder report) throws Exception {
        long chars = texts.stream().mapToLong(String::length).sum();
        report.append(String.format(Locale.ROOT, "%n%s (%,d characters)%n", title, chars));
        report.append(String.format(Locale.ROOT, "  %-22s %12s %10s%n", "detector", "MB chars/s", "findings"));
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        MessageDigest digest = sha256();
        long totalNanos = 0;
        int totalFindings = 0;
        for (Detector detector : detectors) {
            long best = Long.MAX_VALUE;
            List<Finding> found = List.of();
            for (int round = 0; round <= rounds; round++) { // round 0 warms the JIT up
                List<Finding> findings = new ArrayList<>();
                long started = cpu.getCurrentThreadCpuTime();
                for (String text : texts) {
                    detector.detect(new TextItem(text), findings::add);
                }
                long nanos = cpu.getCurrentThreadCpuTime() - started;
                if (round > 0) {
                    best = Math.min(best, nanos);
                }
                found = findings;
            }
            for (Finding f : found) {
                digest.update((f.type() + '|' + f.location().offset() + '|' + f.location().length() + '|'
                        + f.location().line() + '|' + f.label() + '|' + f.explanation() + '|' + f.confidence() + '|'
                        + f.severity() + '|' + f.entity().value() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            totalNanos += best;
            totalFindings += found.size();
            report.append(String.format(Locale.ROOT, "  %-22s %12.1f %10d%n", detector.info().id(),
                    chars / (best / 1e9) / 1e6, found.size()));
        }
        report.append(String.format(Locale.ROOT, "  %-22s %12.1f %10d%n", "all, one after another",
                chars / (totalNanos / 1e9) / 1e6, totalFindings));
        report.append("  findings digest (SHA-256): ").append(HexFormat.of().formatHex(digest.digest()))
                .append('\n');
        assertThat(totalFindings).as("the sprinkled identifiers are found").isPositive();
    }

    private static List<Detector> detectors(Path watchlist) {
        return List.of(new EmailDetector(), new PhoneDetector(), new UrlDetector(), new DomainDetector(),
                new Ipv4Detector(), new Ipv6Detector(), new CardDetector(), new IbanDetector(), new NinoDetector(),
                new PostcodeDetector(), new VrmDetector(FIXED), new BitcoinDetector(), new EthereumDetector(),
                new MoneroDetector(), new WatchlistDetector(watchlist));
    }

    /**
     * Paragraphs of office prose (sentences of common words, times, amounts, file names) until
     * {@code size} characters; about one paragraph in three carries an identifier or a decoy.
     */
    private static String document(Random random, IdentifierFactory factory, List<String> terms, int size) {
        StringBuilder text = new StringBuilder(size + 1000);
        while (text.length() < size) {
            int sentences = 3 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                text.append(sentence(random)).append(' ');
            }
            if (random.nextInt(3) == 0) {
                String type = Corpus.TYPES.get(random.nextInt(Corpus.TYPES.size()));
                text.append(random.nextInt(4) == 0 ? "Ref " + factory.decoy(type, terms)
                        : "See " + plant(factory, type, terms)).append(". ");
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    private static String plant(IdentifierFactory f, String type, List<String> terms) {
        return switch (type) {
            case "email" -> f.email().written();
            case "phone" -> f.phone().written();
            case "url" -> f.url().written();
            case "domain" -> f.domain().written();
            case "ipv4" -> f.ipv4().written();
            case "ipv6" -> f.ipv6().written();
            case "card" -> f.card().written();
            case "iban" -> f.iban().written();
            case "nino" -> f.nino().written();
            case "postcode" -> f.postcode().written();
            case "vrm" -> f.vrm().written();
            case "bitcoin" -> f.bitcoin().written();
            case "ethereum" -> f.ethereum().written();
            case "monero" -> f.monero().written();
            default -> f.watchlist(terms).written();
        };
    }

    private static String sentence(Random random) {
        StringBuilder s = new StringBuilder();
        int words = 6 + random.nextInt(14);
        for (int w = 0; w < words; w++) {
            if (w > 0) {
                s.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            int kind = random.nextInt(40);
            if (kind == 0) {
                s.append(random.nextInt(24)).append(':').append(String.format(Locale.ROOT, "%02d", random.nextInt(60)));
            } else if (kind == 1) {
                s.append('£').append(String.format(Locale.ROOT, "%,.2f", random.nextInt(100_000) / 100.0));
            } else if (kind == 2) {
                s.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? ".docx" : ".pdf");
            } else if (kind == 3) {
                s.append(1 + random.nextInt(28)).append('/').append(1 + random.nextInt(12)).append("/2024");
            } else {
                String word = WORDS[random.nextInt(WORDS.length)];
                s.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            }
        }
        return s.append(random.nextInt(10) == 0 ? "?" : ".").toString();
    }

    private static List<String> watchlistTerms(Random random) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        while (terms.size() < 2000) {
            terms.add(Corpus.pseudoWord(random, 6 + random.nextInt(4)));
        }
        return new ArrayList<>(terms);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
