package org.civiccatalog.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a {@link SearchDocument} is laid out in Lucene: the text fields searched (title, description, keywords,
 * publishers, all with English stemming), one facet dimension per {@link Facet}, a 4-D point per spatial extent
 * (west, south, east, north: an intersection test is one range query over it), doc values to sort by, and the
 * values a result list shows, kept as one small JSON document.
 */
final class IndexSchema {
    /** Bumped when the layout changes: an index on disk of another version is rebuilt, never read. */
    static final int VERSION = 2;

    static final String IRI = "iri";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String KEYWORDS = "keywords";
    static final String PUBLISHERS = "publishers";
    static final String BBOX = "bbox";
    static final String MODIFIED = "modified";
    static final String QUALITY = "quality";
    static final String TITLE_SORT = "title_sort";
    static final String IRI_SORT = "iri_sort";
    static final String SHOWN = "shown";

    /** Stored for snippets: enough of a description to find the first word searched for in most of them. */
    static final int STORED_DESCRIPTION = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private IndexSchema() {}

    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (Facet f : Facet.values()) c.setMultiValued(f.param(), true);
        return c;
    }

    static Document document(SearchDocument d, Optional<QualityScores.DatasetQuality> quality, List<String> conformance,
                             FacetsConfig config) {
        Document doc = new Document();
        doc.add(new StringField(IRI, d.iri(), Field.Store.NO));
        doc.add(new SortedDocValuesField(IRI_SORT, new BytesRef(d.iri())));
        doc.add(new TextField(TITLE, d.title(), Field.Store.NO));
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(sortKey(d.title()))));
        String text = Snippets.plain(d.description());
        doc.add(new TextField(DESCRIPTION, text, Field.Store.NO));
        for (String k : d.keywords()) doc.add(new TextField(KEYWORDS, k, Field.Store.NO));
        for (String p : d.publishers()) doc.add(new TextField(PUBLISHERS, p, Field.Store.NO));
        for (BoundingBox b : d.extents()) doc.add(new DoublePoint(BBOX, b.west(), b.south(), b.east(), b.north()));
        d.modified().ifPresent(m -> doc.add(new NumericDocValuesField(MODIFIED, m.toEpochMilli())));
        quality.ifPresent(q -> doc.add(new NumericDocValuesField(QUALITY, Math.round(q.score() * 1000))));

        facet(doc, Facet.SOURCE, List.of(d.sourceId()));
        facet(doc, Facet.JURISDICTION, d.jurisdiction().map(List::of).orElse(List.of()));
        facet(doc, Facet.PUBLISHER, d.publishers());
        facet(doc, Facet.THEME, d.themes());
        facet(doc, Facet.KEYWORD, d.keywords());
        facet(doc, Facet.FORMAT, d.formats());
        facet(doc, Facet.LICENSE, d.licenses());
        facet(doc, Facet.STANDARD, d.standards());
        facet(doc, Facet.STATUS, List.of(d.status()));
        quality.ifPresent(q -> facet(doc, Facet.QUALITY, List.of(q.band())));
        facet(doc, Facet.CONFORMANCE, conformance);
        doc.add(new StoredField(SHOWN, shown(d, text, quality)));
        try {
            return config.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void facet(Document doc, Facet f, List<String> values) {
        for (String v : values) if (!v.isEmpty()) doc.add(new SortedSetDocValuesFacetField(f.param(), v));
    }

    /** Titles sort without case, and without leading punctuation. */
    static String sortKey(String title) {
        String k = title.toLowerCase(Locale.ROOT).replaceFirst("^[^\\p{L}\\p{N}]+", "");
        return k.length() > 200 ? k.substring(0, 200) : k;
    }

    private static String shown(SearchDocument d, String description, Optional<QualityScores.DatasetQuality> quality) {
        ObjectNode o = JSON.createObjectNode();
        o.put("iri", d.iri()).put("title", d.title()).put("sourceId", d.sourceId()).put("sourceTitle", d.sourceTitle())
         .put("status", d.status());
        o.put("description", description.length() > STORED_DESCRIPTION ? description.substring(0, STORED_DESCRIPTION) : description);
        strings(o.putArray("publishers"), d.publishers());
        strings(o.putArray("alsoOn"), d.alsoOn());
        d.modified().ifPresent(m -> o.put("modified", m.toString()));
        quality.ifPresent(q -> o.put("score", q.score()).put("band", q.band()));
        ArrayNode boxes = o.putArray("extents");
        for (BoundingBox b : d.extents()) boxes.addArray().add(b.west()).add(b.south()).add(b.east()).add(b.north());
        return o.toString();
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** The values {@link #shown} kept, read back. */
    record Shown(String iri, String title, String sourceId, String sourceTitle, String status, String description,
                 List<String> publishers, List<String> alsoOn, Optional<Instant> modified,
                 Optional<QualityScores.DatasetQuality> quality, List<BoundingBox> extents) {
        static Shown parse(String json) {
            try {
                JsonNode o = JSON.readTree(json);
                List<BoundingBox> boxes = new ArrayList<>();
                for (JsonNode b : o.path("extents"))
                    boxes.add(new BoundingBox(b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble()));
                Optional<QualityScores.DatasetQuality> q = o.has("band")
                        ? Optional.of(new QualityScores.DatasetQuality(o.path("score").asDouble(), o.path("band").asText()))
                        : Optional.empty();
                return new Shown(o.path("iri").asText(), o.path("title").asText(), o.path("sourceId").asText(),
                        o.path("sourceTitle").asText(), o.path("status").asText(), o.path("description").asText(),
                        texts(o.path("publishers")), texts(o.path("alsoOn")),
                        o.has("modified") ? Optional.of(Instant.parse(o.path("modified").asText())) : Optional.empty(), q, boxes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> texts(JsonNode a) {
            List<String> out = new ArrayList<>();
            a.forEach(v -> out.add(v.asText()));
            return out;
        }
    }
}
