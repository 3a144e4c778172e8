package org.civiccatalog.web.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run as a process: loads a page, runs its scripts, and prints the resulting DOM.
 * CI installs it (.ci/run); a developer without it gets the browser tests skipped, while CI fails them.
 */
final class Chromium {
    static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private Chromium() {}

    static void require() {
        if (Files.isExecutable(BINARY)) return;
        if (System.getenv("CI") != null) fail("Chromium not found at " + BINARY + ": apt-get install -y chromium");
        assumeTrue(false, "Chromium not installed (apt-get install -y chromium); browser tests skipped outside CI");
    }

    /** The DOM after load, as Chromium serialises it. */
    static String dumpDom(String url, Path profile) throws IOException, InterruptedException {
        List<String> cmd = List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom", url);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("Chromium did not finish loading " + url);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
