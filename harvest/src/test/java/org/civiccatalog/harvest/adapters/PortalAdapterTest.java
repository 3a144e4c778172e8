package org.civiccatalog.harvest.adapters;

import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.testing.Fixtures;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.testing.PortalServer;
import org.civiccatalog.harvest.testing.PortalServer.Reply;
import org.civiccatalog.harvest.testing.SimpleHttp;
import org.junit.jupiter.api.AfterEach;

/**
 * What every adapter test sets up the same way: a portal on a free loopback port that answers recorded responses
 * (closed after each test), and a harvest context over plain HTTP minting IRIs under {@link #IRIS}.
 */
abstract class PortalAdapterTest {
    static final CatalogIris IRIS = CatalogIris.of("https://catalog.example.org/");

    final PortalServer portal = new PortalServer();
    final HarvestContext ctx = new HarvestContext(new SimpleHttp(), IRIS);

    @AfterEach
    void closePortal() {
        portal.close();
    }

    /** A 200 with a recorded JSON response from the shared fixtures. */
    static Reply jsonFile(String fixture) {
        return Reply.file("application/json", Fixtures.fixture(fixture));
    }
}
