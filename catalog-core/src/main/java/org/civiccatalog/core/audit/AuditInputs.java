package org.civiccatalog.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.civiccatalog.core.audit.checklist.Freshness;
import org.civiccatalog.core.store.CanonicalHash;
import org.civiccatalog.vocab.CIVIC;

/**
 * What a dataset's results depend on, besides its link results (kept with the results and compared one by one): the
 * record, the rule set, its source and jurisdiction, the compliance profile, and its freshness today. Two audits
 * with equal inputs and equal link results give equal reports, so an incremental audit reuses the earlier one.
 */
final class AuditInputs {
    private AuditInputs() {}

    /**
     * The record's content: the content hash the harvest stored with it ({@code civic:contentHash}), or, for records
     * without one (file imports), a canonical hash of the record graph as stored.
     */
    static String recordKey(Graph record) {
        var hashes = record.find(Node.ANY, CIVIC.contentHash.asNode(), Node.ANY);
        while (hashes.hasNext()) {
            Node h = hashes.next().getObject();
            if (h.isLiteral()) return "harvest:" + h.getLiteralLexicalForm();
        }
        return "graph:" + CanonicalHash.of(record);
    }

    /**
     * The digest of the inputs. Freshness counts as its outcome today (days overdue, or why there is none): the
     * record fixes everything else about it, and the day count is in the results (messages, days overdue).
     */
    static String digest(String rules, String recordKey, Optional<String> source, String jurisdiction,
                         AuditOptions.Compliance compliance, Freshness.Result freshness) {
        String text = String.join("\n", "rules " + rules, "record " + recordKey, "source " + source.orElse(""),
                "jurisdiction " + jurisdiction, "compliance " + compliance.name(),
                "overdue " + freshness.daysOverdue().map(String::valueOf).orElse("-")
                        + " " + freshness.finding().map(Finding::ruleId).orElse("-"));
        MessageDigest md = RuleSet.sha256();
        return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }
}
