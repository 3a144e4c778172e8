package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.rdf.DcatRdfReader;
import org.civiccatalog.core.rdf.PageWalk;
import org.civiccatalog.core.rdf.RdfImportReport;
import org.civiccatalog.core.rdf.RdfInput;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.HttpResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of one DCAT RDF gather: fetches a page, parses it (base = the page's URL, syntax from the response's
 * Content-Type, then its name, then its first bytes) and hands its datasets to the sink. Datasets the reader skips
 * (listed but not described, blank nodes without dct:identifier, a second dataset with the same key in the page)
 * and datasets whose key an earlier page already gave become ERROR findings. One per gather; not thread-safe.
 *
 * <p>A page is parsed once: the reader hands its whole graph back for the paging links. A page that comes back byte
 * for byte as in the last run, its records held unchanged, is not parsed at all ({@link HarvestSink#replayPage}):
 * its next link is the one kept with it.
 */
final class DcatRdfPages {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");

    private final String sourceId;
    private final HarvestContext ctx;
    private final HarvestSink sink;
    private final DcatRdfReader reader;
    private final Set<String> seen = new HashSet<>();
    /** The page being parsed repeated an earlier page's dataset: what it gives depends on that page. */
    private boolean repeated;

    DcatRdfPages(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        this.sourceId = source.id();
        this.ctx = ctx;
        this.sink = sink;
        this.reader = DcatRdfReader.create(ctx.iris()).maxBytes(source.limits().maxResponseBytes());
    }

    /**
     * Reads the walk's current page, delivers its datasets and advances the walk by its paging links.
     *
     * @return the next page's URL, or empty after the last page
     */
    Optional<String> read(PageWalk walk) {
        String url = walk.current();
        int n = walk.pages();
        HttpResult res = ctx.http().get(URI.create(url), DcatRdfHarvester.ACCEPT);
        if (!res.ok())
            throw new HarvestException("DCAT feed: GET " + url + " (page " + n + ") answered HTTP " + res.status()
                    + (res.url().toString().equals(url) ? "" : " (from " + res.url() + ")"));
        String digest = res.digest();
        Optional<HarvestSink.ReplayedPage> before = sink.replayPage(url, digest);
        if (before.isPresent()) {
            seen.addAll(before.get().upstreamIds());
            LOG.debug("{} page {} {}: as in the last run, not parsed", sourceId, n, url);
            String next = before.get().tail();
            return advance(walk, () -> walk.advanceTo(next.isEmpty() ? Optional.empty() : Optional.of(next)));
        }
        sink.beginPage(url, digest);
        repeated = false;
        Graph page = parse(res, url, n);
        Optional<String> next = advance(walk, () -> walk.advance(page));
        sink.endPage(next.orElse(""), !repeated);
        return next;
    }

    private static Optional<String> advance(PageWalk walk, java.util.function.Supplier<Optional<String>> step) {
        String url = walk.current();
        try {
            return step.get();
        } catch (InvalidInputException e) {
            throw new HarvestException("DCAT feed: page " + walk.pages() + " " + url + ": " + e.getMessage(), e);
        }
    }

    /** Parses page {@code n}, delivers its datasets and returns its graph for the paging links. */
    private Graph parse(HttpResult res, String url, int n) {
        String label = "page " + n + " " + url;
        String fromUrl = res.url().toString();
        RdfInput input = RdfInput.bytes(fromUrl, res.body()).withBase(fromUrl)
                .withContentType(res.header("Content-Type").orElse(null));
        Graph[] graph = {null};
        RdfImportReport report;
        try {
            report = reader.read(input, sourceId, d -> deliver(d, fromUrl, n), g -> graph[0] = g);
        } catch (InvalidInputException e) {
            if (graph[0] == null)
                throw new HarvestException("DCAT feed: " + label + " cannot be parsed: " + e.getMessage(), e);
            // It parsed, so the reader found no dataset in it.
            if (n == 1) throw new HarvestException("DCAT feed: " + label + ": " + e.getMessage(), e);
            finding(Finding.Severity.WARNING, "page " + n, e.getMessage());
            return graph[0];
        } catch (CatalogException e) {
            if (graph[0] == null)
                throw new HarvestException("DCAT feed: " + label + " cannot be parsed: " + e.getMessage(), e);
            throw e;
        }
        for (RdfImportReport.Skipped s : report.skipped())
            finding(Finding.Severity.ERROR, s.position() + " on page " + n, s.reason() + ": skipped");
        return graph[0];
    }

    private void deliver(ImportedDataset d, String fromUrl, int n) {
        if (!seen.add(d.upstreamId())) {
            repeated = true;
            finding(Finding.Severity.ERROR, d.position() + " on page " + n, "duplicate dataset '" + d.upstreamId()
                    + "': an earlier page already gave a dataset with this key; that one is kept, this one skipped");
            return;
        }
        LOG.debug("{} {} <- {}", sourceId, d.upstreamId(), fromUrl);
        sink.dataset(d, fromUrl);
    }

    private void finding(Finding.Severity severity, String where, String message) {
        LOG.warn("{} {}: {}", sourceId, where, message);
        sink.finding(new Finding(sourceId, severity, where, message));
    }
}
