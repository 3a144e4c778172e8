package org.civiccatalog.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.civiccatalog.core.audit.checklist.Freshness;
import org.civiccatalog.core.store.CanonicalHash;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;

/**
 * What a dataset's results depend on, besides its link results (kept with the results and compared one by one): the
 * record, the rule set, its source and jurisdiction, the compliance profile, and its freshness today. Two audits
 * with equal inputs and equal link results give equal reports, so an incremental audit reuses the earlier one.
 */
final class AuditInputs {
    /** One per worker thread: looked up for each dataset, the provider search showed in profiles. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(RuleSet::sha256);

    private AuditInputs() {}

    /**
     * The record's content: the content hash the harvest stored with it ({@code civic:contentHash}), or, for records
     * without one (file imports), a canonical hash of its description: the record graph without the
     * {@code dcat:CatalogRecord}'s own triples (times seen, status) and the source's membership triples, which the
     * store rewrites without the description changing and the audit does not read (the source is an input of its own).
     */
    static String recordKey(Graph record) {
        Optional<String> hashed = hashedKey(record);
        if (hashed.isPresent()) return hashed.get();
        Set<Node> records = new HashSet<>();
        record.find(Node.ANY, RDF.type.asNode(), DCAT.CatalogRecord.asNode()).forEachRemaining(t -> records.add(t.getSubject()));
        Graph description = GraphFactory.createGraphMem();
        record.find().forEachRemaining(t -> {
            boolean membership = t.getPredicate().equals(DCAT.record.asNode()) || t.getPredicate().equals(DCAT.dataset.asNode());
            if (!records.contains(t.getSubject()) && !membership) description.add(t);
        });
        return "graph:" + CanonicalHash.of(description);
    }

    /**
     * The record's content as its stored content hash ({@code civic:contentHash}, which harvests and, since issue 4's
     * faster audit, file imports store), if it has one: what a first pass over a few properties of each record can
     * compare without the whole record graph.
     */
    static Optional<String> hashedKey(Graph record) {
        var hashes = record.find(Node.ANY, CIVIC.contentHash.asNode(), Node.ANY);
        while (hashes.hasNext()) {
            Node h = hashes.next().getObject();
            if (h.isLiteral()) return Optional.of("harvest:" + h.getLiteralLexicalForm());
        }
        return Optional.empty();
    }

    /**
     * The digest of the inputs. Freshness counts as its outcome today (overdue or on time, or why there is neither):
     * the record fixes everything else about it. The day count is left out: results whose count alone moved on are
     * updated ({@link DaysOverdue}), not computed again.
     */
    static String digest(String rules, String recordKey, Optional<String> source, String jurisdiction,
                         AuditOptions.Compliance compliance, Freshness.Result freshness) {
        String text = String.join("\n", "rules " + rules, "record " + recordKey, "source " + source.orElse(""),
                "jurisdiction " + jurisdiction, "compliance " + compliance.name(),
                "overdue " + freshness.daysOverdue().map(d -> d > 0 ? "late" : "on time").orElse("-")
                        + " " + freshness.finding().map(Finding::ruleId).orElse("-"));
        MessageDigest md = SHA256.get();
        return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }
}
