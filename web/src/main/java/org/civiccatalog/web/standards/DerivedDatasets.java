package org.civiccatalog.web.standards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.civiccatalog.core.datajson.PodToDcat;
import org.civiccatalog.core.standards.Standard;
import org.civiccatalog.core.standards.StandardsRegistry;
import org.civiccatalog.core.store.ApplyResult;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.vocab.PROV;

/**
 * Each standards view as a dataset of the catalog, so that other governments find the Open311 API and the LIVES feed
 * in /data.json and the DCAT feeds: one record per view in the source {@value #SOURCE_ID}, its distributions the
 * endpoints (each {@code conformsTo} the standard), {@code prov:wasDerivedFrom} every source dataset. The record is
 * written as a POD data.json entry through the same mapping an imported data.json takes, so the feeds see an
 * ordinary dataset.
 */
public final class DerivedDatasets {
    public static final String SOURCE_ID = "civic-standards";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DerivedDatasets() {}

    /** Writes (or rewrites) the views' records; returns what the store applied. */
    public static ApplyResult publish(CatalogStore store, StandardsViews views) {
        String base = store.iris().base();
        StandardsRegistry registry = StandardsRegistry.bundled(store.iris());
        PodToDcat pod = new PodToDcat(store.iris());
        List<RecordGraph> records = new ArrayList<>();
        for (StandardsView v : views.all()) {
            for (String standardId : v.crosswalk().standards()) {
                if (!standardId.equals(StandardsRoutes.OPEN311) && !standardId.equals(StandardsRoutes.LIVES)) continue;
                Standard s = registry.byId(standardId).orElseThrow();
                ObjectNode entry = entry(base, v, s, sourceModified(store, v));
                String id = entry.get("identifier").asText();
                String iri = store.iris().dataset(SOURCE_ID, id);
                Graph g = pod.toGraph(entry, iri);
                for (StandardsView.Input in : v.inputs().values())
                    g.add(Triple.create(NodeFactory.createURI(iri), PROV.wasDerivedFrom.asNode(), NodeFactory.createURI(in.datasetIri())));
                records.add(new RecordGraph(SOURCE_ID, id, iri, g));
            }
        }
        SourceInfo source = new SourceInfo(SOURCE_ID, "Regional standards served by this catalog", "derived",
                Optional.of(base), Optional.of("civic-catalog"));
        store.putSource(source);
        return store.replaceRecords(source, records);
    }

    /** The latest {@code dct:modified} of the view's source datasets, else 1970-01-01 (not harvested yet). */
    private static String sourceModified(CatalogStore store, StandardsView v) {
        return v.inputs().values().stream().map(in -> StandardsViews.modified(store, in.datasetIri()))
                .flatMap(Optional::stream).max(String::compareTo).orElse("1970-01-01");
    }

    static ObjectNode entry(String base, StandardsView v, Standard s, String modified) {
        boolean open311 = s.id().equals(StandardsRoutes.OPEN311);
        String root = open311 ? base + "open311/" + v.jurisdiction() + "/v2" : base + "lives/" + v.jurisdiction();
        ObjectNode d = JSON.createObjectNode();
        d.put("@type", "dcat:Dataset");
        d.put("identifier", root);
        d.put("title", (open311 ? "Open311 GeoReport v2 service requests" : "LIVES restaurant inspections") + " of "
                + v.jurisdiction() + " (" + s.title() + ")");
        d.put("description", (open311 ? "A read-only Open311 GeoReport v2 API (discovery, services, requests)"
                : "A LIVES 2.0 feed (businesses, inspections, violations, feed_info, legend, and the zip)")
                + " made by this catalog from " + v.crosswalk().title() + " with the crosswalk " + v.crosswalk().id()
                + ", so that apps written for the standard work here unchanged.");
        ArrayNode kw = d.putArray("keyword");
        kw.add(open311 ? "open311" : "lives").add(open311 ? "service requests" : "restaurant inspections").add("data standards");
        d.put("modified", modified);
        d.putObject("publisher").put("@type", "org:Organization").put("name", "civic-catalog");
        String email = v.contact().replaceAll(".*?([^\\s,]+@[^\\s,]+).*", "$1");
        ObjectNode cp = d.putObject("contactPoint");
        cp.put("@type", "vcard:Contact").put("fn", v.contact());
        if (email.contains("@")) cp.put("hasEmail", "mailto:" + email);
        d.put("accessLevel", "public");
        d.put("conformsTo", s.specification());
        d.put("landingPage", root + (open311 ? "/discovery.json" : "/lives.zip"));
        ArrayNode dist = d.putArray("distribution");
        Set<String[]> files = new LinkedHashSet<>();
        if (open311) {
            files.add(new String[] {"Discovery (JSON)", root + "/discovery.json", "application/json", "JSON"});
            files.add(new String[] {"Services (JSON)", root + "/services.json", "application/json", "JSON"});
            files.add(new String[] {"Service requests (JSON)", root + "/requests.json", "application/json", "JSON"});
            files.add(new String[] {"Service requests (XML)", root + "/requests.xml", "application/xml", "XML"});
        } else {
            files.add(new String[] {"LIVES feed (zip)", root + "/lives.zip", "application/zip", "ZIP"});
            for (String f : List.of("businesses", "inspections", "violations", "feed_info", "legend"))
                files.add(new String[] {f + ".csv", root + "/" + f + ".csv", "text/csv", "CSV"});
        }
        for (String[] f : files) {
            ObjectNode o = dist.addObject();
            o.put("@type", "dcat:Distribution").put("title", f[0]).put(open311 ? "accessURL" : "downloadURL", f[1])
                    .put("mediaType", f[2]).put("format", f[3]).put("conformsTo", s.specification());
        }
        return d;
    }
}
