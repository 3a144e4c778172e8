package org.civiccatalog.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.civiccatalog.web.workbench.WorkbenchCatalog;
import org.civiccatalog.web.workbench.WorkbenchCatalog.Spec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workbench in Chromium: YASGUI (from the catalog's own assets) starts, an example is picked and run against
 * the catalog's /sparql, and the result table shows its rows.
 */
class WorkbenchBrowserTest {
    @TempDir static Path dir;
    @TempDir static Path profile;
    static WorkbenchCatalog cat;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        cat = WorkbenchCatalog.start(dir);
        browser = WebDriver.start(profile, cat.app.port());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (cat != null) cat.close();
    }

    @Test
    void an_example_picked_and_run_shows_its_rows_in_the_result_table() throws InterruptedException {
        // The licence mix, computed from the specs: one row per licence of an active dataset that is not a copy.
        Set<String> licences = new TreeSet<>();
        for (Spec s : WorkbenchCatalog.SPECS) {
            if (s.withdrawn() || WorkbenchCatalog.COPY_OF.containsKey(s.iri())) continue;
            if (s.license() != null) licences.add(s.license());
            if (s.distLicense() != null) licences.add(s.distLicense());
            if (s.license() == null && s.distLicense() == null) licences.add("(no licence)");
        }
        browser.open(WorkbenchCatalog.BASE + "workbench");
        browser.await("return !!document.querySelector('.yasqe .CodeMirror');", JsonNode::asBoolean);
        assertThat(browser.execute("return document.getElementById('plain-form').hidden;").asBoolean())
                .as("the plain form gives way to the editor").isTrue();

        browser.click("li[data-example=license-mix] button.open-example");
        JsonNode cells = browser.await("var rows = document.querySelectorAll('.yasr table tbody tr');"
                + " return Array.prototype.map.call(rows, function (r) { return r.innerText; });", v -> v.size() > 0);
        List<String> rows = new ArrayList<>();
        cells.forEach(c -> rows.add(c.asText()));
        assertThat(rows).hasSize(licences.size());
        for (String l : licences) assertThat(rows).anyMatch(r -> r.contains(l));
        assertThat(browser.execute("return document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue();").asText())
                .as("the editor holds the example").contains("# Licence mix");
        assertThat(browser.execute("return document.querySelector('#downloads a').href;").asText())
                .as("the results can be downloaded as CSV from the endpoint").startsWith(WorkbenchCatalog.BASE + "sparql?query=")
                .endsWith("&format=csv");
    }
}
