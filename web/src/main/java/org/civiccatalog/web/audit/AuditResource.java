package org.civiccatalog.web.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.audit.LatestAudit;
import org.civiccatalog.core.audit.LinkStatus;
import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkHealth;
import org.civiccatalog.web.http.Representation;

import io.javalin.http.Context;

/**
 * The audit dashboard (docs/audit.md, "Dashboard"): {@code /audit} (region overview), {@code /audit/sources} and
 * {@code /audit/departments} ({@code ?sort=score|score-asc|name|datasets}), {@code /audit/champions},
 * {@code /audit/dataset?iri=}, {@code /audit/overdue}, {@code /audit/links}, and the findings exports
 * {@code /audit/findings.{csv,json}} and {@code /audit/departments/{id}/findings.{csv,json}}. Everything is read from
 * the latest audit run in the store. Not cached: an audit run does not change the feeds' state (no ETag to give).
 */
public final class AuditResource {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    /** Broken links listed at most. */
    static final int MAX_BROKEN = 1000;

    private final AuditQueries queries;
    private final String base;

    public AuditResource(AuditQueries queries, String base) {
        this.queries = queries;
        this.base = base;
    }

    public void overview(Context ctx) {
        page(ctx, "Metadata audit", "audit", run -> {
            List<AuditViews.Group> groups = queries.groups(run);
            AuditViews.Group region = groups.stream().filter(g -> g.kind() == AuditViews.Kind.REGION).findFirst()
                    .orElseThrow(() -> new NotFoundException("The audit run " + run.runIri() + " has no region aggregate"));
            return DashboardPages.overview(base, run, region, queries.runs(), broken().map(List::size));
        });
    }

    public void sources(Context ctx) {
        groups(ctx, AuditViews.Kind.SOURCE);
    }

    public void departments(Context ctx) {
        groups(ctx, AuditViews.Kind.DEPARTMENT);
    }

    private void groups(Context ctx, AuditViews.Kind kind) {
        GroupSort sort = GroupSort.of(ctx.queryParam("sort"));
        boolean dep = kind == AuditViews.Kind.DEPARTMENT;
        page(ctx, dep ? "Scores per department" : "Scores per source", dep ? "audit/departments" : "audit/sources",
                run -> DashboardPages.groups(base, run, kind, of(queries.groups(run), kind), sort));
    }

    public void champions(Context ctx) {
        page(ctx, "Data champions", "audit/champions",
                run -> DashboardPages.champions(base, run, Champions.of(of(queries.groups(run), AuditViews.Kind.DEPARTMENT))));
    }

    public void dataset(Context ctx) {
        String iri = Optional.ofNullable(ctx.queryParam("iri")).filter(s -> !s.isBlank())
                .orElseThrow(() -> new InvalidInputException("query parameter iri", "give the dataset: /audit/dataset?iri=IRI"));
        if (!iri.startsWith("http://") && !iri.startsWith("https://"))
            throw new InvalidInputException("query parameter iri", "not an http(s) dataset IRI: " + iri);
        page(ctx, "Dataset quality", "", run -> DashboardPages.dataset(base, run, queries.dataset(run, iri)
                .orElseThrow(() -> new NotFoundException("The latest audit run did not audit " + iri))));
    }

    public void overdue(Context ctx) {
        page(ctx, "Overdue datasets", "audit/overdue", run -> DashboardPages.overdue(base, run, queries.overdue(run)));
    }

    public void links(Context ctx) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(Representation.HTML.contentType());
        if (head(ctx)) return;
        List<String> checked = queries.checkedUrls();
        ctx.result(DashboardPages.links(base, broken(checked), checked.size()).getBytes(StandardCharsets.UTF_8));
    }

    /** The URLs whose latest check did not answer 2xx/3xx; empty when the link checker stored nothing yet. */
    Optional<List<AuditViews.BrokenLink>> broken() {
        return broken(queries.checkedUrls());
    }

    private Optional<List<AuditViews.BrokenLink>> broken(List<String> checked) {
        if (checked.isEmpty()) return Optional.empty();
        // the latest deciding check of every URL in one pass over the checks (not a lookup per checked URL), by URL
        List<AuditViews.BrokenLink> out = new ArrayList<>();
        for (LinkCheck c : LinkHealth.of(queries.store()).broken()) {
            if (out.size() == MAX_BROKEN) break;
            LinkStatus s = c.status().orElseThrow();
            out.add(new AuditViews.BrokenLink(c.url(), s.httpStatus(), s.checkedAt(), queries.usedBy(c.url())));
        }
        return Optional.of(out);
    }

    public void regionCsv(Context ctx) {
        csv(ctx, Optional.empty(), "findings.csv");
    }

    public void regionJson(Context ctx) {
        json(ctx, Optional.empty());
    }

    public void departmentCsv(Context ctx) {
        csv(ctx, Optional.of(department(ctx)), "findings-" + ctx.pathParam("id") + ".csv");
    }

    public void departmentJson(Context ctx) {
        json(ctx, Optional.of(department(ctx)));
    }

    /** The department's name from its id (the last segment of {base}audit/department/{id}) in the latest run. */
    private String department(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) throw new NotFoundException("No department " + id);
        LatestAudit run = latest();
        return of(queries.groups(run), AuditViews.Kind.DEPARTMENT).stream().filter(g -> g.id().equals(id)).findFirst()
                .map(AuditViews.Group::key).orElseThrow(() -> new NotFoundException("No department " + id + " in the latest audit run"));
    }

    private void csv(Context ctx, Optional<String> department, String filename) {
        LatestAudit run = latest();
        ctx.header("Cache-Control", "no-cache").header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        ctx.contentType(FindingsExport.CSV_TYPE);
        if (head(ctx)) return;
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        FindingsExport.csvRow(w, FindingsExport.COLUMNS);
        queries.findings(run, department, r -> FindingsExport.csvRow(w, FindingsExport.cells(r)));
        try {
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void json(Context ctx, Optional<String> department) {
        LatestAudit run = latest();
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("application/json");
        if (head(ctx)) return;
        try (FindingsExport.JsonArray out = new FindingsExport.JsonArray(ctx.outputStream())) {
            queries.findings(run, department, out::write);
        }
    }

    private LatestAudit latest() {
        return queries.latest().orElseThrow(() -> new NotFoundException("No audit has run yet: no findings to export"));
    }

    private void page(Context ctx, String title, String current, Function<LatestAudit, String> render) {
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(Representation.HTML.contentType());
        Optional<LatestAudit> run = queries.latest();
        String html = run.map(render).orElseGet(() -> DashboardPages.noAudit(base, title, current));
        if (head(ctx)) return;
        ctx.result(html.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean head(Context ctx) {
        return ctx.method().name().equals("HEAD");
    }

    private static List<AuditViews.Group> of(List<AuditViews.Group> all, AuditViews.Kind kind) {
        return all.stream().filter(g -> g.kind() == kind).toList();
    }
}
