package org.civiccatalog.web.page;

import static org.civiccatalog.web.page.Html.esc;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.identity.CopyLink;
import org.civiccatalog.core.identity.DatasetIdentity;
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

    /** The page, with a "Quality" section when the latest audit run scored the dataset. */
    public static String render(RecordView r, int earlierVersions, DatasetIdentity identity,
                                Function<String, java.util.Optional<String>> sourceOf, java.util.Optional<Quality> quality) {
        List<Html.Alternate> alternates = Html.rdfAlternates(r.datasetIri(), null);
        StringBuilder sb = new StringBuilder(Html.open(r.title(), alternates));
        sb.append("<p class=\"muted\">Dataset · <code>").append(esc(r.datasetIri())).append("</code></p>\n");
        identity.copyOf().ifPresent(l -> sb.append("<p class=\"notice\" id=\"copy-of\"><strong>A copy.</strong> This")
                .append(" dataset re-publishes ").append(Html.link(l.origin(), "the original on " + portal(l.origin(), sourceOf)))
                .append("; feeds list that one only. Recognised because it ").append(esc(l.matchedBy().phrase()))
                .append(" ").append(Html.link(l.matchedWith(), portal(l.matchedWith(), sourceOf))).append(": <code>")
                .append(esc(l.matchedValue())).append("</code>.</p>\n"));
        describe(r, sb);
        if (!identity.copies().isEmpty()) {
            sb.append("<h2 id=\"also-published-on\">Also published on</h2>\n<ul>\n");
            for (CopyLink l : identity.copies())
                sb.append("<li>").append(Html.link(l.copy(), portal(l.copy(), sourceOf))).append(" (")
                  .append(esc(words(l))).append(": <code>").append(esc(l.matchedValue())).append("</code>)</li>\n");
            sb.append("</ul>\n");
        }
        quality.ifPresent(q -> sb.append("<section id=\"quality\" aria-labelledby=\"quality-heading\">\n<h2 id=\"quality-heading\">Quality</h2>\n")
                .append("<p>Metadata quality score <strong>").append(String.format(java.util.Locale.ROOT, "%.2f", q.score()))
                .append("</strong> of 405 (").append(esc(q.band())).append("), in the latest audit. ")
                .append(Html.link(q.findingsUrl(), "What to fix, and what each fix is worth")).append("</p>\n</section>\n"));
        if (earlierVersions > 0)
            sb.append("<p>").append(Html.link(r.datasetIri() + "/history", "Earlier versions")).append(" (")
              .append(earlierVersions).append(")</p>\n");
        return sb.append(Html.close(alternates)).toString();
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
        sb.append("<h1>").append(esc(r.title())).append("</h1>\n");
        r.description().ifPresent(d -> sb.append("<p class=\"desc\">").append(esc(d)).append("</p>\n"));
        r.publisher().ifPresent(p -> sb.append("<p>Published by <strong>").append(esc(p)).append("</strong></p>\n"));
        List<String> keywords = r.keywords();
        if (!keywords.isEmpty())
            sb.append("<p>Keywords: ").append(String.join(", ", keywords.stream().map(Html::esc).toList())).append("</p>\n");
        sb.append("<h2>All fields</h2>\n").append(NodeView.table(r.graph(), r.dataset(), SHOWN_ABOVE));
        distributions(r, sb);
        record(r, sb);
    }

    private static void distributions(RecordView r, StringBuilder sb) {
        List<Node> dists = r.distributions();
        sb.append("<h2>Distributions (").append(dists.size()).append(")</h2>\n");
        for (Node d : dists) {
            String title = r.text(d, DCTERMS.title.asNode()).orElse("Distribution");
            sb.append("<section").append(anchor(d)).append(">\n<h3>").append(esc(title)).append("</h3>\n");
            for (Node p : List.of(DCAT.downloadURL.asNode(), DCAT.accessURL.asNode()))
                for (Node url : r.objects(d, p))
                    if (url.isURI())
                        sb.append("<p>").append(Html.link(url.getURI(), p.equals(DCAT.downloadURL.asNode())
                                ? "Download" : "Access")).append(": <code>").append(esc(url.getURI())).append("</code></p>\n");
            sb.append(NodeView.table(r.graph(), d, Set.of(DCTERMS.title.asNode()))).append("</section>\n");
        }
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
