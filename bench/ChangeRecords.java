
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.imports.CatalogImporter;
import org.civiccatalog.core.store.CanonicalHash;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.TdbCatalogStore;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/**
 * Changes PERCENT % of a store's records (every (100/PERCENT)-th in store order, offset by ROUND so that repeated
 * rounds change other records): the dataset's title gets " (revised N)" and its description loses its last word, as
 * a publisher's edit would; each changed record is written back, with its new content hash, as the store's own
 * replaceRecords does for a harvest.
 * For bench/audit.sh's incremental step. Usage: ChangeRecords DATA_DIR PERCENT [ROUND]
 */
public final class ChangeRecords {
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int every = Math.max(1, 100 / Integer.parseInt(args[1]));
        int round = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (TdbCatalogStore store = TdbCatalogStore.open(data, null)) {   // the base the store recorded
            Map<String, SourceInfo> sources = new HashMap<>();
            for (SourceInfo s : store.sources()) sources.put(store.iris().source(s.id()), s);
            Map<SourceInfo, List<RecordGraph>> changed = new HashMap<>();
            int[] n = {0};
            store.forEachRecord(record -> {
                if (n[0]++ % every != round % every) return;
                Set<Node> records = new HashSet<>();
                record.find(Node.ANY, RDF.type.asNode(), DCAT.CatalogRecord.asNode()).forEachRemaining(t -> records.add(t.getSubject()));
                if (records.size() != 1) return;
                Node rec = records.iterator().next();
                String upstream = record.find(rec, CIVIC.upstreamId.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
                Node source = record.find(rec, DCAT.inCatalog.asNode(), Node.ANY).next().getObject();
                String dataset = RecordGraph.datasetOf(record).orElseThrow();
                Node ds = NodeFactory.createURI(dataset);
                Graph description = GraphFactory.createGraphMem();
                record.find().forEachRemaining(t -> {
                    boolean meta = records.contains(t.getSubject()) || t.getPredicate().equals(DCAT.record.asNode())
                            || t.getPredicate().equals(DCAT.dataset.asNode());
                    if (!meta) description.add(t);
                });
                for (Triple t : description.find(ds, DCTERMS.title.asNode(), Node.ANY).toList()) {
                    description.delete(t);
                    description.add(Triple.create(ds, t.getPredicate(), NodeFactory.createLiteralString(
                            t.getObject().getLiteralLexicalForm() + " (revised " + round + ")")));
                }
                for (Triple t : description.find(ds, DCTERMS.description.asNode(), Node.ANY).toList()) {
                    String d = t.getObject().getLiteralLexicalForm();
                    int cut = d.lastIndexOf(' ');
                    description.delete(t);
                    description.add(Triple.create(ds, t.getPredicate(), NodeFactory.createLiteralString(cut > 0 ? d.substring(0, cut) : d + ".")));
                }
                SourceInfo s = sources.get(source.getURI());
                // with a new content hash, as a harvest or a file import writes it
                changed.computeIfAbsent(s, k -> new ArrayList<>()).add(new RecordGraph(s.id(), upstream, dataset, description)
                        .withContentHash(CatalogImporter.IMPORT_HASH_PREFIX + CanonicalHash.of(description)));
            });
            int total = 0;
            for (var e : changed.entrySet()) {
                store.replaceRecords(e.getKey(), e.getValue());
                total += e.getValue().size();
            }
            System.out.println("changed " + total + " of " + n[0] + " records");
        }
    }
}
