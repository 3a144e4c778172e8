package org.civiccatalog.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** Every {@code curl "$B/search.json?..."} example of docs/search.md answers, over HTTP, from the known catalog. */
class SearchDocsExamplesTest {
    // Surefire runs in the module directory; the docs module is its sibling.
    static final Path DOC = Path.of("..", "docs", "search.md");
    static final Pattern CURL = Pattern.compile("^curl -s \"\\$B/(search\\.json[^\"]*)\"", Pattern.MULTILINE);
    @TempDir static Path dir;
    static SearchCatalog cat;

    @BeforeAll
    static void start() throws Exception {
        cat = SearchCatalog.start(dir);
    }

    @AfterAll
    static void stop() {
        cat.close();
    }

    @Test
    void every_example_answers_with_results() throws Exception {
        List<String> examples = new ArrayList<>();
        Matcher m = CURL.matcher(Files.readString(DOC));
        while (m.find()) examples.add(m.group(1));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(7);
        for (String e : examples) {
            JsonNode r = cat.json(e);
            assertThat(r.path("total").asLong()).as(e).isPositive();
        }
    }
}
