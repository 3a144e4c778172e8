package org.civiccatalog.web.examples;

import java.nio.file.Files;
import java.nio.file.Path;

import org.civiccatalog.web.TestCatalog;

/** Runs the test catalog (a few hand-built datasets) until killed, printing its port: for a look with curl. */
public final class ExServe {
    private ExServe() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("civic-web-example");
        try (TestCatalog cat = TestCatalog.start(dir, 5, 3)) {
            System.err.println("Serving on " + cat.url(""));
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
