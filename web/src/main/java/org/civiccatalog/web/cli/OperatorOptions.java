package org.civiccatalog.web.cli;

import org.civiccatalog.core.datajson.PodDefaults;

import picocli.CommandLine.Option;

/** Who runs the catalog: named in data.json for datasets whose source gave no publisher or contact. */
final class OperatorOptions {
    @Option(names = "--operator-name", defaultValue = "${env:CATALOG_OPERATOR_NAME:-Open data catalog operator}",
            description = "Who runs this catalog: data.json names it as publisher/contact of a dataset that has none"
                    + " (default: ${DEFAULT-VALUE}, env CATALOG_OPERATOR_NAME).")
    String name;

    @Option(names = "--operator-email", defaultValue = "${env:CATALOG_OPERATOR_EMAIL:-opendata@example.org}",
            description = "The operator's e-mail address, used likewise (default: ${DEFAULT-VALUE}, env CATALOG_OPERATOR_EMAIL).")
    String email;

    PodDefaults podDefaults() {
        try {
            return PodDefaults.of(name, email);
        } catch (IllegalArgumentException e) {
            throw new ErrorReporter.UsageException("--operator-name/--operator-email: " + e.getMessage());
        }
    }
}
