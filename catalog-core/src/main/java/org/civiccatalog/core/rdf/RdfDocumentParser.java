package org.civiccatalog.core.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.civiccatalog.core.InvalidInputException;

/**
 * Parses one document into one in-memory graph (the named graphs of TriG/N-Quads/JSON-LD are merged into it).
 * Strict syntax (Turtle as specified, not Jena's lenient dialect), a size limit, a leading UTF-8 BOM skipped,
 * RDF/XML DOCTYPEs checked by {@link XmlDoctypeGuard}, JSON-LD contexts only from {@link OfflineContextLoader}.
 * Every failure is an {@link InvalidInputException} naming the input and, when the parser knows it, the line.
 */
final class RdfDocumentParser {
    static final int MAX_WARNINGS = 50;

    private RdfDocumentParser() {}

    record Parsed(Graph graph, Lang lang, List<String> warnings) {}

    static Parsed parse(RdfInput input, long maxBytes) {
        byte[] bytes = stripBom(readLimited(input, maxBytes));
        if (isBlank(bytes)) throw new InvalidInputException(input.name(), "empty document: no dcat:Dataset found");
        Lang lang = RdfSyntax.choose(input.lang(), input.name(), input.contentType(), bytes)
                .orElseThrow(() -> new InvalidInputException(input.name(), "cannot tell the RDF syntax from the name,"
                        + " content type or content; name the syntax (Turtle, RDF/XML, JSON-LD, N-Triples, TriG, N-Quads)"));
        if (!RdfSyntax.isSupported(lang))
            throw new InvalidInputException(input.name(), "RDF syntax " + lang.getLabel() + " is not accepted for DCAT"
                    + " import; accepted: " + RdfSyntax.SUPPORTED.stream().map(Lang::getLabel).toList());
        if (lang.equals(Lang.RDFXML)) XmlDoctypeGuard.check(bytes, input.name());
        Graph graph = GraphFactory.createGraphMem();
        Collector errors = new Collector();
        try {
            RDFParser.source(new ByteArrayInputStream(bytes))
                    .forceLang(lang)
                    .base(input.base())
                    .strict(true)
                    .errorHandler(errors)
                    .set(LangJSONLD11.JSONLD_OPTIONS, jsonLdOptions())
                    .parse(new MergeGraphs(graph));
        } catch (RiotParseException e) {
            throw new InvalidInputException(input.name(), e.getLine(), e.getCol(), e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new InvalidInputException(input.name(), errors.line, errors.col,
                    errors.message != null ? errors.message : messageOf(e), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new InvalidInputException(input.name(), errors.line, errors.col,
                    "cannot be read as " + lang.getLabel() + ": " + messageOf(e), e);
        }
        return new Parsed(graph, lang, List.copyOf(errors.warnings));
    }

    /** A fresh options object per parse: Jena's reader sets the base on it. No remote or file loading. */
    private static JsonLdOptions jsonLdOptions() {
        return new JsonLdOptions(OfflineContextLoader.bundled());
    }

    private static byte[] readLimited(RdfInput input, long maxBytes) {
        try (InputStream in = input.opener().open()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (b.length > maxBytes)
                throw new InvalidInputException(input.name(), "document is larger than the limit of " + maxBytes + " bytes");
            return b;
        } catch (IOException e) {
            throw new InvalidInputException(input.name(), -1, -1, "cannot be read: " + e.getMessage(), e);
        }
    }

    static byte[] stripBom(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF)
            return java.util.Arrays.copyOfRange(b, 3, b.length);
        return b;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (!Character.isWhitespace(x & 0xFF) && x != 0) return false;
        return true;
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        String msg = null;
        while (t != null) {
            if (t.getMessage() != null) msg = t.getMessage();
            if (t.getCause() == t) break;
            t = t.getCause();
            if (msg != null) break;
        }
        return msg != null ? msg : e.getClass().getSimpleName();
    }

    /** Errors stop the parse with their position; warnings are kept for the report. */
    private static final class Collector implements ErrorHandler {
        final List<String> warnings = new ArrayList<>();
        String message;
        long line = -1;
        long col = -1;

        @Override
        public void warning(String msg, long l, long c) {
            if (warnings.size() < MAX_WARNINGS) warnings.add(l > 0 ? "line " + l + ": " + msg : msg);
        }

        @Override
        public void error(String msg, long l, long c) {
            fatal(msg, l, c);
        }

        @Override
        public void fatal(String msg, long l, long c) {
            if (message == null) {
                message = msg;
                line = l;
                col = c;
            }
            throw new RiotParseException(msg, l, c);
        }
    }

    /** Quads of every graph go into the one graph. */
    private static final class MergeGraphs extends StreamRDFBase {
        private final Graph graph;

        MergeGraphs(Graph graph) {
            this.graph = graph;
        }

        @Override
        public void triple(org.apache.jena.graph.Triple triple) {
            graph.add(triple);
        }

        @Override
        public void quad(Quad quad) {
            graph.add(quad.asTriple());
        }
    }
}
