package org.civiccatalog.core.audit.validation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.DatatypeConstraint;
import org.apache.jena.shacl.engine.constraint.MaxCount;
import org.apache.jena.shacl.engine.constraint.MinCount;
import org.apache.jena.shacl.engine.constraint.NodeKindConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCATUS3;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.Prefixes;
import org.civiccatalog.vocab.SKOS;
import org.civiccatalog.vocab.VCARD;

/** Plain-English messages for SHACL results: what is wrong, where, and what a good value is. */
final class ShaclMessages {
    private ShaclMessages() {}

    /** The data.json field a DCAT property comes from, when there is one: the fix is made there. */
    private static final Map<String, String> POD = Map.ofEntries(
            Map.entry(DCTERMS.title.getURI(), "title"), Map.entry(DCTERMS.description.getURI(), "description"),
            Map.entry(DCAT.keyword.getURI(), "keyword"), Map.entry(DCAT.theme.getURI(), "theme"),
            Map.entry(DCTERMS.spatial.getURI(), "spatial"), Map.entry(DCTERMS.temporal.getURI(), "temporal"),
            Map.entry(DCTERMS.publisher.getURI(), "publisher"), Map.entry(DCAT.contactPoint.getURI(), "contactPoint"),
            Map.entry(DCTERMS.license.getURI(), "license"), Map.entry(DCTERMS.rights.getURI(), "rights"),
            Map.entry(DCTERMS.accessRights.getURI(), "accessLevel"), Map.entry(DCTERMS.modified.getURI(), "modified"),
            Map.entry(DCTERMS.issued.getURI(), "issued"), Map.entry(DCTERMS.accrualPeriodicity.getURI(), "accrualPeriodicity"),
            Map.entry(DCAT.landingPage.getURI(), "landingPage"), Map.entry(DCAT.distribution.getURI(), "distribution"),
            Map.entry(DCAT.downloadURL.getURI(), "downloadURL"), Map.entry(DCAT.accessURL.getURI(), "accessURL"),
            Map.entry(DCAT.mediaType.getURI(), "mediaType"), Map.entry(DCTERMS.format.getURI(), "format"),
            Map.entry(DCTERMS.conformsTo.getURI(), "conformsTo"), Map.entry(DCATUS3.describedBy.getURI(), "describedBy"),
            Map.entry(DCTERMS.language.getURI(), "language"), Map.entry(DCTERMS.identifier.getURI(), "identifier"),
            Map.entry(FOAF.name.getURI(), "publisher.name"), Map.entry(VCARD.fn.getURI(), "contactPoint.fn"),
            Map.entry(VCARD.hasEmail.getURI(), "contactPoint.hasEmail"), Map.entry(SKOS.prefLabel.getURI(), "theme"));

    /** Advice beyond the data.json field, for properties where the fix is not obvious. */
    private static final Map<String, String> ADVICE = Map.of(
            DCAT.accessURL.getURI(), " For a file, repeat its downloadURL as accessURL.",
            DCAT.theme.getURI(), " Use an EU data theme name, e.g. Transport, Health, Environment, Energy,"
                    + " Economy and finance, Government and public sector, Justice, legal system and public safety.",
            DCTERMS.accrualPeriodicity.getURI(), " Use an ISO 8601 frequency such as R/P1W, R/P1M or R/P1Y, or irregular.",
            DCTERMS.language.getURI(), " Use a language tag such as en or es.",
            DCTERMS.format.getURI(), " Use a standard format name such as CSV, JSON, GEOJSON, XLSX, PDF or ZIP.",
            DCTERMS.license.getURI(), " Give the licence as a URL, e.g. https://creativecommons.org/publicdomain/zero/1.0/.",
            DCTERMS.modified.getURI(), " Give the date of the last change, e.g. 2024-05-01.");

    static String message(ReportEntry e, Shape shape, Graph shapes, Node focusClass) {
        String property = e.resultPath() == null ? "" : e.resultPath().toString();
        Node pathNode = pathNode(e);
        String curie = pathNode == null ? property : curie(pathNode);
        String name = text(shapes, shape.getShapeNode(), SHACL.name).or(() -> text(shapes, shape.getShapeNode(), RDFS.label.asNode()))
                .orElse(curie);
        String where = focusClass == null ? "" : " of the " + className(focusClass);
        String pod = pathNode == null ? null : POD.get(pathNode.getURI());
        String podHint = pod == null ? "" : " (data.json: " + pod + ")";
        String description = text(shapes, shape.getShapeNode(), SHACL.description).map(d -> " " + sentence(d)).orElse("")
                + (pathNode == null ? "" : ADVICE.getOrDefault(pathNode.getURI(), ""));
        Constraint c = e.constraint();
        String value = e.value() == null ? "" : show(e.value());
        if (c instanceof MinCount m)
            return "The " + name + where + " is missing: add " + curie + podHint + (m.getMinCount() > 1 ? " (at least " + m.getMinCount() + ")" : "")
                    + "." + description;
        if (c instanceof MaxCount m)
            return "The " + name + where + " has more than " + m.getMaxCount() + " value" + (m.getMaxCount() == 1 ? "" : "s")
                    + " of " + curie + ": keep " + (m.getMaxCount() == 1 ? "one" : m.getMaxCount()) + podHint + ".";
        return "The " + name + where + " (" + curie + ")" + (value.isEmpty() ? "" : " is " + value + ",") + " but should be "
                + expected(c) + podHint + "." + description;
    }

    /** What a constraint asks for, in words. */
    static String expected(Constraint c) {
        if (c instanceof NodeKindConstraint k) {
            if (k.isCanBeLiteral() && !k.isCanBeIRI()) return "text";
            if (k.isCanBeIRI() && !k.isCanBeBlankNode()) return "a link (IRI) to a term of a known vocabulary";
            return "a link (IRI) or a described thing, not text";
        }
        if (c instanceof ClassConstraint k) return "a " + className(k.getExpectedClass());
        if (c instanceof DatatypeConstraint d) return "a value of type " + curie(d.getDatatype());
        if (c instanceof ConstraintOpN or) {
            List<String> options = or.getOthers().stream()
                    .map(s -> s.getConstraints().stream().map(ShaclMessages::expected).collect(Collectors.joining(" and ")))
                    .distinct().toList();
            if (options.stream().allMatch(o -> o.startsWith("a value of type ")))
                return "a value of one of these types: " + options.stream().map(o -> o.substring("a value of type ".length()))
                        .collect(Collectors.joining(", "));
            return String.join(" or ", options);
        }
        return "valid (" + c.getClass().getSimpleName() + ")";
    }

    /** "licence document" from dct:LicenseDocument. */
    static String className(Node c) {
        if (!c.isURI()) return "node";
        String local = c.getLocalName();
        String words = local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return words + " (" + curie(c) + ")";
    }

    static String curie(Node n) {
        return n.isURI() ? Prefixes.mapping().shortForm(n.getURI()) : n.toString();
    }

    private static Node pathNode(ReportEntry e) {
        if (e.resultPath() instanceof org.apache.jena.sparql.path.P_Link l) return l.getNode();
        return null;
    }

    private static Optional<String> text(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject())
                .filter(Node::isLiteral).map(n -> n.getLiteralLexicalForm().strip()).filter(x -> !x.isEmpty()).findFirst();
    }

    private static String show(Node v) {
        String s = v.isLiteral() ? "\"" + v.getLiteralLexicalForm() + "\"" : v.isURI() ? "<" + v.getURI() + ">" : "a described thing";
        return s.length() > 90 ? s.substring(0, 87) + "...\"" : s;
    }

    private static String sentence(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.endsWith(".") ? t : t + ".";
    }
}
