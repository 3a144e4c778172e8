package org.civiccatalog.harvest.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civiccatalog.harvest.Http;
import org.civiccatalog.harvest.HttpResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conditional GET for harvests: keeps the body of each complete 200 beside its validators, sends
 * {@code If-None-Match}/{@code If-Modified-Since} only when it has that body, and turns a 304 into the kept body
 * (status 200, header {@value #REVALIDATED}). Adapters therefore always see a whole page; an unchanged feed costs no
 * transfer, and the run's hash diff makes it cost no write.
 */
public final class RevalidatingHttp implements Http {
    public static final String REVALIDATED = "X-Civic-Revalidated";
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");

    private final HarvestHttpClient client;
    private final HarvestHttpClient plain;
    private final Path bodies;

    private RevalidatingHttp(HarvestHttpClient client, HarvestHttpClient plain, Path bodies) {
        this.client = client;
        this.plain = plain;
        this.bodies = bodies;
    }

    /**
     * A client with the given settings (no validator store of their own) whose validators and bodies live under
     * {@code cacheDir}.
     */
    public static RevalidatingHttp create(HarvestHttpClient.Builder settings, Path cacheDir) {
        Path bodies = cacheDir.resolve("bodies");
        try {
            Files.createDirectories(bodies);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + bodies, e);
        }
        ValidatorStore validators = ValidatorStore.jsonFiles(cacheDir.resolve("validators"));
        ValidatorStore onlyWithBody = new ValidatorStore() {
            @Override
            public Optional<Validators> get(URI url) {
                return Files.isRegularFile(file(bodies, url)) ? validators.get(url) : Optional.empty();
            }

            @Override
            public void put(URI url, Validators v) {
                validators.put(url, v);
            }

            @Override
            public void remove(URI url) {
                validators.remove(url);
            }
        };
        HarvestHttpClient plain = settings.build();
        return new RevalidatingHttp(settings.validators(onlyWithBody).build(), plain, bodies);
    }

    @Override
    public HttpResult get(URI url, Map<String, String> headers) {
        HttpResult r = client.get(url, headers);
        Path file = file(bodies, url);
        if (r.notModified()) {
            try {
                byte[] body = Files.readAllBytes(file);
                Map<String, List<String>> h = new HashMap<>(r.headers());
                h.put(REVALIDATED, List.of("true"));
                LOG.debug("GET {}: not modified, using the kept copy", url);
                return new HttpResult(r.url(), 200, h, body);
            } catch (IOException e) {
                // The copy vanished between the request and now: fall back to an unconditional GET.
                HttpResult fresh = plain.get(url, headers);
                if (fresh.status() == 200) keep(file, fresh.body());
                return fresh;
            }
        }
        if (r.status() == 200) keep(file, r.body());
        return r;
    }

    private static void keep(Path file, byte[] body) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), "body", ".part");
            Files.write(tmp, body);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not keep the body of {} for conditional requests: {}", file, e.toString());
        }
    }

    private static Path file(Path dir, URI url) {
        return dir.resolve(org.apache.commons.codec.digest.DigestUtils.sha256Hex(url.toString()) + ".body");
    }
}
