package org.civiccatalog.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.VCARD;

import io.javalin.Javalin;

/**
 * A real TDB2 store in a temporary directory, filled with hand-built DCAT records, and the web application
 * running on it on a free port. The base IRI is {@code http://catalog.test/...}, deliberately not the server's
 * address: links in feeds must come from the base, and {@link #url} maps them onto the running server.
 */
public final class TestCatalog implements AutoCloseable {
    public static final String BASE = "http://catalog.test/";
    public static final String SCRIPT_TITLE = "Parking <script>alert('x')</script> & \"fees\"";

    public final CatalogStore store;
    public final Javalin app;
    public final WebConfig cfg;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestCatalog(CatalogStore store, Javalin app, WebConfig cfg) {
        this.store = store;
        this.app = app;
        this.cfg = cfg;
    }

    /** {@code lacity} with {@code cityDatasets} datasets, {@code county} with {@code countyDatasets}. */
    public static TestCatalog start(Path dir, String base, WebConfig cfg, int cityDatasets, int countyDatasets) {
        CatalogStore store = TdbCatalogStore.open(dir, base);
        fill(store, "lacity", cityDatasets);
        fill(store, "county", countyDatasets);
        Javalin app = WebApp.create(cfg.withPort(0).withHost("127.0.0.1"), store, h -> {}).start();
        return new TestCatalog(store, app, cfg);
    }

    public static TestCatalog start(Path dir, int cityDatasets, int countyDatasets) {
        return start(dir, BASE, WebConfig.defaults().withPageSizes(3, 50), cityDatasets, countyDatasets);
    }

    public static void fill(CatalogStore store, String source, int n) {
        SourceInfo info = new SourceInfo(source, "Portal " + source, "datajson",
                Optional.of("https://" + source + ".example.gov/data.json"), Optional.of("Owner of " + source));
        List<RecordGraph> records = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String id = source + "-" + i;
            String iri = store.iris().dataset(source, id);
            records.add(new RecordGraph(source, id, iri, dataset(iri, id, source.equals("lacity") && i == 1 ? SCRIPT_TITLE
                    : "Dataset " + i + " of " + source, i)));
        }
        store.replaceRecords(info, records);
    }

    /** A DCAT-US 1.1-shaped dataset with a publisher, a contact point and {@code 1 + i % 3} distributions. */
    public static Graph dataset(String iri, String id, String title, int i) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(iri);
        Consumer<Triple> add = g::add;
        add.accept(Triple.create(ds, RDF.type.asNode(), DCAT.Dataset.asNode()));
        add.accept(Triple.create(ds, DCTERMS.title.asNode(), NodeFactory.createLiteralString(title)));
        add.accept(Triple.create(ds, DCTERMS.description.asNode(),
                NodeFactory.createLiteralLang("About " + title + ".\nSecond line <b>not bold</b>.", "en")));
        add.accept(Triple.create(ds, DCTERMS.identifier.asNode(), NodeFactory.createLiteralString(id)));
        add.accept(Triple.create(ds, DCTERMS.modified.asNode(), NodeFactory.createLiteralDT("2024-0" + (1 + i % 9) + "-15",
                XSDDatatype.XSDdate)));
        add.accept(Triple.create(ds, DCAT.keyword.asNode(), NodeFactory.createLiteralString("transport")));
        add.accept(Triple.create(ds, DCAT.keyword.asNode(), NodeFactory.createLiteralString("keyword-" + i)));
        add.accept(Triple.create(ds, DCAT.landingPage.asNode(), NodeFactory.createURI("https://portal.example.gov/d/" + id)));
        Node pub = NodeFactory.createBlankNode();
        add.accept(Triple.create(ds, DCTERMS.publisher.asNode(), pub));
        add.accept(Triple.create(pub, RDF.type.asNode(), FOAF.Organization.asNode()));
        add.accept(Triple.create(pub, FOAF.name.asNode(), NodeFactory.createLiteralString("Department " + i)));
        Node contact = NodeFactory.createBlankNode();
        add.accept(Triple.create(ds, DCAT.contactPoint.asNode(), contact));
        add.accept(Triple.create(contact, RDF.type.asNode(), VCARD.Kind.asNode()));
        add.accept(Triple.create(contact, VCARD.fn.asNode(), NodeFactory.createLiteralString("Data Team " + i)));
        add.accept(Triple.create(contact, VCARD.hasEmail.asNode(), NodeFactory.createURI("mailto:data" + i + "@example.gov")));
        for (int d = 1; d <= 1 + i % 3; d++) {
            Node dist = NodeFactory.createURI(iri + "/distribution/" + d);
            add.accept(Triple.create(ds, DCAT.distribution.asNode(), dist));
            add.accept(Triple.create(dist, RDF.type.asNode(), DCAT.Distribution.asNode()));
            add.accept(Triple.create(dist, DCTERMS.title.asNode(), NodeFactory.createLiteralString("CSV export " + d)));
            add.accept(Triple.create(dist, DCAT.downloadURL.asNode(),
                    NodeFactory.createURI("https://portal.example.gov/d/" + id + "/rows.csv?n=" + d + "&format=csv")));
            add.accept(Triple.create(dist, DCAT.mediaType.asNode(), NodeFactory.createLiteralString("text/csv")));
        }
        return g;
    }

    /** The server URL of an IRI under the base (or of a path relative to the base). */
    public String url(String iriOrPath) {
        String base = store.iris().base();
        String rest = iriOrPath.startsWith(base) ? iriOrPath.substring(base.length()) : iriOrPath.replaceFirst("^/", "");
        String prefix = URI.create(base).getRawPath();
        return "http://127.0.0.1:" + app.port() + prefix + rest;
    }

    /** GET with header pairs ({@code "Accept", "text/turtle", ...}); the body is gunzipped when gzipped. */
    public HttpResponse<byte[]> get(String iriOrPath, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(iriOrPath))).GET();
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
        store.close();
    }
}
