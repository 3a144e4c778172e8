package org.civiccatalog.core.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * A JSON-LD document loader that never touches the network or the file system: it serves the remote contexts
 * bundled under {@code org/civiccatalog/core/rdf/contexts/} (listed in {@code contexts.properties}) and refuses
 * every other URL, at once, with a message naming it. Titanium (Jena's JSON-LD 1.1 engine) calls it for
 * {@code @context} URLs and {@code @import}s.
 */
public final class OfflineContextLoader implements DocumentLoader {
    private static final String DIR = "/org/civiccatalog/core/rdf/contexts/";
    private static final OfflineContextLoader INSTANCE = new OfflineContextLoader(loadIndex());

    private final Map<String, String> index;

    private OfflineContextLoader(Map<String, String> index) {
        this.index = index;
    }

    /** The loader over the bundled contexts. Stateless and thread-safe. */
    public static OfflineContextLoader bundled() {
        return INSTANCE;
    }

    /** The context URLs served locally. */
    public Set<String> urls() {
        return index.keySet();
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String file = index.get(url.toString());
        if (file == null)
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "JSON-LD context <" + url + "> is not bundled with the catalog and remote contexts are never"
                            + " fetched; bundled contexts: " + index.keySet());
        try (InputStream in = OfflineContextLoader.class.getResourceAsStream(DIR + file)) {
            if (in == null)
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                        "Bundled JSON-LD context file " + file + " for <" + url + "> is missing from the classpath");
            JsonDocument doc = JsonDocument.of(MediaType.JSON_LD, in);
            doc.setDocumentUrl(url);
            return doc;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e);
        }
    }

    private static Map<String, String> loadIndex() {
        Properties p = new Properties();
        try (InputStream in = OfflineContextLoader.class.getResourceAsStream(DIR + "contexts.properties")) {
            if (in == null) throw new IllegalStateException("Missing " + DIR + "contexts.properties");
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put(k.toString().strip(), v.toString().strip()));
        return java.util.Collections.unmodifiableMap(m);
    }
}
