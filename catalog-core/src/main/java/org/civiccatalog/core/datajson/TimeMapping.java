package org.civiccatalog.core.datajson;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;

/**
 * Dates, periods and frequencies. A date is typed by its lexical form (xsd:dateTime, xsd:date, xsd:gYearMonth,
 * xsd:gYear, in that order of trial); anything else ("R/P1D", "2022-11-02 18:48:55") stays a plain literal. Stores
 * may rewrite a typed value to its canonical form (TDB2 turns "...48.000Z" into "...48Z"), so a date whose lexical
 * form is not plainly canonical is also kept verbatim as {@code civic:rawValue}.
 */
final class TimeMapping {
    private static final List<XSDDatatype> DATE_TYPES = List.of(XSDDatatype.XSDdateTime, XSDDatatype.XSDdate,
            XSDDatatype.XSDgYearMonth, XSDDatatype.XSDgYear);
    /** Forms every store writes back unchanged: no time zone offset, no trailing zero in the fraction, no 24:00. */
    private static final Pattern PLAIN_CANONICAL =
            Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d*[1-9])?Z?)?)?)?");

    private TimeMapping() {}

    /** The typed literal for a date string, or a plain literal when it is no XSD date form. */
    static Node dateNode(String value) {
        return xsdType(value).map(dt -> NodeFactory.createLiteralDT(value, dt))
                .orElseGet(() -> NodeFactory.createLiteralString(value));
    }

    static Optional<RDFDatatype> xsdType(String value) {
        for (XSDDatatype dt : DATE_TYPES)
            if (dt.isValid(value)) return Optional.of(dt);
        return Optional.empty();
    }

    /** Whether a store can be trusted to give the lexical form back: it is a typed form and already canonical. */
    static boolean survivesStore(String value) {
        Optional<RDFDatatype> dt = xsdType(value);
        if (dt.isEmpty()) return true;
        return PLAIN_CANONICAL.matcher(value).matches() && value.equals(dt.get().unparse(dt.get().parse(value)));
    }

    /** modified / issued: the typed (or plain) literal, plus the verbatim member when a store could rewrite it. */
    static void date(RdfOut out, Node s, Property p, String key, String value) {
        out.add(s, p, dateNode(value));
        if (!survivesStore(value)) out.member(s, CIVIC.rawValue, key, TextNode.valueOf(value));
    }

    /**
     * temporal: a dct:PeriodOfTime with dcat:startDate / dcat:endDate for the date ends of "start/end",
     * "start/duration" or "duration/end", and always the verbatim string as {@code civic:rawValue}.
     */
    static void temporal(RdfOut out, Node ds, String value) {
        Node period = out.blank(DCTERMS.PeriodOfTime);
        out.add(ds, DCTERMS.temporal, period);
        out.member(period, CIVIC.rawValue, "temporal", TextNode.valueOf(value));
        String[] parts = value.split("/", -1);
        if (parts.length != 2) return;
        if (xsdType(parts[0]).isPresent()) out.add(period, DCAT.startDate, dateNode(parts[0]));
        if (xsdType(parts[1]).isPresent()) out.add(period, DCAT.endDate, dateNode(parts[1]));
    }

    // ---- DCAT -> POD

    /** A date from the literals of {@code p}: the latest (or earliest) one the schema accepts. */
    static Optional<String> date(RdfIn in, Node s, Property p, boolean latest, List<Pattern> accepted) {
        List<String> all = in.strings(s, p).stream().filter(v -> in.asPublished() || PodRules.matches(accepted, v)).toList();
        if (all.isEmpty()) return Optional.empty();
        return Optional.of(latest ? all.get(all.size() - 1) : all.get(0));
    }

    /** temporal: the verbatim string if kept, else "start/end" from dcat:startDate and dcat:endDate. */
    static Optional<String> temporal(RdfIn in, Node ds) {
        for (Node period : in.objects(ds, DCTERMS.temporal)) {
            JsonNode r = in.members(period, CIVIC.rawValue).get("temporal");
            if (r != null && r.isTextual()) {
                if (in.asPublished() || PodRules.matches(PodRules.TEMPORAL, r.textValue())) return Optional.of(r.textValue());
                continue;
            }
            Optional<String> start = in.literal(period, DCAT.startDate);
            Optional<String> end = in.literal(period, DCAT.endDate);
            if (start.isPresent() && end.isPresent()) {
                String t = start.get() + "/" + end.get();
                if (PodRules.matches(PodRules.TEMPORAL, t)) return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** accrualPeriodicity: an ISO 8601 literal (named frequencies repaired), or a frequency IRI by its local name. */
    static Optional<String> periodicity(RdfIn in, Node ds) {
        for (Node o : in.objects(ds, DCTERMS.accrualPeriodicity)) {
            Optional<String> v = o.isLiteral() && in.asPublished() ? Optional.of(o.getLiteralLexicalForm())
                    : o.isLiteral() ? PodRules.accrualPeriodicity(o.getLiteralLexicalForm())
                    : o.isURI() ? Frequencies.iso(localName(o.getURI())) : Optional.empty();
            if (v.isPresent()) return v;
        }
        return Optional.empty();
    }

    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return i >= 0 ? iri.substring(i + 1) : iri;
    }
}
