package org.civiccatalog.core.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.riot.Lang;

/**
 * One RDF document to read: a name for messages, where its bytes come from, and what is known about its syntax.
 *
 * @param name        file name or URL, used in messages and to guess the syntax from its extension
 * @param opener      opens the bytes; called once
 * @param lang        the syntax when the caller knows it, else null
 * @param contentType the HTTP Content-Type when the document came over HTTP, else null
 * @param base        base IRI for relative IRIs (the document's URL, or a file's URI), or null for Jena's default
 */
public record RdfInput(String name, Opener opener, Lang lang, String contentType, String base) {
    /** Opens a document's bytes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public RdfInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    /** A file; its URI is the base. */
    public static RdfInput file(Path file) {
        return new RdfInput(file.toString(), () -> Files.newInputStream(file), null, null, file.toUri().toString());
    }

    /** A stream, e.g. an HTTP response body; it is read once and not closed by the reader. */
    public static RdfInput stream(String name, InputStream in) {
        Objects.requireNonNull(in, "in");
        return new RdfInput(name, () -> in, null, null, null);
    }

    public static RdfInput bytes(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new RdfInput(name, () -> new ByteArrayInputStream(copy), null, null, null);
    }

    public RdfInput withLang(Lang newLang) {
        return new RdfInput(name, opener, newLang, contentType, base);
    }

    public RdfInput withContentType(String newContentType) {
        return new RdfInput(name, opener, lang, newContentType, base);
    }

    public RdfInput withBase(String newBase) {
        return new RdfInput(name, opener, lang, contentType, newBase);
    }
}
