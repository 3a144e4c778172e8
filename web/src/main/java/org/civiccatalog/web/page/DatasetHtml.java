package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.LinkStatus;
import org.civiccatalog.core.identity.CopyLink;
import org.civiccatalog.core.identity.DatasetIdentity;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;

/**
 * The HTML page of one dataset: title, description, publisher and keywords up top, then every field, each
 * distribution with its links, and the catalog record (source, status, when first and last seen).
 */
public final class DatasetHtml {
    private static final Set<Node> SHOWN_ABOVE = Set.of(DCTERMS.title.asNode(), DCTERMS.description.asNode(),
            DCAT.distribution.asNode());

    private DatasetHtml() {}

    public static String render(RecordView r) {
        return render(r, 0);
    }

    /** The page, linking to {@code {dataset}/history} when the record has {@code earlierVersions} (> 0). */
    public static String render(RecordView r, int earlierVersions) {
        return render(r, earlierVersions, DatasetIdentity.NONE, iri -> java.util.Optional.empty());
    }

    /**
     * The page, saying also where else the dataset is published: the origin it copies, or its copies.
     *
     * @param sourceOf the source (portal) id of a dataset IRI
     */
    public static String render(RecordView r, int earlierVersions, DatasetIdentity identity,
                                Function<String, java.util.Optional<String>> sourceOf) {
        return render(r, earlierVersions, identity, sourceOf, java.util.Optional.empty());
    }

    /** The dataset's metadata quality in the latest audit run, and where its findings are. */
    public record Quality(double score, String band, String findingsUrl) {}

    /**
     * Where the record came from: its source (portal), the URL it was harvested from, the harvest run that wrote it
     * (with its start), and the record's earlier versions.
     */
    public record Provenance(Optional<SourceInfo> source, Optional<String> harvestedFrom, Optional<String> runIri,
                             Optional<Instant> runStarted, String runReportUrl, int earlierVersions) {}

    /**
     * Whether a declared standard was verified against the data. The hook for the standards conformance check
     * (issue 6): until it is plugged in, {@link #NONE} says nothing and the page says "not verified yet".
     */
    public interface StandardVerification {
        StandardVerification NONE = (dataset, standard) -> Optional.empty();

        /** A short verdict ("verified: headers match", ...) for {@code standard} as declared by {@code dataset}. */
        Optional<String> verdict(String datasetIri, String standardIri);

        /** Standards the dataset's columns match though it declares none of them, each in a few words. */
        default List<String> suggestions(String datasetIri) {
            return List.of();
        }

        /** The crosswalks this catalog applies to the dataset's distributions to serve a standard. */
        default List<CrosswalkLink> crosswalks(String datasetIri) {
            return List.of();
        }
    }

    /**
     * A crosswalk applied to one of the dataset's distributions (docs/standards.md, "Crosswalks in the catalog").
     *
     * @param distribution the distribution's IRI
     * @param input        which input of the crosswalk the distribution is
     * @param url          the crosswalk's JSON
     * @param standards    the titles of the standards it maps to
     */
    public record CrosswalkLink(String distribution, String crosswalkId, String input, String url, List<String> standards) {}

    /**
     * Everything the page shows beside the record itself.
     *
     * @param base        the catalog's base IRI
     * @param quality     the "Quality" section (score and findings), rendered by the audit dashboard's code
     * @param linkStatus  the latest link check of a URL; {@code linksChecked} false when the link checker stored none
     */
    public record Context(String base, DatasetIdentity identity, Function<String, Optional<String>> sourceOf, Optional<String> quality,
                          Function<String, Optional<LinkStatus>> linkStatus, boolean linksChecked, Provenance provenance,
                          StandardVerification standards) {}

    /** The full page: fields, distributions with link health, quality, provenance, standards, schema.org JSON-LD. */
    public static String render(RecordView r, Context c) {
        List<Html.Alternate> alternates = Html.rdfAlternates(r.datasetIri(), null);
        StringBuilder sb = new StringBuilder(Html.open(r.title(), alternates, CSS));
        sb.append(SchemaOrgJsonLd.script(r));
        sb.append(Html.header(c.base()));
        sb.append("<p class=\"muted\">Dataset · <code>").append(esc(r.datasetIri())).append("</code></p>\n");
        copyOf(sb, c.identity(), c.sourceOf());
        describe(r, sb, c);
        alsoOn(sb, c.identity(), c.sourceOf());
        c.quality().ifPresent(sb::append);
        standards(r, sb, c.standards());
        provenance(r, sb, c.provenance());
        return sb.append(Html.endMain()).append(Html.close(alternates)).toString();
    }

    static final String CSS = ".link-ok{color:#1a7f37}.link-broken{color:#a40e26;font-weight:600}"
            + ".scroll{overflow-x:auto}td.num,th.num{text-align:right}.sev-error{color:#a40e26;font-weight:600}";

    /** The page, with a "Quality" section when the latest audit run scored the dataset. */
    public static String render(RecordView r, int earlierVersions, DatasetIdentity identity,
                                Function<String, java.util.Optional<String>> sourceOf, java.util.Optional<Quality> quality) {
        List<Html.Alternate> alternates = Html.rdfAlternates(r.datasetIri(), null);
        StringBuilder sb = new StringBuilder(Html.open(r.title(), alternates));
        sb.append("<main id=\"main\">\n<p class=\"muted\">Dataset · <code>").append(esc(r.datasetIri())).append("</code></p>\n");
        copyOf(sb, identity, sourceOf);
        describe(r, sb);
        alsoOn(sb, identity, sourceOf);
        quality.ifPresent(q -> sb.append("<section id=\"quality\" aria-labelledby=\"quality-heading\">\n<h2 id=\"quality-heading\">Quality</h2>\n")
                .append("<p>Metadata quality score <strong>").append(String.format(java.util.Locale.ROOT, "%.2f", q.score()))
                .append("</strong> of 405 (").append(esc(q.band())).append("), in the latest audit. ")
                .append(Html.link(q.findingsUrl(), "What to fix, and what each fix is worth")).append("</p>\n</section>\n"));
        if (earlierVersions > 0)
            sb.append("<p>").append(Html.link(r.datasetIri() + "/history", "Earlier versions")).append(" (")
              .append(earlierVersions).append(")</p>\n");
        return sb.append(Html.endMain()).append(Html.close(alternates)).toString();
    }

    private static void copyOf(StringBuilder sb, DatasetIdentity identity, Function<String, java.util.Optional<String>> sourceOf) {
        identity.copyOf().ifPresent(l -> sb.append("<p class=\"notice\" id=\"copy-of\"><strong>A copy.</strong> This")
                .append(" dataset re-publishes ").append(Html.link(l.origin(), "the original on " + portal(l.origin(), sourceOf)))
                .append("; feeds list that one only. Recognised because it ").append(esc(l.matchedBy().phrase()))
                .append(" ").append(Html.link(l.matchedWith(), portal(l.matchedWith(), sourceOf))).append(": <code>")
                .append(esc(l.matchedValue())).append("</code>.</p>\n"));
    }

    private static void alsoOn(StringBuilder sb, DatasetIdentity identity, Function<String, java.util.Optional<String>> sourceOf) {
        if (identity.copies().isEmpty()) return;
        sb.append("<h2 id=\"also-published-on\">Also published on</h2>\n<ul>\n");
        for (CopyLink l : identity.copies())
            sb.append("<li>").append(Html.link(l.copy(), portal(l.copy(), sourceOf))).append(" (")
              .append(esc(words(l))).append(": <code>").append(esc(l.matchedValue())).append("</code>)</li>\n");
        sb.append("</ul>\n");
    }

    /** Every dct:conformsTo of the dataset and of its distributions, declared, with the verification hook's verdict. */
    private static void standards(RecordView r, StringBuilder sb, StandardVerification verification) {
        List<String[]> declared = new java.util.ArrayList<>();
        for (Node s : r.objects(r.dataset(), DCTERMS.conformsTo.asNode())) declared.add(new String[] {text(s), "the dataset"});
        for (Node d : r.distributions())
            for (Node s : r.objects(d, DCTERMS.conformsTo.asNode()))
                declared.add(new String[] {text(s), "distribution " + r.text(d, DCTERMS.title.asNode()).orElse(d.toString())});
        List<String> suggested = verification.suggestions(r.datasetIri());
        List<Node> distributions = r.distributions();
        List<CrosswalkLink> crosswalks = verification.crosswalks(r.datasetIri()).stream()
                .filter(c -> distributions.contains(NodeFactory.createURI(c.distribution()))).toList();
        if (declared.isEmpty() && suggested.isEmpty() && crosswalks.isEmpty()) return;
        sb.append("<section id=\"standards\" aria-labelledby=\"standards-heading\">\n<h2 id=\"standards-heading\">")
          .append(declared.isEmpty() ? "Standards" : "Declared standards").append("</h2>\n<ul>\n");
        for (String[] d : declared) {
            Optional<String> verdict = verification.verdict(r.datasetIri(), d[0]);
            sb.append("<li data-standard=\"").append(esc(d[0])).append("\">").append(Html.link(d[0], d[0])).append(" · declared on ")
              .append(esc(d[1])).append(" · <span class=\"verification\">").append(esc(verdict.orElse("not verified yet")))
              .append("</span></li>\n");
        }
        for (String x : suggested) sb.append("<li class=\"suggested\">Suggested: ").append(esc(x)).append("</li>\n");
        for (CrosswalkLink c : crosswalks) {
            Node d = NodeFactory.createURI(c.distribution());
            sb.append("<li class=\"crosswalk\" data-crosswalk=\"").append(esc(c.crosswalkId())).append("\">Crosswalk ")
              .append(Html.link(c.url(), c.crosswalkId())).append(" maps distribution ")
              .append(esc(r.text(d, DCTERMS.title.asNode()).orElse(c.distribution()))).append(" (its input ")
              .append(esc(c.input())).append(") to ").append(esc(String.join(", ", c.standards()))).append("</li>\n");
        }
        sb.append("</ul>\n</section>\n");
    }

    private static void provenance(RecordView r, StringBuilder sb, Provenance p) {
        sb.append("<section id=\"provenance\" aria-labelledby=\"provenance-heading\">\n<h2 id=\"provenance-heading\">Provenance</h2>\n<dl>\n");
        p.source().ifPresent(s -> {
            sb.append("<dt>Source portal</dt><dd id=\"prov-source\">").append(esc(s.title())).append(" <span class=\"muted\">(")
              .append(esc(s.id())).append(", ").append(esc(s.kind()));
            s.jurisdiction().ifPresent(j -> sb.append(", ").append(esc(j)));
            sb.append(")</span>");
            s.url().ifPresent(u -> sb.append(" · ").append(Html.link(u, u)));
            sb.append("</dd>\n");
        });
        p.harvestedFrom().ifPresent(u -> sb.append("<dt>Harvested from</dt><dd id=\"prov-url\">").append(Html.link(u, u)).append("</dd>\n"));
        p.runIri().ifPresent(run -> {
            sb.append("<dt>Harvest run</dt><dd id=\"prov-run\">");
            p.runStarted().ifPresent(t -> sb.append("<time datetime=\"").append(esc(t.toString())).append("\">").append(esc(when(t)))
                    .append("</time> · "));
            sb.append(Html.link(p.runReportUrl(), "its report")).append(" <span class=\"muted\"><code>").append(esc(run))
              .append("</code></span></dd>\n");
        });
        if (p.runIri().isEmpty()) sb.append("<dt>Harvest run</dt><dd id=\"prov-run\">none: imported from a file</dd>\n");
        sb.append("<dt>Version history</dt><dd id=\"prov-history\">").append(p.earlierVersions() == 0
                ? Html.link(r.datasetIri() + "/history", "Version history") + " (no earlier version)"
                : Html.link(r.datasetIri() + "/history", "Earlier versions") + " (" + p.earlierVersions() + ")")
          .append("</dd>\n</dl>\n</section>\n");
    }

    private static String text(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    static String when(Instant t) {
        return t.toString().replace('T', ' ').replaceFirst("(:\\d\\d)(\\.\\d+)?Z$", "$1 UTC");
    }

    private static String portal(String datasetIri, Function<String, java.util.Optional<String>> sourceOf) {
        return sourceOf.apply(datasetIri).map(s -> "portal " + s).orElse(datasetIri);
    }

    private static String words(CopyLink l) {
        return l.matchedBy().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * The description itself, from the title on: fields, distributions, catalog record. Shared with the pages of
     * earlier versions ({@link HistoryHtml}), which put their own heading line above it.
     */
    static void describe(RecordView r, StringBuilder sb) {
        describe(r, sb, null);
    }

    /** As above; with {@code c}, each distribution's URLs say how their latest link check went. */
    static void describe(RecordView r, StringBuilder sb, Context c) {
        sb.append("<h1>").append(esc(r.title())).append("</h1>\n");
        r.description().ifPresent(d -> sb.append("<p class=\"desc\">").append(esc(d)).append("</p>\n"));
        r.publisher().ifPresent(p -> sb.append("<p>Published by <strong>").append(esc(p)).append("</strong></p>\n"));
        List<String> keywords = r.keywords();
        if (!keywords.isEmpty())
            sb.append("<p>Keywords: ").append(String.join(", ", keywords.stream().map(Html::esc).toList())).append("</p>\n");
        sb.append("<h2>All fields</h2>\n").append(NodeView.table(r.graph(), r.dataset(), SHOWN_ABOVE));
        distributions(r, sb, c);
        record(r, sb);
    }

    private static void distributions(RecordView r, StringBuilder sb, Context c) {
        List<Node> dists = r.distributions();
        sb.append("<h2>Distributions (").append(dists.size()).append(")</h2>\n");
        for (Node d : dists) {
            String title = r.text(d, DCTERMS.title.asNode()).orElse("Distribution");
            sb.append("<section").append(anchor(d)).append(">\n<h3>").append(esc(title)).append("</h3>\n");
            for (Node p : List.of(DCAT.downloadURL.asNode(), DCAT.accessURL.asNode()))
                for (Node url : r.objects(d, p))
                    if (url.isURI())
                        sb.append("<p>").append(Html.link(url.getURI(), p.equals(DCAT.downloadURL.asNode())
                                ? "Download" : "Access")).append(": <code>").append(esc(url.getURI())).append("</code>")
                          .append(c == null ? "" : health(url.getURI(), c)).append("</p>\n");
            sb.append(NodeView.table(r.graph(), d, Set.of(DCTERMS.title.asNode()))).append("</section>\n");
        }
    }

    /** " · link answered 200, checked ..." / " · link broken: 404, checked ..." / " · link not checked yet". */
    private static String health(String url, Context c) {
        Optional<LinkStatus> s = c.linksChecked() ? c.linkStatus().apply(url) : Optional.empty();
        if (s.isEmpty()) return " · <span class=\"link-health\">link not checked yet</span>";
        LinkStatus l = s.get();
        String status = l.httpStatus() == 0 ? "no answer" : String.valueOf(l.httpStatus());
        return " · <span class=\"link-health " + (l.answers() ? "link-ok\">link answered " : "link-broken\">link broken: ") + status
                + ", checked <time datetime=\"" + esc(l.checkedAt().toString()) + "\">" + esc(when(l.checkedAt())) + "</time></span>";
    }

    private static void record(RecordView r, StringBuilder sb) {
        List<Node> records = r.graph().find(Node.ANY, FOAF.primaryTopic.asNode(), r.dataset()).toList().stream()
                .map(t -> t.getSubject())
                .filter(s -> r.graph().contains(s, RDF.type.asNode(), DCAT.CatalogRecord.asNode())).toList();
        for (Node rec : records)
            sb.append("<h2>Catalog record</h2>\n")
              .append(NodeView.table(r.graph(), rec, Set.of(FOAF.primaryTopic.asNode())));
    }

    /** {@code id="distribution-2"} for {@code .../distribution/2}, so that a distribution IRI can point here. */
    private static String anchor(Node d) {
        if (!d.isURI()) return "";
        String iri = d.getURI();
        int i = iri.lastIndexOf("/distribution/");
        return i < 0 ? "" : " id=\"distribution-" + esc(iri.substring(i + "/distribution/".length())) + "\"";
    }
}
