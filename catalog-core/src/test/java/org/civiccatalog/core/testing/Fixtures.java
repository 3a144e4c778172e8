package org.civiccatalog.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates ../shared/fixtures: from the {@code shared.dir} system property Surefire sets, else by walking up. */
public final class Fixtures {
    private Fixtures() {}

    public static Path shared() {
        String prop = System.getProperty("shared.dir");
        if (prop != null && Files.isDirectory(Paths.get(prop))) return Paths.get(prop).toAbsolutePath().normalize();
        Path p = Paths.get("").toAbsolutePath();
        while (p != null) {
            if (Files.isDirectory(p.resolve("shared/fixtures"))) return p.resolve("shared");
            if (Files.isDirectory(p.resolve("../shared/fixtures"))) return p.resolve("../shared").normalize();
            p = p.getParent();
        }
        throw new IllegalStateException("Cannot find ../shared (set -Dshared.dir)");
    }

    public static Path fixture(String relative) {
        Path p = shared().resolve("fixtures").resolve(relative);
        if (!Files.exists(p)) throw new IllegalStateException("Missing fixture " + p);
        return p;
    }
}
