package org.civiccatalog.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.civiccatalog.web.workbench.WorkbenchCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * axe-core (from its WebJar, injected by the test: never served by the catalog) in Debian's headless Chromium on
 * each kind of page: no violation of impact serious or critical (WCAG 2.1 A and AA rules and axe's best practices).
 * The twin shows the check fails on a page that breaks those rules.
 */
class AccessibilityTest {
    static final String AXE = WebDriver.resource("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");
    static final String RUN = "return axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            + " return r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
            + " .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 5)"
            + " .map(function (n) { return n.target.join(' '); }).join(' | '); }); });";

    @TempDir static Path dir;
    @TempDir static Path profile;
    static WorkbenchCatalog cat;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        cat = WorkbenchCatalog.start(dir);
        browser = WebDriver.start(profile, cat.app.port());
        awaitSearchIndex();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (cat != null) cat.close();
    }

    static void awaitSearchIndex() throws InterruptedException {
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (cat.get("search.json").body().contains("\"index\":null")) {
            if (System.nanoTime() > end) throw new AssertionError("no search index");
            Thread.sleep(100);
        }
    }

    /** The serious and critical violations axe finds on the page at {@code url}, once {@code ready} is true there. */
    static List<String> violations(String url, String ready) throws InterruptedException {
        browser.open(url);
        browser.await("return !!(" + ready + ");", JsonNode::asBoolean);
        browser.execute(AXE + "\nreturn true;");
        List<String> out = new ArrayList<>();
        browser.execute(RUN).forEach(v -> out.add(v.asText()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "search?q=&publisher=Public+Health&publisher=Finance", "dataset/city/street-trees",
            "dataset/county/requests-from-city", "workbench", "workbench/examples/license-mix", "audit", "audit/departments",
            "audit/dataset?iri=http%3A%2F%2Fcatalog.test%2Fdataset%2Fcity%2Fstreet-trees", "harvest"})
    void no_serious_or_critical_violation(String path) throws InterruptedException {
        String ready = path.equals("workbench") ? "document.querySelector('.yasqe .CodeMirror')" : "document.readyState === 'complete'";
        assertThat(violations(WorkbenchCatalog.BASE + path, ready)).as("axe on /" + path).isEmpty();
    }

    @Test
    void the_check_fails_on_a_page_that_breaks_the_rules() throws InterruptedException {
        browser.open("about:blank");
        browser.execute("document.documentElement.removeAttribute('lang');"
                + "document.body.innerHTML = '<p style=\"color:#bbb;background:#fff\">Faint text</p>"
                + "<input type=\"text\"><a href=\"/x\"><img src=\"data:,\"></a>'; return true;");
        browser.execute(AXE + "\nreturn true;");
        List<String> out = new ArrayList<>();
        browser.execute(RUN).forEach(v -> out.add(v.asText()));
        assertThat(out).anyMatch(v -> v.contains(" color-contrast:")).anyMatch(v -> v.contains(" label:"))
                .anyMatch(v -> v.contains(" link-name:"));
    }
}
