package org.civiccatalog.harvest.adapters;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.WebContent;
import org.civiccatalog.core.rdf.PageWalk;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.SourceKind;

/**
 * Harvests a DCAT feed in RDF (Turtle, RDF/XML, JSON-LD, N-Triples, TriG, N-Quads) from the source's URL and
 * follows its Hydra paging: {@code hydra:next} on a {@code hydra:PartialCollectionView}, or the deprecated
 * {@code hydra:nextPage} on a {@code hydra:PagedCollection} as ckanext-dcat writes it ({@code HydraPaging}), with
 * {@link PageWalk}'s guard against a next page already read and against more than {@code maxPages} pages. Each page
 * is read by {@link DcatRdfPages}. See docs/harvest-adapters.md.
 */
public final class DcatRdfHarvester implements Harvester {
    /** Turtle first: the most widely served of the compact syntaxes; RDF/XML and JSON-LD next. */
    static final Map<String, String> ACCEPT = Map.of("Accept", String.join(", ",
            WebContent.contentTypeTurtle, WebContent.contentTypeRDFXML + ";q=0.9",
            WebContent.contentTypeJSONLD + ";q=0.8", WebContent.contentTypeNTriples + ";q=0.7",
            WebContent.contentTypeTriG + ";q=0.6", WebContent.contentTypeNQuads + ";q=0.6", "*/*;q=0.1"));

    @Override
    public SourceKind kind() {
        return SourceKind.DCAT_RDF;
    }

    /**
     * @throws HarvestException on an HTTP error, a page that cannot be parsed, a first page without any dataset,
     *                          ambiguous paging links, a paging loop or too many pages; the pages read before it were
     *                          delivered and count as a partial gather
     */
    @Override
    public void gather(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        DcatRdfPages pages = new DcatRdfPages(source, ctx, sink);
        PageWalk walk = PageWalk.from(source.url().toString(), source.limits().maxPages());
        Optional<String> url = Optional.of(walk.current());
        while (url.isPresent()) url = pages.read(walk);
    }
}
