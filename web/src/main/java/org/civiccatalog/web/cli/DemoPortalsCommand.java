package org.civiccatalog.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.civiccatalog.harvest.demo.DemoPortal;
import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code catalog demo-portals}: only the simulated region's portals, on loopback, until stopped; for benchmarks and
 * for trying {@code ./catalog harvest} against portals that are always there.
 */
@Command(name = "demo-portals", mixinStandardHelpOptions = true,
        description = {"Serve the simulated demo region's six portals (Socrata, ArcGIS Hub, DKAN, data.json, CKAN,"
                + " DCAT Turtle) on 127.0.0.1 until stopped, without a catalog (docs/harvest.md, \"Demo region\").",
                "Harvest them with: ./catalog harvest --sources FILE (the file of --sources-out)."})
final class DemoPortalsCommand implements Callable<Integer> {
    private static volatile DemoPortalServer running;

    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}, any free port).")
    int port;

    @Option(names = "--datasets", paramLabel = "N", defaultValue = "" + DemoRegion.DEFAULT_DATASETS,
            description = "Datasets in the region, all portals together (default: ${DEFAULT-VALUE}; at least "
                    + DemoRegion.MIN_DATASETS + ").")
    int datasets;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DemoRegion.DEFAULT_SEED,
            description = "Seed of the generator: the same seed and size give the same region (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sources-out", paramLabel = "FILE",
            description = "Write a sources file naming the six portals here, for ./catalog harvest --sources FILE.")
    Path sourcesOut;

    /** The portals a {@code demo-portals} command started in this JVM, if any (Main keeps the JVM up for them). */
    static Optional<DemoPortalServer> serving() {
        return Optional.ofNullable(running);
    }

    /** Stops the portals this JVM's {@code demo-portals} started (tests; the command line stops with the JVM). */
    static void stop() {
        DemoPortalServer p = running;
        running = null;
        if (p != null) p.close();
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw new ErrorReporter.UsageException("--port must be 0-65535, got " + port);
        if (datasets < DemoRegion.MIN_DATASETS)
            throw new ErrorReporter.UsageException("--datasets must be >= " + DemoRegion.MIN_DATASETS + ", got " + datasets);
        DemoPortalServer portals = DemoPortalServer.start(DemoRegion.of(seed, datasets), port);
        try {
            if (sourcesOut != null) portals.writeSourcesFile(sourcesOut, Optional.empty());
        } catch (RuntimeException e) {
            portals.close();
            throw e;
        }
        running = portals;
        Runtime.getRuntime().addShutdownHook(new Thread(portals::close, "demo-portals-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Demo region: %d datasets (seed %d) at %s%n", datasets, seed, portals.root());
        for (DemoPortal p : DemoPortal.values())
            out.printf("  %-18s %-11s %7d datasets  %s%n", p.sourceId(), p.kind().id(), portals.region().size(p),
                    p.sourceUrl(portals.root()));
        out.println(sourcesOut == null ? "Sources file: " + portals.root() + "sources.json"
                : "Sources file written to " + sourcesOut);
        out.flush();
        return Main.OK;
    }
}
