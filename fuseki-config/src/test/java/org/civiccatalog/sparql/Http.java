package org.civiccatalog.sparql;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A tiny HTTP helper for the protocol tests (Jena's HttpTest lives in its test tree). */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private Http() {}

    /** GET {@code endpoint?query=...} plus any extra parameters (name, value, name, value, ...). */
    static HttpResponse<String> query(String endpoint, String query, String accept, String... params) {
        StringBuilder url = new StringBuilder(endpoint).append("?query=").append(enc(query));
        for ( int i = 0 ; i + 1 < params.length ; i += 2 )
            url.append('&').append(enc(params[i])).append('=').append(enc(params[i + 1]));
        return get(url.toString(), accept);
    }

    static HttpResponse<String> get(String url, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).GET();
        if ( accept != null )
            b.header("Accept", accept);
        return send(b.build());
    }

    static HttpResponse<String> postForm(String url, Map<String, String> form, String accept) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return post(url, "application/x-www-form-urlencoded", body, accept);
    }

    static HttpResponse<String> post(String url, String contentType, String body, String accept) {
        return send(withBody("POST", url, contentType, body, accept));
    }

    static HttpResponse<String> put(String url, String contentType, String body) {
        return send(withBody("PUT", url, contentType, body, null));
    }

    static HttpResponse<String> delete(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).DELETE().build());
    }

    private static HttpRequest withBody(String method, String url, String contentType, String body, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", contentType)
                .method(method, BodyPublishers.ofString(body, UTF_8));
        if ( accept != null )
            b.header("Accept", accept);
        return b.build();
    }

    /**
     * Sends once more when the first try dies on a pooled connection the server had closed (Jetty closes the
     * connection after refusing a request whose body it did not read; the JDK client may reuse it and then reads
     * no bytes). The answer is still the server's: a refused write is refused again.
     */
    private static HttpResponse<String> send(HttpRequest request) {
        try {
            try {
                return CLIENT.send(request, BodyHandlers.ofString(UTF_8));
            } catch (IOException first) {
                return CLIENT.send(request, BodyHandlers.ofString(UTF_8));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.uri(), ex);
        }
    }

    /**
     * Every way of writing through an endpoint that a read-only one must refuse with a 4xx: SPARQL Update (body,
     * form, /update) and Graph Store Protocol writes (POST, PUT, /data), each adding {@code <urn:example:s>}.
     */
    static List<HttpResponse<String>> writeAttempts(String endpoint) {
        String insert = "INSERT DATA { GRAPH <urn:example:evil> { <urn:example:s> <urn:example:p> 1 } }";
        String ttl = "<urn:example:s> <urn:example:p> 1 .";
        return List.of(
                post(endpoint, "application/sparql-update", insert, null),
                postForm(endpoint, Map.of("update", insert), null),
                post(endpoint + "/update", "application/sparql-update", insert, null),
                post(endpoint, "text/turtle", ttl, null),
                put(endpoint + "?graph=" + enc("urn:example:evil"), "text/turtle", ttl),
                post(endpoint + "/data", "text/turtle", ttl, null));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }
}
