package org.evidenceworkbench.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.evidenceworkbench.core.WorkbenchException;
import org.evidenceworkbench.core.WorkbenchVersion;
import org.evidenceworkbench.core.detect.DetectorCatalog;
import org.evidenceworkbench.core.platform.NativeLibraryCache;
import org.evidenceworkbench.core.platform.XmlFactories;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code workbench} command: a thin shell of picocli commands over the core. */
@Command(name = "workbench", mixinStandardHelpOptions = true,
        versionProvider = WorkbenchCli.Version.class,
        description = "Evidence Workbench: triage digital evidence, offline and accountably.",
        subcommands = {CaseCommand.class, IngestCommand.class, StatusCommand.class, ItemsCommand.class,
                ShowCommand.class, SearchCommand.class, ReindexCommand.class, EntitiesCommand.class,
                ArtefactsCommand.class, ConversationCommand.class,
                DetectorsCommand.class, DetectCommand.class, HashsetCommand.class, PdqsetCommand.class, TriageCommand.class, ReviewCommand.class, TagCommand.class, NoteCommand.class, DuplicatesCommand.class, AuditCommand.class,
                ElaCommand.class, IncidentsCommand.class, ExportCommand.class, VerifyCommand.class,
                WindowCommand.class, ScreenshotCommand.class,
                ImportCommand.class, LinksCommand.class, SampleCaseCommand.class, TrainCommand.class,
                CommandLine.HelpCommand.class})
public final class WorkbenchCli {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchCli.class);

    public static void main(String[] args) {
        NativeLibraryCache.useUserCache();
        XmlFactories.useJdkDefaults();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(args, out, err, System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; used by main and by the tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
        CaseLogging.toUserLog();
        Output output = new Output(out, err);
        CommandLine cli = new CommandLine(new WorkbenchCli(), new Factory(output, terminal));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, params) -> {
            err.println(ex.getMessage() + ". Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help'.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof WorkbenchException) {
                log.warn("{}", ex.getMessage(), ex.getCause());
                output.error(ex.getMessage());
            } else {
                log.error("Unexpected failure in '{}'", commandLine.getCommandSpec().qualifiedName(), ex);
                output.error("The command failed unexpectedly (" + ex.getClass().getSimpleName()
                        + "); details are in the log. Please report it with the log attached.");
            }
            return ExitCode.FAILURE;
        });
        int code = cli.execute(args);
        output.flush();
        return code;
    }

    /** Gives each command the output layer and whether stderr is a terminal. */
    private record Factory(Output output, boolean terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (WorkbenchCommand.class.isAssignableFrom(cls)) {
                K command = CommandLine.defaultFactory().create(cls);
                ((WorkbenchCommand) command).attach(output, terminal);
                return command;
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            java.util.List<String> lines = new java.util.ArrayList<>();
            lines.add("Evidence Workbench " + WorkbenchVersion.get());
            WorkbenchVersion.components().forEach((name, version) -> lines.add("  " + name + " " + version));
            for (DetectorCatalog.Installed d : DetectorCatalog.load(DetectorCatalog.distributionPlugins()).installed()) {
                lines.add("  detector " + d.info().id() + " " + d.info().version() + " (" + d.origin() + ")");
            }
            return lines.toArray(String[]::new);
        }
    }
}
