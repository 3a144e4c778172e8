package org.civiccatalog.web.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options shared by every command that opens the store. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CATALOG_DATA:-data}",
            description = "Data directory; the TDB2 database lives in DIR/tdb2 (default: ${DEFAULT-VALUE}, env CATALOG_DATA).")
    Path data;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = "${env:CATALOG_BASE}",
            description = "Base IRI of the catalog's own IRIs, e.g. https://catalog.example.gov/ (recorded on first use;"
                    + " default http://localhost:8080/, env CATALOG_BASE).")
    String base;
}
