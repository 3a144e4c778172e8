package org.civiccatalog.web.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.standards.Conformance;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;

/** The dataset page's verdict on a declared standard comes from the conformance recorded in the store. */
class StoredConformancePageTest {
    @TempDir Path dir;

    @Test
    void a_declared_standard_shows_the_level_it_reached_and_is_not_verified_before() throws Exception {
        Path json = dir.resolve("data.json");
        Files.writeString(json, """
                {"conformsTo":"https://project-open-data.cio.gov/v1.1/schema","dataset":[
                 {"identifier":"inspections","title":"Restaurant inspections","description":"scores",
                  "keyword":["food"],"modified":"2026-11-01","accessLevel":"public",
                  "publisher":{"name":"County"},"contactPoint":{"fn":"Open data","hasEmail":"mailto:data@county.example.gov"},
                  "socrata.columns":[{"name":"Business","fieldName":"business_id","dataTypeName":"text"},
                                     {"name":"Score","fieldName":"score","dataTypeName":"number"},
                                     {"name":"Date","fieldName":"date","dataTypeName":"calendar_date"}],
                  "distribution":[{"downloadURL":"https://data.county.example.gov/i.csv","mediaType":"text/csv",
                                   "conformsTo":"https://www.yelp.com/healthscores/"}]}]}""");
        try (TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("data"), "http://catalog.test/")) {
            new CatalogImporter(store).importFiles(SourceInfo.imported("la", "datajson"), List.of(json));
            String ds = store.iris().dataset("la", "inspections");
            WebConfig cfg = WebConfig.defaults().withHost("127.0.0.1").withPort(0).withContextPath("/");
            Javalin app = Javalin.create(c -> WebApp.routes(c, cfg, store)).start("127.0.0.1", 0);
            try {
                String url = "http://127.0.0.1:" + app.port() + ds.substring("http://catalog.test".length()) + ".html";
                Element before = standards(url);
                assertThat(before.select(".verification").text()).isEqualTo("not verified yet");

                Conformance.defaults(store).check(store, ds, List.of(), null);

                Element after = standards(url);
                assertThat(after.select(".verification").text()).isEqualTo("verified: headers match");
            } finally {
                app.stop();
            }
        }
    }

    static Element standards(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        Element s = Jsoup.parse(r.body()).getElementById("standards");
        assertThat(s).isNotNull();
        return s;
    }
}
