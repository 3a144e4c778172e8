package org.civiccatalog.core.datajson;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.civiccatalog.vocab.CIVIC;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.FOAF;
import org.civiccatalog.vocab.ORG;
import org.civiccatalog.vocab.SKOS;
import org.civiccatalog.vocab.VCARD;

/**
 * publisher and contactPoint. A publisher is a foaf:Organization (also typed org:Organization, as POD's
 * {@code @type} says) with foaf:name, and org:subOrganizationOf to its parent, recursively; it is a blank node, or
 * the {@code @id} IRI when the data.json gives one. A contactPoint is a blank vcard:Kind with vcard:fn and
 * vcard:hasEmail as a mailto: IRI. Members POD does not define are kept as {@code civic:extraField}. A contact
 * with neither a name nor an address in the graph is written as the default contact.
 */
final class AgentMapping {
    private static final int MAX_DEPTH = 32;
    static final Set<String> ORGANIZATION_KEYS = Set.of("@id", "@type", "name", "subOrganizationOf");
    static final Set<String> CONTACT_KEYS = Set.of("@type", "fn", "hasEmail");

    private AgentMapping() {}

    static void publisher(RdfOut out, Node ds, JsonNode v, Where w) {
        out.add(ds, DCTERMS.publisher, organization(out, v, w, "publisher", 0));
    }

    private static Node organization(RdfOut out, JsonNode v, Where w, String path, int depth) {
        w.object(v, path);
        if (depth > MAX_DEPTH) throw w.fail(path, "subOrganizationOf nests deeper than " + MAX_DEPTH + " levels");
        JsonNode id = v.get("@id");
        boolean iri = id != null && id.isTextual() && RdfOut.isNodeId(id.textValue());
        Node org = iri ? NodeFactory.createURI(id.textValue()) : NodeFactory.createBlankNode();
        out.type(org, FOAF.Organization);
        out.type(org, ORG.Organization);
        for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) v::fields) {
            String key = m.getKey(), p = path + "." + key;
            JsonNode val = m.getValue();
            if (val.isNull()) {
                if (!ORGANIZATION_KEYS.contains(key)) out.member(org, CIVIC.extraField, key, val);
                continue;
            }
            switch (key) {
                case "@id" -> { if (!iri && !w.text(val, p).isEmpty()) out.member(org, CIVIC.extraField, key, val); }
                case "@type" -> w.text(val, p);
                case "name" -> { String n = w.text(val, p); if (!n.isEmpty()) out.literal(org, FOAF.name, n); }
                case "subOrganizationOf" -> out.add(org, ORG.subOrganizationOf, organization(out, val, w, p, depth + 1));
                default -> out.member(org, CIVIC.extraField, key, val);
            }
        }
        return org;
    }

    static void contact(RdfOut out, Node ds, JsonNode v, Where w) {
        w.object(v, "contactPoint");
        Node c = out.blank(VCARD.Kind);
        out.add(ds, DCAT.contactPoint, c);
        for (Map.Entry<String, JsonNode> m : (Iterable<Map.Entry<String, JsonNode>>) v::fields) {
            String key = m.getKey(), p = "contactPoint." + key;
            JsonNode val = m.getValue();
            if (val.isNull()) {
                if (!CONTACT_KEYS.contains(key)) out.member(c, CIVIC.extraField, key, val);
                continue;
            }
            switch (key) {
                case "@type" -> w.text(val, p);
                case "fn" -> { String n = w.text(val, p); if (!n.isEmpty()) out.literal(c, VCARD.fn, n); }
                case "hasEmail" -> { String e = w.text(val, p); if (!e.isEmpty()) out.add(c, VCARD.hasEmail, email(e)); }
                default -> out.member(c, CIVIC.extraField, key, val);
            }
        }
    }

    /** A mailto: IRI; a bare address gets "mailto:" in front; anything else stays a literal. */
    static Node email(String e) {
        String s = e.strip();
        if (!s.regionMatches(true, 0, "mailto:", 0, 7) && s.indexOf('@') > 0) s = "mailto:" + s;
        return s.regionMatches(true, 0, "mailto:", 0, 7) && RdfOut.isAbsoluteIri(s) ? NodeFactory.createURI(s)
                : NodeFactory.createLiteralString(e);
    }

    // ---- DCAT -> POD

    static ObjectNode publisherToPod(RdfIn in, Node ds, PodDefaults defaults) {
        Optional<Node> p = in.object(ds, DCTERMS.publisher);
        if (p.isEmpty()) return defaults == null ? null
                : Json.object().put("@type", "org:Organization").put("name", defaults.publisherName());
        return organizationToPod(in, p.get(), defaults, new HashSet<>());
    }

    private static ObjectNode organizationToPod(RdfIn in, Node org, PodDefaults defaults, Set<Node> seen) {
        seen.add(org);
        ObjectNode o = Json.object();
        if (org.isURI()) o.put("@id", org.getURI());
        o.put("@type", "org:Organization");
        Optional<String> name = in.firstLiteral(org, FOAF.name, SKOS.prefLabel, VCARD.fn, VCARD.organization_name, RDFS.label);
        if (name.isPresent() || defaults != null) o.put("name", name.orElseGet(() -> defaults.publisherName()));
        Optional<Node> parent = in.object(org, ORG.subOrganizationOf);
        if (parent.isPresent() && !seen.contains(parent.get()) && seen.size() < MAX_DEPTH)
            o.set("subOrganizationOf", organizationToPod(in, parent.get(), defaults, seen));
        extras(in, org, o);
        return o;
    }

    static ObjectNode contactToPod(RdfIn in, Node ds, PodDefaults defaults) {
        Optional<Node> c = in.object(ds, DCAT.contactPoint);
        ObjectNode o = Json.object().put("@type", "vcard:Contact");
        if (c.isEmpty()) return defaults == null ? null : o.put("fn", defaults.contactName()).put("hasEmail", defaults.contactEmail());
        Node n = c.get();
        Optional<String> fn = in.firstLiteral(n, VCARD.fn, VCARD.organization_name, FOAF.name, SKOS.prefLabel, RDFS.label);
        Optional<String> email = emailOf(in, n);
        if (defaults == null) {             // as published: what is there, unrepaired
            fn.ifPresent(v -> o.put("fn", v));
            email.ifPresent(v -> o.put("hasEmail", v));
            extras(in, n, o);
            return o;
        }
        o.put("fn", fn.orElse(defaults.contactName()));
        if (email.isPresent()) o.put("hasEmail", email.get());
        else if (fn.isEmpty()) o.put("hasEmail", defaults.contactEmail());
        extras(in, n, o);
        return o;
    }

    /** vcard:hasEmail (an IRI, a literal, or a node with vcard:hasValue), else the older vcard:email or foaf:mbox. */
    private static Optional<String> emailOf(RdfIn in, Node c) {
        for (var p : new org.apache.jena.rdf.model.Property[] {VCARD.hasEmail, VCARD.email, FOAF.mbox})
            for (Node e : in.objects(c, p)) {
                Optional<String> s = e.isURI() ? Optional.of(e.getURI())
                        : e.isLiteral() ? Optional.of(e.getLiteralLexicalForm())
                        : in.object(e, VCARD.hasValue).map(v -> v.isURI() ? v.getURI() : v.isLiteral() ? v.getLiteralLexicalForm() : "");
                Optional<String> ok = in.asPublished() ? s.filter(v -> !v.isEmpty()) : s.flatMap(PodRules::email);
                if (ok.isPresent()) return ok;
            }
        return Optional.empty();
    }

    /** Members kept verbatim on a node, after the mapped ones (the mapped ones win on a clash). */
    static void extras(RdfIn in, Node n, ObjectNode o) {
        in.members(n, CIVIC.extraField).forEach((k, v) -> {
            if (!o.has(k)) o.set(k, v);
        });
    }
}
