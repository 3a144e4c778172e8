package org.civiccatalog.harvest.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.Http;
import org.civiccatalog.harvest.HttpResult;

/** A plain JDK HTTP client for adapter tests (no retries): real HTTP to the loopback {@link PortalServer}. */
public final class SimpleHttp implements Http {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @Override
    public HttpResult get(URI url, Map<String, String> headers) {
        var b = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new HttpResult(r.uri(), r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new HarvestException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarvestException("interrupted: GET " + url, e);
        }
    }
}
