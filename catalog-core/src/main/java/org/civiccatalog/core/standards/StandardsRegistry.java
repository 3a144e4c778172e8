package org.civiccatalog.core.standards;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;

/**
 * The standards the catalog knows (docs/standards.md "Registry"): read from the bundled Turtle
 * ({@code registry.ttl}, parsed against the catalog's base so its standards are {@code {base}standard/{id}}),
 * installed in the store's graph {@code {base}graph/standards}, and looked up by identifier, IRI or any alias a
 * publisher writes in {@code dct:conformsTo}.
 */
public final class StandardsRegistry {
    static final String RESOURCES = "/org/civiccatalog/core/standards/";
    private static final String REGISTRY = RESOURCES + "registry.ttl";

    private final Graph graph;
    private final Map<String, Standard> byId = new LinkedHashMap<>();
    private final Map<String, Standard> byKey = new LinkedHashMap<>();

    private StandardsRegistry(Model model) {
        this.graph = model.getGraph();
        List<Standard> all = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, DCTERMS.Standard).forEachRemaining(r -> all.add(standard(r)));
        all.sort(Comparator.comparing(Standard::id));
        for (Standard s : all) {
            byId.put(s.id(), s);
            byKey.put(key(s.iri()), s);
            byKey.putIfAbsent(key(s.id()), s);
            for (String a : s.aliases()) {
                Standard other = byKey.putIfAbsent(key(a), s);
                if (other != null && other != s)
                    throw new StandardsException("Alias '" + a + "' names two standards: " + other.id() + " and " + s.id());
            }
        }
    }

    /** The bundled registry, with IRIs under {@code iris}' base. */
    public static StandardsRegistry bundled(CatalogIris iris) {
        return new StandardsRegistry(ModelFactory.createModelForGraph(bundledGraph(iris)));
    }

    /** The bundled registry's triples, as they are stored in {@code {base}graph/standards}. */
    public static Graph bundledGraph(CatalogIris iris) {
        try (InputStream in = StandardsRegistry.class.getResourceAsStream(REGISTRY)) {
            if (in == null) throw new StandardsException("Missing resource " + REGISTRY);
            return RDFParser.source(in).lang(Lang.TURTLE).base(iris.base()).toGraph();
        } catch (java.io.IOException e) {
            throw new StandardsException("Cannot read " + REGISTRY + ": " + e.getMessage(), e);
        }
    }

    /** The registry as it is held in the store (what SPARQL sees). */
    public static StandardsRegistry stored(CatalogStore store) {
        Graph g = store.read(ds -> {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
            ds.asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(store.iris().standardsGraph()))
                    .find().forEachRemaining(copy::add);
            return copy;
        });
        return new StandardsRegistry(ModelFactory.createModelForGraph(g));
    }

    /**
     * Puts the bundled registry into {@code {base}graph/standards}, replacing what is there only when it differs
     * (a new version of the catalog brought new profiles): opening a store twice writes nothing the second time.
     *
     * @return whether the graph was written
     */
    public static boolean install(CatalogStore store) {
        return store.replaceReferenceGraph(store.iris().standardsGraph(), bundledGraph(store.iris()));
    }

    public Collection<Standard> all() {
        return byId.values();
    }

    public Optional<Standard> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Standard require(String id) {
        return byId(id).orElseThrow(() -> new StandardsException("No standard '" + id + "' in the registry (known: "
                + byId.keySet() + ")"));
    }

    /**
     * The standard a {@code dct:conformsTo} value names: its catalog IRI, identifier, or any alias, compared without
     * case, URL scheme, a leading "www." or trailing slashes ("https://yelp.com/healthscores/" finds LIVES).
     */
    public Optional<Standard> find(String conformsTo) {
        if (conformsTo == null || conformsTo.isBlank()) return Optional.empty();
        return Optional.ofNullable(byKey.get(key(conformsTo)));
    }

    /** The graph the registry was read from. */
    public Graph graph() {
        return graph;
    }

    static String key(String s) {
        String k = s.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return k.replaceAll("/+$", "");
    }

    private static Standard standard(Resource r) {
        List<FileSpec> files = new ArrayList<>();
        r.listProperties(CIVIC.file).forEachRemaining(s -> files.add(file(s.getResource())));
        files.sort(Comparator.comparingInt(FileSpec::position));
        List<String> aliases = strings(r, CIVIC.alias);
        List<String> crosswalks = strings(r, CIVIC.crosswalk);
        String id = string(r, DCTERMS.identifier).orElseThrow(() -> new StandardsException("Standard " + r + " has no dct:identifier"));
        return new Standard(r.getURI(), id, string(r, DCTERMS.title).orElse(id), string(r, DCAT.version).orElse(""),
                Optional.ofNullable(r.getPropertyResourceValue(FOAF.page)).map(Resource::getURI).orElse(""),
                aliases, files, crosswalks);
    }

    private static FileSpec file(Resource f) {
        List<FieldSpec> fields = new ArrayList<>();
        f.listProperties(CIVIC.field).forEachRemaining(s -> fields.add(field(s.getResource())));
        fields.sort(Comparator.comparingInt(FieldSpec::position));
        return new FileSpec(requireString(f, CIVIC.fieldName), integer(f, CIVIC.position), bool(f, CIVIC.required), fields);
    }

    private static FieldSpec field(Resource f) {
        List<String> allowed = strings(f, CIVIC.allowedValue);
        return new FieldSpec(requireString(f, CIVIC.fieldName), integer(f, CIVIC.position),
                ValueType.of(string(f, CIVIC.valueType).orElse("string")), bool(f, CIVIC.required), bool(f, CIVIC.recommended),
                allowed, string(f, CIVIC.dateFormat), decimal(f, CIVIC.minValue), decimal(f, CIVIC.maxValue),
                string(f, CIVIC.references));
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> out.add(text(s.getObject())));
        out.sort(null);
        return out;
    }

    private static Optional<String> string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? Optional.empty() : Optional.of(text(s.getObject()));
    }

    private static String requireString(Resource r, Property p) {
        return string(r, p).orElseThrow(() -> new StandardsException("Profile node " + r + " has no " + p.getLocalName()));
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static int integer(Resource r, Property p) {
        return string(r, p).map(Integer::parseInt).orElse(0);
    }

    private static boolean bool(Resource r, Property p) {
        return string(r, p).map(Boolean::parseBoolean).orElse(false);
    }

    private static Optional<BigDecimal> decimal(Resource r, Property p) {
        return string(r, p).map(BigDecimal::new);
    }
}
