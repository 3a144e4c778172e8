package org.civiccatalog.web.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./catalog} launcher. Exit codes: 0 success, 1 input error (the message names the file and the
 * position), 2 usage error.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true, version = "civic-catalog 0.1.0",
        description = "A federated DCAT catalog of a region's open data portals, in Apache Jena TDB2.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, HarvestCommand.class,
                AuditCommand.class, LinksCommand.class, CompactCommand.class, DemoPortalsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INPUT_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args);
        // serve and demo-portals return once their servers run; the servers' threads keep the JVM up until stopped.
        boolean serving = ServeCommand.isServing() || DemoPortalsCommand.serving().isPresent();
        if (code != OK || !serving) System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs a command line with its output and errors sent to the given writers. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setExitCodeExceptionMapper(ErrorReporter::exitCode);
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: serve, import, export, harvest or demo-portals");
    }
}
