package org.civiccatalog.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.Prefixes;

/**
 * The tests' own, independent statement of what an original DCAT RDF document says about each of its datasets
 * (docs/rdf-import.md, "How datasets are found" and "What a dataset's record holds"), computed without the
 * importer: datasets are found with SPARQL, and a dataset's description is computed as a fixpoint of minimal
 * IRI-step distances, not with the production code's breadth-first walk.
 *
 * <p>The graph may come from anywhere; {@link #parse(Path, String)} and {@link #read(Path, String)} read a document
 * with plain Jena (JSON-LD remote contexts served from the published copies under shared/fixtures, never from the
 * catalog's bundled copies) against an explicit base IRI.
 */
public final class IndependentDescriptions {
    public static final int MAX_IRI_HOPS = 2;
    private static final Set<Node> LINKED = Set.of(DCTERMS.publisher.asNode(), DCAT.contactPoint.asNode(),
            DCTERMS.temporal.asNode(), DCTERMS.spatial.asNode());

    /** Published remote JSON-LD contexts the fixtures name, served from the published copies in shared/fixtures. */
    private static final Map<String, String> CONTEXTS = Map.of(
            "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld", "pod-schema-v1.1/catalog.jsonld",
            "http://project-open-data.cio.gov/v1.1/schema/catalog.jsonld", "pod-schema-v1.1/catalog.jsonld",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1/context/dcat-ap.jsonld",
            "dcat-rdf/dcat-ap-3.0.1/context/dcat-ap.jsonld",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1/html/examples/context.jsonld",
            "dcat-rdf/dcat-ap-3.0.1/examples/context.jsonld",
            "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld",
            "dcat-rdf/dcat-ap-3.0.1/examples/context.jsonld");

    /** Serves {@link #CONTEXTS} from the fixtures, refuses everything else: parsing never goes to the network. */
    public static final DocumentLoader FIXTURE_CONTEXTS = (url, options) -> {
        String rel = CONTEXTS.get(url.toString());
        if (rel == null)
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "test refuses remote context <" + url + ">");
        try (InputStream in = Files.newInputStream(Fixtures.fixture(rel))) {
            JsonDocument doc = JsonDocument.of(MediaType.JSON_LD, in);
            doc.setDocumentUrl(url);
            return doc;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
        }
    };

    /** One original document, with the datasets found in it, those expected imported, and the walk's boundary. */
    public record Document(Graph graph, Set<Node> found, Set<Node> importable, Set<Node> boundary) {
        /** The dataset's description in the document. */
        public Graph describe(Node dataset) {
            return IndependentDescriptions.describe(graph, dataset, boundary);
        }

        public Set<Node> distributions(Node dataset) {
            return IndependentDescriptions.distributions(graph, dataset);
        }

        public String upstreamId(Node dataset) {
            return IndependentDescriptions.upstreamId(graph, dataset).orElseThrow();
        }
    }

    private IndependentDescriptions() {}

    /**
     * Parses {@code file} with {@link #parse(Path, String)} and finds its datasets.
     *
     * @param base what relative IRIs resolve against: the importer uses the source's URL, else its IRI + "/"
     */
    public static Document read(Path file, String base) {
        Graph g = parse(file, base);
        Set<Node> found = datasets(g);
        return new Document(g, found, importable(g, found), boundary(g, found));
    }

    /** Plain Jena with the given base; quads of any graph merged into one graph. */
    public static Graph parse(Path file, String base) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        Graph g = GraphFactory.createGraphMem();
        RDFParser.source(file).lang(lang).base(base)
                .set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(FIXTURE_CONTEXTS))
                .parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        g.add(triple);
                    }

                    @Override
                    public void quad(Quad quad) {
                        g.add(quad.asTriple());
                    }
                });
        return g;
    }

    public static Set<Node> datasets(Graph g) {
        return select(g, Prefixes.sparqlPrologue() + """
                SELECT DISTINCT ?d WHERE {
                  { ?d a dcat:Dataset } UNION { ?d a dcat:DatasetSeries }
                  UNION { ?x dcat:dataset ?d FILTER(!isLiteral(?d)) FILTER NOT EXISTS { ?d a dcat:Catalog } }
                }""");
    }

    public static Set<Node> catalogs(Graph g) {
        return select(g, Prefixes.sparqlPrologue() + "SELECT DISTINCT ?d WHERE { ?d a dcat:Catalog }");
    }

    /** Datasets the importer should import: described, and with an IRI or a non-blank dct:identifier literal. */
    public static Set<Node> importable(Graph g) {
        return importable(g, datasets(g));
    }

    /** Those of the {@code found} datasets that are described and have a key ({@link #upstreamId}). */
    public static Set<Node> importable(Graph g, Set<Node> found) {
        Set<Node> out = new HashSet<>();
        for (Node d : found)
            if (g.contains(d, Node.ANY, Node.ANY) && upstreamId(g, d).isPresent()) out.add(d);
        return out;
    }

    /** The record key: the IRI, or the smallest stripped, non-empty dct:identifier literal of a blank dataset. */
    public static Optional<String> upstreamId(Graph g, Node d) {
        if (d.isURI()) return Optional.of(d.getURI());
        return g.find(d, DCTERMS.identifier.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isLiteral).map(o -> o.getLiteralLexicalForm().strip()).filter(s -> !s.isEmpty())
                .sorted().findFirst();
    }

    /** Where a description stops: every dataset (the {@code found} ones of {@code g}) and every catalog. */
    public static Set<Node> boundary(Graph g, Set<Node> found) {
        Set<Node> boundary = new HashSet<>(found);
        boundary.addAll(catalogs(g));
        return boundary;
    }

    /** The dataset's description, bounded by every other dataset and every catalog of {@code g}. */
    public static Graph describe(Graph g, Node dataset) {
        return describe(g, dataset, boundary(g, datasets(g)));
    }

    /** The dataset's description, bounded by {@code allBoundary} (the dataset itself excepted). */
    public static Graph describe(Graph g, Node dataset, Set<Node> allBoundary) {
        Set<Node> boundary = new HashSet<>(allBoundary);
        boundary.remove(dataset);
        Map<Node, Integer> dist = new HashMap<>();
        dist.put(dataset, 0);
        List<Triple> all = g.find().toList();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Triple t : all) {
                Integer ds = dist.get(t.getSubject());
                if (ds == null) continue;
                Node o = t.getObject();
                Integer cand = null;
                if (o.isBlank()) {
                    cand = ds;
                } else if (o.isURI() && !boundary.contains(o) && g.contains(o, Node.ANY, Node.ANY)
                        && ((t.getSubject().equals(dataset) && t.getPredicate().equals(DCAT.distribution.asNode()))
                            || LINKED.contains(t.getPredicate()))
                        && ds + 1 <= MAX_IRI_HOPS) {
                    cand = ds + 1;
                }
                if (cand != null && (!dist.containsKey(o) || dist.get(o) > cand)) {
                    dist.put(o, cand);
                    changed = true;
                }
            }
        }
        Graph out = GraphFactory.createGraphMem();
        for (Triple t : all) if (dist.containsKey(t.getSubject())) out.add(t);
        return out;
    }

    public static Set<Node> distributions(Graph g, Node dataset) {
        Set<Node> out = new HashSet<>();
        g.find(dataset, DCAT.distribution.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral() && !t.getObject().equals(dataset)) out.add(t.getObject());
        });
        return out;
    }

    private static Set<Node> select(Graph g, String query) {
        Set<Node> out = new HashSet<>();
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> out.add(row.get("d").asNode()));
        }
        return out;
    }
}
