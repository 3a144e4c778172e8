package org.civiccatalog.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;

/** Reads the vendored DCAT-US and POD artefacts: which terms they use, which namespace spellings they declare. */
final class DcatUsArtefacts {
    private DcatUsArtefacts() {}

    /** {@code @prefix dcat-us: <X>} / {@code PREFIX dcat-us: <X>} (Turtle, SPARQL). */
    private static final Pattern TURTLE_PREFIX = Pattern.compile("(?i)(?:@prefix|prefix)\\s+dcat-us:\\s*<([^>]*)>");
    /** {@code "dcat-us": "X"} (a JSON-LD context entry). */
    private static final Pattern JSON_PREFIX = Pattern.compile("\"dcat-us\"\\s*:\\s*\"([^\"]*)\"");
    /** {@code xmlns:dcat-us="X"} (RDF/XML). */
    private static final Pattern XML_PREFIX = Pattern.compile("xmlns:dcat-us\\s*=\\s*\"([^\"]*)\"");
    /** A full IRI in some DCAT-US ontology namespace, however spelled (e.g. JSON Schema {@code $id}s). */
    private static final Pattern ONTOLOGY_IRI = Pattern.compile("https?://[^\\s\"'<>#]*/ontology/dcat-us#");

    /**
     * Every DCAT-US ontology namespace spelling the text declares or uses: prefix bindings of {@code dcat-us} and full
     * IRIs ending {@code /ontology/dcat-us#...}. Empty when the text declares none.
     */
    static Set<String> namespaceSpellings(String text) {
        Set<String> out = new TreeSet<>();
        for (Pattern p : new Pattern[] {TURTLE_PREFIX, JSON_PREFIX, XML_PREFIX}) {
            Matcher m = p.matcher(text);
            while (m.find()) out.add(m.group(1));
        }
        Matcher m = ONTOLOGY_IRI.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The check: does a file that declares a DCAT-US namespace use exactly ours? */
    static boolean usesOnlyOurNamespace(Set<String> spellings) {
        return spellings.equals(Set.of(DCATUS3.NS));
    }

    /** Text of a file, decoding leniently (some vendored files are not UTF-8 clean). */
    static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under the given folders, sorted. */
    static Stream<Path> filesUnder(Path... dirs) {
        return Stream.of(dirs).flatMap(d -> {
            try (Stream<Path> s = Files.walk(d)) {
                return s.filter(Files::isRegularFile).toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sorted();
    }

    /** Local names of every IRI in {@code ns} used anywhere (subject, predicate, object) in a Turtle file. */
    static Set<String> termsInRdf(Path file, String ns) {
        Model m = RDFDataMgr.loadModel(file.toString());
        Set<String> out = new TreeSet<>();
        for (Statement s : m.listStatements().toList()) {
            for (RDFNode n : new RDFNode[] {s.getSubject(), s.getPredicate(), s.getObject()})
                if (n.isURIResource() && n.asResource().getURI().startsWith(ns))
                    out.add(n.asResource().getURI().substring(ns.length()));
        }
        return out;
    }

    /** The top-level {@code @context} object of a JSON-LD context document. */
    static JsonObject context(Path file) {
        JsonObject doc = JSON.read(file.toString());
        JsonValue ctx = doc.get("@context");
        if (ctx == null || !ctx.isObject())
            throw new IllegalStateException(file + " has no @context object");
        return ctx.getAsObject();
    }

    /**
     * Local names of every IRI in {@code ns} that a JSON-LD context maps a key or value to, expanding CURIEs of
     * {@code prefix} with the context's own binding of it (so a context binding another spelling yields nothing).
     */
    static Set<String> termsInContext(Path file, String prefix, String ns) {
        JsonObject ctx = context(file);
        JsonValue binding = ctx.get(prefix);
        String declared = binding != null && binding.isString() ? binding.getAsString().value() : null;
        UnaryOperator<String> expand = s -> declared != null && s.startsWith(prefix + ":")
                ? declared + s.substring(prefix.length() + 1) : s;
        Set<String> out = new TreeSet<>();
        collect(ctx, expand, ns, out);
        return out;
    }

    private static void collect(JsonValue v, UnaryOperator<String> expand, String ns, Set<String> out) {
        if (v.isString()) {
            add(expand.apply(v.getAsString().value()), ns, out);
        } else if (v.isArray()) {
            v.getAsArray().forEach(e -> collect(e, expand, ns, out));
        } else if (v.isObject()) {
            JsonObject o = v.getAsObject();
            for (String k : o.keys()) {
                add(expand.apply(k), ns, out);
                collect(o.get(k), expand, ns, out);
            }
        }
    }

    private static void add(String iri, String ns, Set<String> out) {
        if (iri.startsWith(ns) && iri.length() > ns.length())
            out.add(iri.substring(ns.length()));
    }

    /** The keys of {@code properties} in a JSON Schema file. */
    static Set<String> schemaPropertyNames(Path file) {
        JsonValue props = JSON.read(file.toString()).get("properties");
        if (props == null || !props.isObject())
            throw new IllegalStateException(file + " has no properties object");
        return new TreeSet<>(props.getAsObject().keys());
    }
}
