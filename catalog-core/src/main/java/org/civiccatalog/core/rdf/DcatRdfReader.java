package org.civiccatalog.core.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.civiccatalog.core.CatalogIris;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.vocab.DCTERMS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one DCAT RDF document (Turtle, RDF/XML, JSON-LD, N-Triples, TriG, N-Quads) and hands each dataset it
 * describes, moved into the catalog's IRIs, to a consumer. See {@code docs/rdf-import.md}.
 *
 * <pre>
 * DcatRdfReader reader = DcatRdfReader.create(store.iris());
 * RdfImportReport report = reader.read(RdfInput.file(path), "bremen", records::add);
 * </pre>
 * Immutable and thread-safe.
 */
public final class DcatRdfReader {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.import");
    /** Default size limit of one document: the whole document is parsed in memory. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final CatalogIris iris;
    private final long maxBytes;

    private DcatRdfReader(CatalogIris iris, long maxBytes) {
        this.iris = iris;
        this.maxBytes = maxBytes;
    }

    public static DcatRdfReader create(CatalogIris iris) {
        return new DcatRdfReader(Objects.requireNonNull(iris, "iris"), DEFAULT_MAX_BYTES);
    }

    /** A reader with another document size limit, in bytes. */
    public DcatRdfReader maxBytes(long limit) {
        if (limit < 1) throw new IllegalArgumentException("maxBytes must be > 0, got " + limit);
        return new DcatRdfReader(iris, limit);
    }

    /** Parses a document into one graph, the graphs of a dataset syntax merged, without extracting anything. */
    public Graph parse(RdfInput input) {
        return RdfDocumentParser.parse(input, maxBytes).graph();
    }

    /** Reads a file, its syntax from {@code lang} or, when null, its name. */
    public RdfImportReport read(Path file, Lang lang, String sourceId, Consumer<ImportedDataset> sink) {
        return read(RdfInput.file(file).withLang(lang), sourceId, sink);
    }

    /**
     * Reads a document and passes each importable dataset to {@code sink}, in a stable order.
     *
     * @throws InvalidInputException when the document cannot be parsed, or holds no dataset at all
     */
    public RdfImportReport read(RdfInput input, String sourceId, Consumer<ImportedDataset> sink) {
        return read(input, sourceId, sink, doc -> {});
    }

    /**
     * As {@link #read(RdfInput, String, Consumer)}, handing the whole parsed document to {@code document} first
     * (a harvester reads its paging links there instead of parsing the page twice).
     *
     * @throws InvalidInputException when the document cannot be parsed, or holds no dataset at all (then after
     *                               {@code document} was given it)
     */
    public RdfImportReport read(RdfInput input, String sourceId, Consumer<ImportedDataset> sink,
                                Consumer<Graph> document) {
        CatalogIris.requireSourceId(sourceId);
        Objects.requireNonNull(sink, "sink");
        RdfDocumentParser.Parsed parsed = RdfDocumentParser.parse(input, maxBytes);
        Graph doc = parsed.graph();
        document.accept(doc);
        List<Node> datasets = DcatNodes.datasets(doc);
        if (datasets.isEmpty())
            throw new InvalidInputException(input.name(), "no dcat:Dataset found (" + doc.size()
                    + " triples parsed as " + parsed.lang().getLabel() + ", none typed dcat:Dataset or"
                    + " dcat:DatasetSeries, or linked by dcat:dataset)");
        List<Node> catalogs = DcatNodes.catalogs(doc);
        Set<Node> boundary = new HashSet<>(datasets);
        boundary.addAll(catalogs);
        DescriptionExtractor extractor = new DescriptionExtractor(doc, boundary);
        List<RdfImportReport.Skipped> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int imported = 0;
        for (int i = 0; i < datasets.size(); i++) {
            Node ds = datasets.get(i);
            String position = position(doc, ds, i);
            Optional<String> problem = problem(doc, ds);
            String upstreamId = problem.isEmpty() ? upstreamId(doc, ds) : null;
            if (problem.isEmpty() && !seen.add(upstreamId))
                problem = Optional.of("another dataset in this document has the same upstream identifier '"
                        + upstreamId + "'");
            if (problem.isPresent()) {
                skipped.add(new RdfImportReport.Skipped(position, problem.get()));
                LOG.warn("{}: skipped {}: {}", input.name(), position, problem.get());
                continue;
            }
            String datasetIri = iris.dataset(sourceId, upstreamId);
            Graph graph = IriMapper.map(extractor.describe(ds), doc, datasetIri, iris);
            LOG.debug("{} {} -> {} ({} triples)", sourceId, upstreamId, datasetIri, graph.size());
            sink.accept(new ImportedDataset(upstreamId, datasetIri, graph, position));
            imported++;
        }
        List<CatalogDescription> cats = catalogs.stream().map(c -> CatalogDescriber.describe(doc, c)).toList();
        LOG.info("{}: {} datasets found, {} imported, {} skipped", input.name(), datasets.size(), imported,
                skipped.size());
        return new RdfImportReport(input.name(), parsed.lang(), doc.size(), datasets.size(), imported, skipped,
                cats, parsed.warnings());
    }

    /** Why a dataset cannot be imported, if it cannot. */
    private static Optional<String> problem(Graph doc, Node ds) {
        if (!DcatNodes.isDescribed(doc, ds))
            return Optional.of("listed by dcat:dataset but not described in this document");
        if (ds.isBlank() && identifiers(doc, ds).isEmpty())
            return Optional.of("a blank-node dataset without a dct:identifier literal has no stable key"
                    + (doc.contains(Node.ANY, Node.ANY, ds) ? " (it stays part of the description that links to it)" : ""));
        return Optional.empty();
    }

    /** The original IRI; for a blank node its (first, in sorted order) dct:identifier literal. */
    private static String upstreamId(Graph doc, Node ds) {
        return ds.isURI() ? ds.getURI() : identifiers(doc, ds).get(0);
    }

    private static List<String> identifiers(Graph doc, Node ds) {
        return Literals.all(doc, ds, DCTERMS.identifier.asNode()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).sorted().toList();
    }

    private static String position(Graph doc, Node ds, int index) {
        String label = ds.isURI() ? "<" + ds.getURI() + ">"
                : Literals.preferred(doc, ds, DCTERMS.title.asNode()).map(t -> "blank node titled \"" + t + "\"")
                        .orElse("blank node");
        return "dataset[" + index + "] " + label;
    }
}
