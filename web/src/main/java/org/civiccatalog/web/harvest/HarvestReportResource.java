package org.civiccatalog.web.harvest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.identity.PortalOverlap;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.harvest.run.HarvestScheduler;
import org.civiccatalog.web.harvest.HarvestReports.SourceRun;
import org.civiccatalog.web.http.Representation;
import org.civiccatalog.web.page.HarvestPage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * {@code GET /harvest} (HTML) and {@code GET /harvest.json[?run=IRI]}: the last runs per source from the store's
 * harvest graph, with outcome, counts, problem and the first findings. Not cached (a run does not change the
 * feeds' state, so there is no ETag to give).
 */
public final class HarvestReportResource {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CatalogStore store;
    private final HarvestReports reports;
    private final Optional<HarvestScheduler> scheduler;

    public HarvestReportResource(CatalogStore store, Harvesting harvesting) {
        this.store = store;
        this.reports = new HarvestReports(store);
        this.scheduler = harvesting.scheduler();
    }

    /** Datasets found on two portals, per pair of portals (from the identity graph). */
    private List<PortalOverlap> overlaps() {
        return PortalOverlap.of(CrossPortalIdentity.links(store), store.iris());
    }

    private Optional<String> running() {
        return scheduler.flatMap(HarvestScheduler::currentRun);
    }

    public void html(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(Representation.HTML.contentType());
        if (ctx.method().name().equals("HEAD")) return;
        String html = HarvestPage.render(store.iris().base(), reports.bySource(Optional.empty()), running(), overlaps());
        ctx.result(html.getBytes(StandardCharsets.UTF_8));
    }

    public void json(Context ctx) throws JsonProcessingException {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/json");
        Optional<String> run = Optional.ofNullable(ctx.queryParam("run")).filter(r -> !r.isEmpty());
        run.ifPresent(r -> {
            if (!r.startsWith(store.iris().base() + "harvest/")) throw new NotFoundException("No harvest run " + r);
        });
        Map<String, List<SourceRun>> bySource = reports.bySource(run);
        Map<String, Object> body = new LinkedHashMap<>();
        Optional<String> current = running();
        if (run.isPresent()) {
            boolean going = current.equals(run);
            if (bySource.isEmpty() && !going)
                throw new NotFoundException("No harvest run " + run.get() + " (a run is recorded when it ends)");
            body.put("run", run.get());
            body.put("status", going ? "running" : "ended");
        }
        body.put("running", current.orElse(null));
        List<Object> sources = new ArrayList<>();
        bySource.forEach((id, runs) -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("source", id);
            s.put("runs", runs.stream().map(HarvestReportResource::json).toList());
            sources.add(s);
        });
        body.put("sources", sources);
        if (run.isEmpty()) body.put("overlaps", overlaps().stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("copySource", o.copySource());
            m.put("originSource", o.originSource());
            m.put("copies", o.copies());
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            o.byKind().forEach((k, n) -> kinds.put(k.term().getLocalName(), n));
            m.put("matchedBy", kinds);
            return m;
        }).toList());
        if (ctx.method().name().equals("HEAD")) return;
        ctx.result(JSON.writeValueAsBytes(body));
    }

    private static Map<String, Object> json(SourceRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.runIri());
        m.put("started", r.started().toString());
        m.put("ended", r.ended().toString());
        m.put("outcome", r.outcome());
        m.put("created", r.created());
        m.put("changed", r.changed());
        m.put("unchanged", r.unchanged());
        m.put("returned", r.returned());
        m.put("withdrawn", r.withdrawn());
        m.put("failed", r.failed());
        m.put("problem", r.problem().isEmpty() ? null : r.problem());
        m.put("findingCount", r.findingCount());
        m.put("findings", r.findings());
        return m;
    }
}
