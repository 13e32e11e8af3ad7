package org.evidenceworkbench.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import org.evidenceworkbench.core.ingest.IngestListener;
import org.evidenceworkbench.core.ingest.IngestProgress;

/**
 * Shows an ingest's progress on stderr: a bar redrawn in place on a terminal, plain lines
 * otherwise (a log file or a pipe), so stdout stays clean for results.
 */
final class ProgressPrinter implements IngestListener {

    private final PrintWriter err;
    private final boolean terminal;

    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void progress(IngestProgress p) {
        String figures = String.format(Locale.ROOT, "%,d items, %s of %s, %s/s, %,d problems, ETA %s",
                p.items(), bytes(p.bytesDone()), p.bytesTotal() < 0 ? "?" : bytes(p.bytesTotal()),
                bytes((long) p.rate()), p.problems(), eta(p.eta()));
        if (terminal) {
            double f = p.fraction();
            int width = 24;
            int filled = f < 0 ? 0 : (int) Math.round(f * width);
            String bar = "[" + "#".repeat(filled) + "-".repeat(width - filled) + "]";
            String pct = f < 0 ? "  ?%" : String.format(Locale.ROOT, "%3d%%", (int) Math.floor(f * 100));
            err.print("\r" + bar + " " + pct + " " + figures + "   ");
        } else {
            err.println("progress: " + Output.printable(p.source()) + ": " + figures);
        }
        err.flush();
    }

    @Override
    public synchronized void analysing(long done, long total, Duration elapsed) {
        if (done == 0) {
            done(); // the ingest's own bar is finished: every item is searchable from here on
            err.println(String.format(Locale.ROOT, "Every item is searchable; now the analysis pass: %,d pictures get "
                    + "their thumbnails, perceptual hashes and faces, which appear as they come.", total));
            err.flush();
            return;
        }
        double rate = elapsed.toMillis() <= 0 ? 0 : done * 1000.0 / elapsed.toMillis();
        Duration left = rate <= 0 ? null : Duration.ofSeconds((long) Math.ceil((total - done) / rate));
        String figures = String.format(Locale.ROOT, "%,d of %,d items, %.1f/s, ETA %s", done, total, rate,
                eta(left));
        if (terminal) {
            err.print("\r" + figures + "   ");
        } else {
            err.println("analysis: " + figures);
        }
        err.flush();
    }

    /** Ends the bar's line so what follows starts on its own. */
    synchronized void done() {
        if (terminal) {
            err.println();
            err.flush();
        }
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    private static String eta(Duration d) {
        if (d == null) {
            return "?";
        }
        long s = d.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
