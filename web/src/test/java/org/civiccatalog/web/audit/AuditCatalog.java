package org.civiccatalog.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.AuditFixtureAccess;
import org.civiccatalog.core.audit.AuditOptions;
import org.civiccatalog.core.audit.AuditSummary;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.PROV;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;

import io.javalin.Javalin;

/**
 * A known catalog for the dashboard's tests: nine hand-made datasets, each the audit's perfect dataset with one
 * known change, on a city and a county portal, five departments (one with a hostile name, one dataset with a hostile
 * title); audited twice (a trend), the second time with link checks stored (one data dictionary URL broken); the
 * web application on a free port. Expected numbers come from the audit's own summary and reports, never from pages.
 */
public final class AuditCatalog implements AutoCloseable {
    public static final String BASE = "http://catalog.test/";
    public static final String HOSTILE_TITLE = "Parking <script>alert('x')</script> & \"fees\"";
    public static final String HOSTILE_DEPARTMENT = "=HYPERLINK(\"http://evil.example/\",\"click\") Department";
    public static final String CSV_URL = "https://data.example.gov/street-trees.csv";
    public static final String ACCESS_URL = "https://data.example.gov/street-trees";
    public static final String DICTIONARY_URL = "https://data.example.gov/street-trees/dictionary.csv";
    public static final Instant FIRST = Instant.parse("2026-11-21T12:00:00Z"), SECOND = Instant.parse("2026-11-22T12:00:00Z");

    public final TdbCatalogStore store;
    public final Javalin app;
    public final AuditSummary first, second;
    /** The reports of the second (latest) run, in audit order. */
    public final List<DatasetReport> reports;
    private final HttpClient http = HttpClient.newHttpClient();

    private AuditCatalog(TdbCatalogStore store, Javalin app, AuditSummary first, AuditSummary second, List<DatasetReport> reports) {
        this.store = store;
        this.app = app;
        this.first = first;
        this.second = second;
        this.reports = List.copyOf(reports);
    }

    /** The store filled, not audited, and the server started. */
    public static TdbCatalogStore filled(Path dir) {
        TdbCatalogStore store = TdbCatalogStore.open(dir.resolve("store"), BASE);
        importTurtle(store, dir, source("city", "city"), String.join("\n",
                dataset("street-trees", "Urban Forestry Division", Map.of()),
                dataset("tree-permits", "Urban Forestry Division", Map.of("    dcat:keyword \"trees\" ;\n", "",
                        "    dcat:keyword \"urban forest\" ;\n", "")),
                dataset("tree-pruning", "Urban Forestry Division", Map.of("\"2026-11-01\"^^xsd:date", "\"2026-01-01\"^^xsd:date")),
                dataset("hostile", HOSTILE_DEPARTMENT.replace("\"", "\\\""), Map.of("\"Street trees\"",
                        "\"" + HOSTILE_TITLE.replace("\"", "\\\"") + "\"", "    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;\n", "",
                        "    dcat:keyword \"trees\" ;\n", "", "    dcat:keyword \"urban forest\" ;\n", "")),
                dataset("park-list", "Parks Department", Map.of("\"Street trees\"", "\"Parks\"",
                        " ;\n    dcat:distribution <https://data.example.gov/dataset/park-list/csv> .", " .",
                        "    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;\n", "",
                        "    dcat:keyword \"trees\" ;\n", "", "    dcat:keyword \"urban forest\" ;\n", ""))));
        importTurtle(store, dir, source("county", "county"), String.join("\n",
                dataset("bus-stops", "Transport Department", Map.of("\"Street trees\"", "\"Bus stops\"",
                        "    dcat:theme <http://publications.europa.eu/resource/authority/data-theme/ENVI> ;\n", "")),
                dataset("traffic", "Transport Department", Map.of("\"Street trees\"", "\"Traffic counts\"",
                        "    dcat:keyword \"trees\" ;\n", "", "    dcat:keyword \"urban forest\" ;\n", "",
                        "    dct:temporal [ a dct:PeriodOfTime ; dcat:startDate \"2010-01-01\"^^xsd:date ; dcat:endDate \"2026-10-31\"^^xsd:date ] ;\n", "")),
                dataset("parking", "Transport Department", Map.of("\"Street trees\"", "\"Parking meters\"",
                        "\"2026-11-01\"^^xsd:date", "\"2025-06-30\"^^xsd:date")),
                dataset("potholes", "Public Works", Map.of("\"Street trees\"", "\"Potholes\"",
                        "    dct:license <https://creativecommons.org/publicdomain/zero/1.0/> ;\n", "",
                        " ; vcard:hasEmail <mailto:trees@example.gov> ]", " ]"))));
        return store;
    }

    public static Javalin serve(TdbCatalogStore store) {
        WebConfig cfg = WebConfig.defaults().withHost("127.0.0.1").withPort(0);
        return WebApp.create(cfg, store, h -> {}).start();
    }

    /** Filled, audited twice (link checks stored in between), served. */
    public static AuditCatalog start(Path dir) {
        TdbCatalogStore store = filled(dir);
        AuditSummary first = Audit.run(store, at(FIRST), r -> {});
        storeLinkChecks(store, Map.of(CSV_URL, 200, ACCESS_URL, 301, DICTIONARY_URL, 404), FIRST.plusSeconds(3600));
        List<DatasetReport> reports = new ArrayList<>();
        AuditSummary second = Audit.run(store, at(SECOND), reports::add);
        return new AuditCatalog(store, serve(store), first, second, reports);
    }

    static AuditOptions at(Instant t) {
        return AuditOptions.defaults().withClock(Clock.fixed(t, ZoneOffset.UTC));
    }

    /** Link checks as the link checker stores them in {base}graph/links (docs/audit.md). */
    static void storeLinkChecks(TdbCatalogStore store, Map<String, Integer> status, Instant at) {
        Graph g = GraphFactory.createGraphMem();
        status.forEach((url, code) -> {
            Node check = NodeFactory.createBlankNode();
            g.add(Triple.create(check, RDF.type.asNode(), CIVIC.LinkCheck.asNode()));
            g.add(Triple.create(check, CIVIC.checkedUrl.asNode(), NodeFactory.createURI(url)));
            g.add(Triple.create(check, CIVIC.httpStatus.asNode(), NodeFactory.createLiteralDT(code.toString(), XSDDatatype.XSDinteger)));
            g.add(Triple.create(check, PROV.atTime.asNode(), NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime)));
        });
        store.appendToLog(store.iris().linkCheckGraph(), g);
    }

    static SourceInfo source(String id, String jurisdiction) {
        return new SourceInfo(id, "Portal " + id, "dcat-rdf", Optional.empty(), Optional.of("Owner of " + id), Optional.of(jurisdiction));
    }

    /** The perfect dataset as {@code id}, published by {@code department}, with {@code changes} (text replacements). */
    static String dataset(String id, String department, Map<String, String> changes) {
        String t = AuditFixtureAccess.perfect().replace("dataset/street-trees", "dataset/" + id)
                .replace("\"street-trees\"", "\"" + id + "\"").replace("foaf:name \"Urban Forestry Division\"", "foaf:name \"" + department + "\"");
        for (var c : changes.entrySet()) {
            if (!t.contains(c.getKey())) throw new IllegalArgumentException("no " + c.getKey() + " in the perfect dataset");
            t = t.replace(c.getKey(), c.getValue());
        }
        return t;
    }

    static void importTurtle(TdbCatalogStore store, Path dir, SourceInfo source, String turtle) {
        try {
            Path f = Files.createTempFile(dir, source.id(), ".ttl");
            Files.writeString(f, turtle);
            new CatalogImporter(store).importFiles(source, List.of(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public DatasetReport report(String id) {
        return reports.stream().filter(r -> r.datasetIri().contains("-dataset-" + id + "-")).findFirst().orElseThrow(() -> new AssertionError("no dataset " + id));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + "/" + path.replaceFirst("^/", "");
    }

    public HttpResponse<String> get(String path) {
        return org.civiccatalog.web.TestHttp.get(http, url(path));
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
