package org.civiccatalog.web.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civiccatalog.harvest.demo.DemoPortalServer;
import org.civiccatalog.harvest.demo.DemoRegion;
import org.slf4j.LoggerFactory;

/**
 * Starts {@code serve --demo}'s portals on the loopback port they had last time in this data directory
 * ({@code DATA/demo-portals.port}), else on a free one. The same port keeps the sources' URLs, so the next
 * harvest's requests are conditional ({@code DATA/http-cache} is keyed by URL) and answered with 304s, and the
 * catalog's source list does not name a port that is gone. Records never name the port, whichever it is.
 */
final class DemoPortals {
    static final String PORT_FILE = "demo-portals.port";

    private DemoPortals() {}

    static DemoPortalServer start(DemoRegion region, Path dataDir) {
        Path file = dataDir.resolve(PORT_FILE);
        int last = lastPort(file);
        DemoPortalServer portals;
        try {
            portals = DemoPortalServer.start(region, last);
        } catch (UncheckedIOException taken) {
            LoggerFactory.getLogger("catalog.web").info("Demo portals: port {} is taken, using another", last);
            portals = DemoPortalServer.start(region, 0);
        }
        try {
            Files.writeString(file, portals.port() + "\n");
        } catch (IOException e) {
            // Only costs full downloads next time.
            LoggerFactory.getLogger("catalog.web").warn("Cannot write {}: {}", file, e.toString());
        }
        return portals;
    }

    private static int lastPort(Path file) {
        try {
            int port = Integer.parseInt(Files.readString(file).strip());
            return port > 0 && port <= 65535 ? port : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}
