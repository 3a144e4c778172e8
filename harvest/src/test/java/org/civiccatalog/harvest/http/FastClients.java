package org.civiccatalog.harvest.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/** Clients with millisecond backoff and short timeouts, so the retry tests stay fast. */
final class FastClients {
    private FastClients() {}

    static HarvestHttpClient.Builder builder() {
        return HarvestHttpClient.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .backoffBase(Duration.ofMillis(5))
                .backoffCap(Duration.ofMillis(40));
    }

    static HarvestHttpClient client() {
        return builder().build();
    }

    static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
