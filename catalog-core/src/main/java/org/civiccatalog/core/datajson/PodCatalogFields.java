package org.civiccatalog.core.datajson;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.vocab.CIVIC;

/**
 * The catalog-level members of a source's data.json ({@code @context}, {@code @id}, {@code @type},
 * {@code conformsTo}, {@code describedBy}, others) as a small graph about the source's IRI, one
 * {@code civic:catalogField} literal per member (<code>{"conformsTo":"https://..."}</code>), so that a per-source
 * export can write the source's own header again. Members come back in POD order (see {@link CatalogFields#ordered}).
 */
public final class PodCatalogFields {
    private PodCatalogFields() {}

    public static Graph toGraph(String sourceIri, CatalogFields fields) {
        RdfOut out = new RdfOut(GraphFactory.createGraphMem());
        Node src = NodeFactory.createURI(sourceIri);
        fields.members().forEach((k, v) -> out.member(src, CIVIC.catalogField, k, v));
        return out.graph();
    }

    public static CatalogFields fromGraph(Graph graph, String sourceIri) {
        Map<String, JsonNode> m = new LinkedHashMap<>(
                new RdfIn(graph).members(NodeFactory.createURI(sourceIri), CIVIC.catalogField));
        m.remove("dataset");
        return new CatalogFields(m).ordered();
    }
}
