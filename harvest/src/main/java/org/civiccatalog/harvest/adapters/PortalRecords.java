package org.civiccatalog.harvest.adapters;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.datajson.PodToDcat;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;

/**
 * The last step the CKAN, Socrata and ArcGIS Hub adapters share: a POD v1.1-shaped dataset object becomes DCAT
 * ({@link PodToDcat}) about the catalog IRI minted from (source, identifier), and goes to the sink. One instance per
 * gather. A record without identifier, a second record with an identifier already delivered in this gather, and a
 * record {@code PodToDcat} refuses become {@link Finding}s (ERROR) and are not delivered: never merged, never fatal.
 */
final class PortalRecords {
    private final HarvestSource source;
    private final HarvestContext ctx;
    private final HarvestSink sink;
    private final PodToDcat toDcat;
    private final RecordLimits limits;
    private final Map<String, String> firstSeenAt = new HashMap<>();
    private int delivered;
    private final PageTracker pages;

    PortalRecords(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        this.source = Objects.requireNonNull(source, "source");
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.toDcat = new PodToDcat(ctx.iris());
        this.limits = RecordLimits.pod(source.limits());
        this.pages = new PageTracker(sink);
    }

    /** The catalog IRI a record of this source with this upstream identifier gets. */
    String datasetIri(String upstreamId) {
        return ctx.iris().dataset(source.id(), upstreamId);
    }

    /** Whether a record with this identifier was delivered (or refused as a duplicate) already in this gather. */
    boolean seen(String upstreamId) {
        return firstSeenAt.containsKey(upstreamId);
    }

    /**
     * Maps and delivers one record, unless the store holds it unchanged: its source hash is taken of the POD object
     * after limits and of {@code moreKey}. {@code more} may add triples about the dataset node after the POD mapping
     * (links the POD shape has no member for); {@code moreKey} must say everything {@code more} depends on. Returns
     * whether it was delivered (an unchanged record is delivered too).
     */
    boolean deliver(ObjectNode pod, String position, String fromUrl, BiConsumer<Graph, Node> more, String moreKey) {
        return deliver(pod, position, fromUrl, more, p -> SourceHash.of(p, SourceHash.MAPPING_VERSION + moreKey));
    }

    boolean deliver(ObjectNode pod, String position, String fromUrl) {
        return deliver(pod, position, fromUrl, (g, ds) -> {}, "");
    }

    /**
     * As {@link #deliver(ObjectNode, String, String, BiConsumer, String)} with a source hash the caller took (of the
     * record and the second document that enriched it).
     */
    boolean deliverHashed(ObjectNode pod, String position, String fromUrl, BiConsumer<Graph, Node> more,
                          String sourceHash) {
        return deliver(pod, position, fromUrl, more, p -> sourceHash);
    }

    /**
     * A page as in the last run, its records held unchanged ({@link HarvestSink#replayPage}): its records count as
     * delivered from {@code url}; empty when it must be parsed.
     */
    Optional<HarvestSink.ReplayedPage> replayPage(String url, String digest) {
        return pages.replay(url, digest, id -> {
            firstSeenAt.putIfAbsent(id, url);
            delivered++;
        });
    }

    /** The records delivered until {@link #endPage} are what the page at {@code url} with this digest gave. */
    void beginPage(String url, String digest) {
        pages.begin(url, digest);
    }

    /** @param tail what the adapter needs to go on without parsing the page next time */
    void endPage(String tail) {
        pages.end(tail);
    }

    /** Notes that the page being read gave this record again (the adapter skips it). */
    void repeated(String upstreamId) {
        pages.repeated(upstreamId);
    }

    /** The source hash the store holds for this record, if any (see {@link HarvestSink#heldSourceHash}). */
    Optional<String> heldSourceHash(String upstreamId) {
        return sink.heldSourceHash(upstreamId);
    }

    private boolean deliver(ObjectNode pod, String position, String fromUrl, BiConsumer<Graph, Node> more,
                            Function<ObjectNode, String> hash) {
        String id = PortalJson.text(pod, "identifier");
        if (id == null) {
            finding(Finding.Severity.ERROR, position, "record without identifier skipped"
                    + titleOf(pod) + ": the catalog keys records on their upstream identifier");
            return false;
        }
        String first = firstSeenAt.putIfAbsent(id, position);
        if (first != null) {
            repeated(id);
            finding(Finding.Severity.ERROR, position, "duplicate identifier '" + id + "' (first seen at " + first
                    + "): this record is skipped, not merged");
            return false;
        }
        pages.given(id);
        limits.apply(pod, source.id(), position, "identifier '" + id + "'").ifPresent(sink::finding);
        Supplier<ImportedDataset> mapped = () -> {   // the IRI too only when mapped: a held record needs neither
            String iri = datasetIri(id);
            Graph g = toDcat.toGraph(pod, iri);
            more.accept(g, NodeFactory.createURI(iri));
            return new ImportedDataset(id, iri, g, position);
        };
        try {
            sink.record(id, hash.apply(pod), mapped, fromUrl);
        } catch (InvalidInputException e) {
            finding(Finding.Severity.ERROR, position, "record '" + id + "' skipped: " + e.getMessage());
            return false;
        }
        delivered++;
        return true;
    }

    void finding(Finding.Severity severity, String where, String message) {
        sink.finding(new Finding(source.id(), severity, where, message));
    }

    int delivered() {
        return delivered;
    }

    private static String titleOf(ObjectNode pod) {
        String t = PortalJson.text(pod, "title");
        return t == null ? "" : " (title '" + t + "')";
    }
}
