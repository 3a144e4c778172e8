package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.NodeFactory;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.HttpResult;
import org.civiccatalog.harvest.SourceKind;
import org.civiccatalog.vocab.DCTERMS;

/**
 * CKAN (Action API v3). Pages through {@code {root}/api/3/action/package_search?rows=N&start=M&sort=id+asc}, N the
 * source's page size (at most 1000, CKAN's default {@code ckan.search.rows_max}); sorting by id, as ckanext-harvest
 * does, keeps the pages stable while the portal changes (a package edited mid-harvest does not jump pages). Stops
 * when start reaches {@code count} or a page is empty. If the first page is shorter than N while more match, the
 * portal caps rows lower: the shorter size is used from then on.
 *
 * <p>Fails the source ({@link HarvestException}, naming the URL): a body that is not JSON, {@code success:false}, an
 * error status, a page whose ids repeat the previous page's, more pages than {@code SourceLimits.maxPages}. A package
 * already seen on an earlier page (added upstream while paging) is skipped with a finding. Packages map to DCAT by
 * {@link CkanPackageMapping}; resources on another CKAN portal become {@code dct:source} links ({@link
 * CkanPortalLinks}). docs/harvest-portals.md has the tables.
 */
public final class CkanHarvester implements Harvester {
    static final int MAX_ROWS = 1000;

    @Override
    public SourceKind kind() {
        return SourceKind.CKAN;
    }

    @Override
    public void gather(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        URI root = PortalFeed.root(source.url());
        PortalRecords records = new PortalRecords(source, ctx, sink);
        CkanPackageMapping mapping = new CkanPackageMapping(root);
        int rows = Math.min(source.limits().pageSize(), MAX_ROWS);
        long start = 0, listed = 0, count = 0;
        List<String> previous = List.of();
        Map<String, Integer> links = new TreeMap<>();
        for (int pages = 0; ; pages++) {
            if (pages == source.limits().maxPages())
                throw new HarvestException("CKAN source " + source.id() + " at " + root + " has more than "
                        + pages + " pages of " + rows + " (SourceLimits.maxPages): the gather is cut short");
            URI url = searchUrl(root, rows, start);
            HttpResult r = ctx.http().get(url, PortalFeed.ACCEPT_JSON);
            String digest = r.ok() ? r.digest() : "";
            Optional<HarvestSink.ReplayedPage> before = r.ok() ? records.replayPage(url.toString(), digest) : Optional.empty();
            List<String> ids;
            Map<String, Integer> pageLinks = new TreeMap<>();
            CkanSearchPage page = null;
            if (before.isPresent()) {   // as in the last run, its packages held unchanged: not parsed
                PageTail tail = PageTail.parse(before.get().tail());
                count = tail.count();
                ids = tail.ids();
                pageLinks.putAll(tail.links());
            } else {
                records.beginPage(url.toString(), digest);
                page = CkanSearchPage.parse(url, r);
                count = page.count();
                ids = page.ids();
            }
            if (ids.isEmpty()) {
                if (page != null) records.endPage(new PageTail(count, ids, pageLinks).toString());
                break;
            }
            if (ids.equals(previous))
                throw new HarvestException("GET " + url + " repeats the previous page (" + ids.size()
                        + " identical package ids): the portal ignores 'start', the gather is stopped");
            if (page != null) {
                for (int i = 0; i < page.results().size(); i++)
                    deliver(page.results().get(i), "package_search start=" + start + " results[" + i + "]", url, mapping, records)
                            .forEach(host -> pageLinks.merge(host, 1, Integer::sum));
                records.endPage(new PageTail(count, ids, pageLinks).toString());
            }
            pageLinks.forEach((host, n) -> links.merge(host, n, Integer::sum));
            listed += ids.size();
            if (pages == 0 && ids.size() < rows && count > ids.size()) {
                records.finding(Finding.Severity.INFO, url.toString(), "the portal answers " + ids.size()
                        + " packages a page when asked for " + rows + ": paging by " + ids.size());
                rows = ids.size();
            }
            start += rows;
            if (start >= count) break;
            previous = ids;
        }
        links.forEach((host, n) -> records.finding(Finding.Severity.INFO, root.toString(), n + " package(s) keep their"
                + " resources on the CKAN portal " + host + ": each is linked to that portal's dataset page by dct:source"
                + " (most likely a copy of it)"));
        if (listed != count)
            records.finding(Finding.Severity.WARNING, root.toString(), "package_search announced " + count
                    + " packages, " + listed + " were listed");
    }

    /** Maps and delivers one package; returns the hosts of the other portals it was linked to. */
    private static Set<String> deliver(ObjectNode pkg, String position, URI url, CkanPackageMapping mapping,
                                       PortalRecords records) {
        ObjectNode pod = mapping.toPod(pkg);
        String id = PortalJson.text(pod, "identifier");
        if (id != null && records.seen(id)) {
            records.repeated(id);
            records.finding(Finding.Severity.INFO, position, "package " + id + " listed again (added upstream while"
                    + " paging): skipped");
            return Set.of();
        }
        Set<URI> origins = CkanPortalLinks.origins(mapping.root(), pkg);
        boolean ok = records.deliver(pod, position, url.toString(), (g, ds) -> origins.forEach(o ->
                g.add(ds, DCTERMS.source.asNode(), NodeFactory.createURI(o.toString()))), " ckan-origins " + origins);
        Set<String> hosts = new TreeSet<>();
        if (ok) origins.forEach(o -> hosts.add(o.getHost()));
        return hosts;
    }

    /**
     * What a page of package_search gave beside its records, kept with it so that an unchanged page need not be
     * parsed: the announced count, the package ids in order (for the repeat check and the page size), and the
     * packages linked per other portal host.
     */
    record PageTail(long count, List<String> ids, Map<String, Integer> links) {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

        @Override
        public String toString() {
            var o = JSON.createObjectNode();
            o.put("count", count);
            ids.forEach(o.putArray("ids")::add);
            var l = o.putObject("links");
            links.forEach(l::put);
            return o.toString();
        }

        static PageTail parse(String text) {
            try {
                var o = JSON.readTree(text);
                List<String> ids = new java.util.ArrayList<>();
                o.path("ids").forEach(i -> ids.add(i.asText()));
                Map<String, Integer> links = new TreeMap<>();
                o.path("links").fields().forEachRemaining(e -> links.put(e.getKey(), e.getValue().asInt()));
                return new PageTail(o.path("count").asLong(), ids, links);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("page memo tail is not JSON: " + e.getOriginalMessage(), e);
            }
        }
    }

    static URI searchUrl(URI root, int rows, long start) {
        return URI.create(root + "/api/3/action/package_search?rows=" + rows + "&start=" + start + "&sort=id+asc");
    }
}
