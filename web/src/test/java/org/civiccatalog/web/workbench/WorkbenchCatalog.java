package org.civiccatalog.web.workbench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.Audit;
import org.civiccatalog.core.audit.AuditOptions;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.sparql.CatalogSparql;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.web.WebApp;
import org.civiccatalog.web.WebConfig;

import io.javalin.Javalin;

/**
 * A known region for the workbench's example queries: a city, a county and a state portal, thirteen hand-made
 * datasets described by {@link Spec}s (department, licences, declared standards, landing page, refresh frequency),
 * two of them re-published elsewhere (same landing page), one withdrawn; cross-portal identity refreshed, audited
 * once at {@link #AUDIT_AT}; pages and {@code /sparql} on one free port. Tests derive what each example must
 * answer from the specs, never from the store.
 */
public final class WorkbenchCatalog implements AutoCloseable {
    public static final String BASE = "http://catalog.test/";
    public static final Instant AUDIT_AT = Instant.parse("2026-11-22T12:00:00Z");
    public static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    public static final String CC0 = "https://creativecommons.org/publicdomain/zero/1.0/";
    public static final String ODBL = "http://opendatacommons.org/licenses/odbl/1-0/";
    public static final String OPEN311 = "http://wiki.open311.org/GeoReport_v2";
    public static final String OPEN311_BULK = "http://wiki.open311.org/GeoReport/bulk";
    public static final String LIVES = "https://www.yelp.com/healthscores";
    public static final String NOT_A_STANDARD = "https://example.org/schemas/olives-harvest";
    public static final String HOSTILE_DEPARTMENT = "Building <b onmouseover=\"alert(1)\">and</b> Safety";
    public static final String HOSTILE_TITLE = "Parking </script><script>document.body.dataset.pwned='1'</script> & \"fees\"";

    /** One dataset as the test means it. Nullable fields are absent from the record. */
    public record Spec(String source, String key, String title, String department, String license, String distLicense,
                       String conformsTo, String distConformsTo, String landing, String frequency, String modified,
                       boolean withdrawn) {
        public String iri() {
            return BASE + "dataset/" + source + "/" + key;
        }
    }

    public static final Map<String, String> JURISDICTION = Map.of("city", "city", "county", "county", "state", "state");

    public static final List<Spec> SPECS = List.of(
            new Spec("city", "service-requests", "Service requests 2025", "311 Customer Service", CC_BY, null, OPEN311, null,
                    "https://data.city.gov/d/service-requests", null, "2026-11-20", false),
            new Spec("city", "restaurant-inspections", "Restaurant inspections", "Public Health", null, CC0, null, LIVES,
                    "https://data.city.gov/d/restaurant-inspections", null, "2026-11-01", false),
            new Spec("city", "street-trees", "Street trees", "Public Works", CC0, null, null, null,
                    "https://data.city.gov/d/street-trees", "MONTHLY", "2026-01-01", false),
            new Spec("city", "budget-2026", "Adopted budget", "Finance", null, null, null, null,
                    "https://data.city.gov/d/budget-2026", "ANNUAL", "2026-06-01", false),
            new Spec("city", "permit-archives", HOSTILE_TITLE, HOSTILE_DEPARTMENT, CC_BY, null, NOT_A_STANDARD, null,
                    "https://data.city.gov/d/permit-archives", null, "2025-02-01", false),
            new Spec("city", "old-tickets", "Old parking tickets", "Transportation", CC_BY, null, OPEN311_BULK, null,
                    "https://data.city.gov/d/old-tickets", null, "2020-01-01", true),
            new Spec("county", "requests-from-city", "Service requests 2025 (city)", "311 Customer Service", CC_BY, null, null,
                    OPEN311, "https://data.city.gov/d/service-requests", null, "2026-11-20", false),
            new Spec("county", "clinics", "Clinics", "Public Health", ODBL, null, null, null,
                    "https://data.county.gov/d/clinics", "DAILY", "2026-11-01", false),
            new Spec("county", "trees-from-city", "Street trees (city)", "Public Works", CC0, null, null, null,
                    "https://data.city.gov/d/street-trees", null, "2026-01-01", false),
            new Spec("county", "food-inspections", "Food facility inspections", "Public Health", CC_BY, null, "http://yelp.com/healthscores/", null,
                    "https://data.county.gov/d/food-inspections", null, "2026-10-01", false),
            new Spec("county", "roads", "County roads", "Public Works", ODBL, null, null, null,
                    "https://data.county.gov/d/roads", null, "2026-09-01", false),
            new Spec("state", "requests-mirror", "Service requests 2025 (state mirror)", "Open Data Office", null, null, null, null,
                    "https://data.city.gov/d/service-requests", null, "2026-11-20", false),
            new Spec("state", "wells", "Groundwater wells", "Water Resources", CC_BY, CC0, null, null,
                    "https://data.state.gov/d/wells", null, "2026-03-01", false),
            new Spec("state", "rivers", "Rivers", "Water Resources", null, null, null, null,
                    "https://data.state.gov/d/rivers", null, "2026-03-01", false));

    /** The copies the specs mean (same landing page as a city dataset), each with its origin. */
    public static final Map<String, String> COPY_OF = Map.of(
            BASE + "dataset/county/requests-from-city", BASE + "dataset/city/service-requests",
            BASE + "dataset/state/requests-mirror", BASE + "dataset/city/service-requests",
            BASE + "dataset/county/trees-from-city", BASE + "dataset/city/street-trees");

    public final TdbCatalogStore store;
    public final Javalin app;
    public final List<DatasetReport> reports;
    private final HttpClient http = HttpClient.newHttpClient();

    private WorkbenchCatalog(TdbCatalogStore store, Javalin app, List<DatasetReport> reports) {
        this.store = store;
        this.app = app;
        this.reports = List.copyOf(reports);
    }

    public static WorkbenchCatalog start(Path dir) {
        TdbCatalogStore store = TdbCatalogStore.open(dir, BASE);
        Map<String, List<Spec>> bySource = SPECS.stream().collect(Collectors.groupingBy(Spec::source));
        for (String source : List.of("city", "county", "state")) {
            SourceInfo info = source(source);
            List<RecordGraph> records = new ArrayList<>();
            for (Spec s : bySource.get(source)) records.add(new RecordGraph(s.source(), s.key(), s.iri(), graph(s)));
            store.replaceRecords(info, records);
            List<String> withdrawn = bySource.get(source).stream().filter(Spec::withdrawn).map(Spec::key).toList();
            if (!withdrawn.isEmpty()) store.withdraw(info, withdrawn, Instant.parse("2026-11-01T00:00:00Z"));
        }
        CrossPortalIdentity.refresh(store);
        List<DatasetReport> reports = new ArrayList<>();
        Audit.run(store, AuditOptions.defaults().withClock(Clock.fixed(AUDIT_AT, ZoneOffset.UTC)), reports::add);
        CatalogSparql sparql = CatalogSparql.newBuilder().dataset(store.dataset()).build();
        Javalin app = WebApp.create(WebConfig.defaults().withHost("127.0.0.1").withPort(0), store, sparql::installInto).start();
        return new WorkbenchCatalog(store, app, reports);
    }

    public static SourceInfo source(String id) {
        return new SourceInfo(id, "Portal of the " + id, "datajson", Optional.of("https://data." + id + ".gov/data.json"),
                Optional.of("Owner of " + id), Optional.of(JURISDICTION.get(id)));
    }

    static Graph graph(Spec s) {
        Graph g = GraphFactory.createGraphMem();
        Node ds = NodeFactory.createURI(s.iri());
        g.add(Triple.create(ds, RDF.type.asNode(), DCAT.Dataset.asNode()));
        g.add(Triple.create(ds, DCTERMS.identifier.asNode(), NodeFactory.createLiteralString(s.source() + "/" + s.key())));
        g.add(Triple.create(ds, DCTERMS.title.asNode(), NodeFactory.createLiteralString(s.title())));
        // Short on purpose: fewer than 8 distinct words are never compared as text by the identity pass.
        g.add(Triple.create(ds, DCTERMS.description.asNode(), NodeFactory.createLiteralString("About " + s.key() + ".")));
        g.add(Triple.create(ds, DCTERMS.modified.asNode(), NodeFactory.createLiteralDT(s.modified(), XSDDatatype.XSDdate)));
        g.add(Triple.create(ds, DCAT.landingPage.asNode(), NodeFactory.createURI(s.landing())));
        Node pub = NodeFactory.createBlankNode();
        g.add(Triple.create(ds, DCTERMS.publisher.asNode(), pub));
        g.add(Triple.create(pub, RDF.type.asNode(), FOAF.Organization.asNode()));
        g.add(Triple.create(pub, FOAF.name.asNode(), NodeFactory.createLiteralString(s.department())));
        if (s.license() != null) g.add(Triple.create(ds, DCTERMS.license.asNode(), NodeFactory.createURI(s.license())));
        if (s.conformsTo() != null) g.add(Triple.create(ds, DCTERMS.conformsTo.asNode(), NodeFactory.createURI(s.conformsTo())));
        if (s.frequency() != null)
            g.add(Triple.create(ds, DCTERMS.accrualPeriodicity.asNode(), NodeFactory.createURI(Prefixes.EU_FREQUENCY + s.frequency())));
        Node dist = NodeFactory.createURI(s.iri() + "/distribution/1");
        g.add(Triple.create(ds, DCAT.distribution.asNode(), dist));
        g.add(Triple.create(dist, RDF.type.asNode(), DCAT.Distribution.asNode()));
        g.add(Triple.create(dist, DCTERMS.title.asNode(), NodeFactory.createLiteralString("CSV")));
        g.add(Triple.create(dist, DCAT.downloadURL.asNode(), NodeFactory.createURI("https://files." + s.source() + ".gov/" + s.key() + ".csv")));
        g.add(Triple.create(dist, DCAT.mediaType.asNode(), NodeFactory.createURI(Prefixes.IANA_MEDIA_TYPES + "text/csv")));
        if (s.distLicense() != null) g.add(Triple.create(dist, DCTERMS.license.asNode(), NodeFactory.createURI(s.distLicense())));
        if (s.distConformsTo() != null) g.add(Triple.create(dist, DCTERMS.conformsTo.asNode(), NodeFactory.createURI(s.distConformsTo())));
        return g;
    }

    public String url(String iriOrPath) {
        String rest = iriOrPath.startsWith(BASE) ? iriOrPath.substring(BASE.length()) : iriOrPath.replaceFirst("^/", "");
        return "http://127.0.0.1:" + app.port() + "/" + rest;
    }

    public HttpResponse<String> get(String iriOrPath) {
        return org.civiccatalog.web.TestHttp.get(http, url(iriOrPath));
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
