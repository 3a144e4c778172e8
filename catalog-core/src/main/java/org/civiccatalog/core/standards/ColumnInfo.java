package org.civiccatalog.core.standards;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.civiccatalog.vocab.CIVIC;

/**
 * A column of a dataset as the portal describes it (name, and the portal's type when known) or as a CSV header
 * names it (no type).
 *
 * @param type the portal's type name (Socrata {@code dataTypeName}: text, number, calendar_date, ...), if known
 */
public record ColumnInfo(String name, Optional<String> type) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The member the Socrata harvester keeps the view's columns in (a {@code civic:extraField} of the dataset). */
    static final String SOCRATA_COLUMNS = "socrata.columns";

    public static ColumnInfo of(String name, String type) {
        return new ColumnInfo(name, Optional.ofNullable(type));
    }

    /** The columns of a CSV header, without types. */
    public static List<ColumnInfo> fromHeader(List<String> header) {
        return header.stream().map(h -> new ColumnInfo(h, Optional.empty())).toList();
    }

    /**
     * The Socrata columns the harvester kept on a dataset of a record graph: {@code civic:extraField
     * {"socrata.columns": [{name, fieldName, dataTypeName, description}]}} (docs/harvest-portals.md). Uses the API
     * field name (what the CSV header and SODA use); empty when the record has no column metadata.
     */
    public static List<ColumnInfo> fromSocrataRecord(Graph record, Node dataset) {
        List<ColumnInfo> out = new ArrayList<>();
        record.find(dataset, CIVIC.extraField.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!out.isEmpty() || !t.getObject().isLiteral()) return;
            try {
                JsonNode member = JSON.readTree(t.getObject().getLiteralLexicalForm());
                JsonNode cols = member == null ? null : member.get(SOCRATA_COLUMNS);
                if (cols == null || !cols.isArray()) return;
                for (JsonNode c : cols) {
                    String name = c.hasNonNull("fieldName") ? c.get("fieldName").asText() : c.path("name").asText(null);
                    if (name == null || name.isBlank()) continue;
                    out.add(new ColumnInfo(name, Optional.ofNullable(c.hasNonNull("dataTypeName") ? c.get("dataTypeName").asText() : null)));
                }
            } catch (java.io.IOException e) {
                // not a JSON member: some other extra field
            }
        });
        return out;
    }
}
