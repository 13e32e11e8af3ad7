package org.evidenceworkbench.ui.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

import org.evidenceworkbench.core.ingest.IngestProgress;
import org.evidenceworkbench.core.ingest.SourceResult;
import org.evidenceworkbench.ui.session.CaseSession;
import org.evidenceworkbench.ui.views.Formats;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The progress panel at the foot of the window: the source, items, bytes, rate, time left and
 * problems of the running ingest, and a button to cancel it. After the run it says how it ended.
 */
public final class IngestPanel {

    private final CaseSession session;
    private final HBox node;
    private final Label source = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label figures = new Label();
    private final Label problems = new Label();
    private final Button cancel = new Button("Cancel", new FontIcon("mdi2s-stop-circle-outline"));
    private IngestRun run;
    private Runnable whenFinished = () -> { };

    public IngestPanel(CaseSession session) {
        this.session = session;
        bar.setPrefWidth(220);
        figures.setId("ingest-figures");
        problems.setId("ingest-problems");
        source.setId("ingest-source");
        cancel.setId("ingest-cancel");
        cancel.setOnAction(e -> {
            if (run != null) {
                run.cancel();
                cancel.setDisable(true);
                source.setText("Cancelling after the items in hand…");
            }
        });
        node = new HBox(10, source, bar, figures, problems, cancel);
        node.setId("ingest-panel");
        node.setAlignment(Pos.CENTER_LEFT);
        node.setPadding(new Insets(4, 8, 4, 8));
        node.managedProperty().bind(node.visibleProperty());
        node.setVisible(false);
    }

    public HBox node() {
        return node;
    }

    public boolean isRunning() {
        return run != null && run.isRunning();
    }

    /** Runs once, on the FX thread, when the current ingest ends (tests and the window wait on it). */
    public void whenFinished(Runnable r) {
        whenFinished = r;
    }

    /** Starts ingesting {@code sources}; one ingest at a time. */
    public void start(List<Path> sources) {
        if (isRunning()) {
            throw new IllegalStateException("an ingest is already running");
        }
        node.setVisible(true);
        cancel.setDisable(false);
        bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        source.setText("Adding " + sources.get(0).getFileName() + "…");
        figures.setText("");
        problems.setText("");
        run = IngestRun.start(session, sources, new IngestRun.Listener() {
            @Override
            public void progress(IngestProgress p) {
                show(p);
            }

            @Override
            public void analysing(long done, long total) {
                source.setText("Every item is searchable; pictures now get thumbnails, perceptual hashes and faces");
                bar.setProgress(total == 0 ? 1 : (double) done / total);
                figures.setText(String.format(Locale.UK, "%,d of %,d pictures looked at", done, total));
            }

            @Override
            public void finished(List<SourceResult> results, boolean cancelled) {
                long items = results.stream().mapToLong(SourceResult::items).sum();
                long bad = results.stream().mapToLong(SourceResult::problems).sum();
                source.setText((cancelled ? "Ingest cancelled: " : "Ingest complete: ")
                        + String.format(Locale.UK, "%,d item%s", items, items == 1 ? "" : "s")
                        + (cancelled ? "; add the source again to finish it." : "."));
                problems.setText(bad == 0 ? "" : String.format(Locale.UK, "%,d with problems (their reasons are in each item)", bad));
                bar.setProgress(cancelled ? 0 : 1);
                cancel.setDisable(true);
                done();
            }

            @Override
            public void failed(Throwable error) {
                source.setText("The ingest stopped.");
                cancel.setDisable(true);
                bar.setProgress(0);
                session.showError(error);
                done();
            }
        });
    }

    private void done() {
        Runnable r = whenFinished;
        whenFinished = () -> { };
        r.run();
    }

    private void show(IngestProgress p) {
        source.setText(p.source());
        double f = p.fraction();
        bar.setProgress(f < 0 ? ProgressBar.INDETERMINATE_PROGRESS : f);
        Duration eta = p.eta();
        figures.setText(String.format(Locale.UK, "%,d items · %s of %s · %s/s · %s", p.items(),
                Formats.bytes(p.bytesDone()), p.bytesTotal() < 0 ? "…" : Formats.bytes(p.bytesTotal()),
                Formats.bytes((long) p.rate()), eta == null ? "time left unknown"
                        : "about " + humanDuration(eta) + " left"));
        problems.setText(p.problems() == 0 ? "" : String.format(Locale.UK, "%,d with problems", p.problems()));
    }

    static String humanDuration(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
