package org.evidenceworkbench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.incident.Incident;
import org.evidenceworkbench.core.incident.IncidentClusters;
import org.evidenceworkbench.core.incident.IncidentReport;
import org.evidenceworkbench.core.incident.MediaPoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code workbench incidents CASE}: submitted media grouped by time and place. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
        description = {"Group submitted pictures and videos into incidents by time and place (DBSCAN).",
            "Each medium is placed by its own EXIF time and GPS where it has them, else by the submitter's claim."})
final class IncidentsCommand extends WorkbenchCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "The case folder.")
    Path caseDir;

    @Option(names = "--json", description = "Print as JSON (shape in docs/cli.md).")
    boolean json;

    @Option(names = "--eps-metres", defaultValue = "" + IncidentClusters.DEFAULT_EPS_METRES,
            description = "Media within this many metres ... (default: ${DEFAULT-VALUE}).")
    double epsMetres;

    @Option(names = "--eps-minutes", defaultValue = "" + IncidentClusters.DEFAULT_EPS_MINUTES,
            description = "... and this many minutes of each other are neighbours (default: ${DEFAULT-VALUE}).")
    double epsMinutes;

    @Option(names = "--min-points", defaultValue = "" + IncidentClusters.DEFAULT_MIN_POINTS,
            description = "Media an incident's densest neighbourhoods need, each itself included (default: ${DEFAULT-VALUE}).")
    int minPoints;

    @Override
    public Integer call() {
        IncidentReport report;
        try (Case c = openForReading(caseDir)) {
            report = new IncidentClusters(c).cluster(epsMetres, epsMinutes, minPoints);
        }
        if (json) {
            out.json(report);
            return ExitCode.OK;
        }
        out.line(String.format(Locale.ROOT, "%d incident(s) within %s m and %s min (at least %d media each);"
                        + " %d medium/media in none; %d without time or place.", report.incidents().size(),
                trim(epsMetres), trim(epsMinutes), minPoints, report.noise().size(), report.unplaced().size()));
        for (Incident i : report.incidents()) {
            out.line("");
            out.line(String.format(Locale.ROOT, "Incident %d: %s to %s (%s), %d media, centre %.5f, %.5f, radius %d m",
                    i.number(), i.start(), i.end(), span(i.start(), i.end()), i.members().size(), i.centreLatitude(),
                    i.centreLongitude(), Math.round(i.radiusMetres())));
            i.members().forEach(this::member);
        }
        if (!report.noise().isEmpty()) {
            out.line("");
            out.line("Noise (in no incident):");
            report.noise().forEach(this::member);
        }
        if (!report.unplaced().isEmpty()) {
            out.line("");
            out.line("Without time or place (neither the file nor the claim gives both):");
            report.unplaced().forEach(this::member);
        }
        return ExitCode.OK;
    }

    private void member(MediaPoint m) {
        out.line(String.format(Locale.ROOT, "  item %d  submission %s  %s (%s)  %s  %s", m.itemId(),
                m.submissionRef(), m.time() == null ? "no time" : m.time(), m.timeSource() == null ? "-" : m.timeSource(),
                m.latitude() == null ? "no place" : String.format(Locale.ROOT, "%.5f, %.5f (%s)", m.latitude(),
                        m.longitude(), m.placeSource()), Output.printable(m.path())));
    }

    private static String span(Instant start, Instant end) {
        long s = Duration.between(start, end).getSeconds();
        return s < 120 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
