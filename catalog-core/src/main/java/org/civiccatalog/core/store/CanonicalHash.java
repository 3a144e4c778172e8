package org.civiccatalog.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A content hash of a record graph that does not depend on blank node labels or triple order: each blank node
 * is named by a digest of what it says (its outgoing triples, recursively), then the sorted N-Triples lines are
 * hashed. Mapped records use blank nodes as trees (publisher chains, contact points, periods), for which this
 * is exact; a blank node cycle is cut at the repeat, which can only make two different graphs look different,
 * never the same.
 */
public final class CanonicalHash {
    private CanonicalHash() {}

    public static String of(Graph g) {
        // Each node's term once per graph: the dataset IRI is the subject of most triples, predicates repeat.
        Map<Node, String> labels = new HashMap<>();
        List<String> lines = new ArrayList<>(g.size());
        g.find().forEachRemaining(t -> lines.add(term(g, t.getSubject(), labels, 0) + " "
                + term(g, t.getPredicate(), labels, 0) + " " + term(g, t.getObject(), labels, 0)));
        lines.sort(null);
        MessageDigest md = sha256();
        for (String l : lines) {
            md.update(l.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String term(Graph g, Node n, Map<Node, String> labels, int depth) {
        String known = labels.get(n);
        if (known != null) return known;
        if (!n.isBlank()) {
            String term = NtTerms.of(n);
            labels.put(n, term);
            return term;
        }
        if (depth > 32) return "_:deep";
        labels.put(n, "_:cycle"); // placeholder while this node is being described
        List<String> parts = new ArrayList<>();
        for (var it = g.find(n, Node.ANY, Node.ANY); it.hasNext(); ) {
            Triple t = it.next();
            parts.add(term(g, t.getPredicate(), labels, depth) + " " + term(g, t.getObject(), labels, depth + 1));
        }
        parts.sort(null);
        MessageDigest md = sha256();
        for (String p : parts) md.update((p + "\n").getBytes(StandardCharsets.UTF_8));
        String label = "_:h" + HexFormat.of().formatHex(md.digest()).substring(0, 32);
        labels.put(n, label);
        return label;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
