package org.civiccatalog.vocab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the shared fixtures and the repository live, for tests. Fails loudly rather than skipping. */
final class Fixtures {
    private Fixtures() {}

    /** The shared folder, from the {@code shared.dir} system property Surefire sets. */
    static Path sharedDir() {
        String dir = System.getProperty("shared.dir");
        if (dir == null || dir.isBlank())
            throw new IllegalStateException("System property shared.dir is not set: run the tests through Maven (Surefire passes it)");
        Path p = Paths.get(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("fixtures")))
            throw new IllegalStateException("shared.dir=" + dir + " has no fixtures/ folder");
        return p;
    }

    /** A file or folder under {@code shared/fixtures}, which must exist. */
    static Path fixture(String relative) {
        Path p = sharedDir().resolve("fixtures").resolve(relative);
        if (!Files.exists(p))
            throw new IllegalStateException("Missing shared fixture " + p);
        return p;
    }

    /** The repository root: the parent of the vocab module directory Surefire runs in. */
    static Path repoRoot() {
        Path module = Paths.get("").toAbsolutePath();
        Path root = module.getParent();
        if (root == null || !Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("vocab")))
            throw new IllegalStateException("Cannot find the repository root from " + module + " (expected the vocab module directory)");
        return root;
    }

    /** The vocab module's main source folder for this package. */
    static Path vocabSources() {
        Path p = repoRoot().resolve("vocab/src/main/java/org/civiccatalog/vocab");
        if (!Files.isDirectory(p))
            throw new IllegalStateException("Missing " + p);
        return p;
    }
}
