package org.civiccatalog.web.standards;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civiccatalog.core.NotFoundException;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.CrosswalkRun;
import org.civiccatalog.core.standards.CsvRows;
import org.civiccatalog.core.standards.LivesWriter;

import io.javalin.http.Context;

/**
 * A LIVES 2.0 feed per jurisdiction, made by the crosswalk from the current copies of the source CSVs while it is
 * sent (nothing is held but the crosswalk's lookups):
 * <pre>
 *   GET /lives/{jurisdiction}/{businesses,inspections,violations,feed_info,legend}.csv
 *   GET /lives/{jurisdiction}/lives.zip        the five files in one flat zip
 * </pre>
 */
final class LivesResource {
    static final String ZIP = "lives.zip";

    private final Map<String, StandardsView> views;
    private final Clock clock;

    LivesResource(Map<String, StandardsView> views, Clock clock) {
        this.views = Map.copyOf(views);
        this.clock = clock;
    }

    void file(Context ctx) {
        StandardsView view = views.get(ctx.pathParam("jurisdiction"));
        if (view == null) throw new NotFoundException("No LIVES feed for jurisdiction '" + ctx.pathParam("jurisdiction")
                + "' (there are: " + new java.util.TreeSet<>(views.keySet()) + ")");
        String file = ctx.pathParam("file");
        Crosswalk cw = view.crosswalk();
        if (file.equals(ZIP)) {
            CrosswalkRun run = run(view);
            ctx.contentType("application/zip").header("Content-Disposition", "attachment; filename=\"" + view.jurisdiction() + "-lives.zip\"");
            LivesWriter.zip(cw, run, ctx.outputStream());
            return;
        }
        for (String name : LivesWriter.OUTPUTS) {
            Crosswalk.Output o = cw.outputs().get(name);
            if (o != null && o.file().name().equals(file)) {
                CrosswalkRun run = run(view);
                ctx.contentType("text/csv; charset=utf-8");
                LivesWriter.file(run, o, ctx.outputStream());
                return;
            }
        }
        throw new NotFoundException("No LIVES file " + file + " (there are: " + files(cw) + " and " + ZIP + ")");
    }

    /** A run over the inputs' current copies, taken once, so that every file of a zip reads the same versions. */
    private CrosswalkRun run(StandardsView view) {
        Map<String, Path> files = new LinkedHashMap<>();
        view.inputs().forEach((name, input) -> files.put(name, input.current().file()));
        return new CrosswalkRun(view.crosswalk(), input -> CsvRows.open(files.get(input)), clock);
    }

    private static List<String> files(Crosswalk cw) {
        return LivesWriter.OUTPUTS.stream().filter(cw.outputs()::containsKey).map(n -> cw.outputs().get(n).file().name()).toList();
    }
}
