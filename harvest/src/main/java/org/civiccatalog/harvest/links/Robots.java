package org.civiccatalog.harvest.links;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.civiccatalog.harvest.http.Wording;

/**
 * robots.txt, fetched once per host (scheme, host and port) and run, through the same politeness gates as the checks.
 * RFC 9309: a 4xx means no rules; a 5xx (or 429) means everything is disallowed until it can be read. When the host
 * cannot be reached at all, its links are checked anyway: the check then says what is wrong (no response), which is
 * the truth about the link.
 */
final class Robots {
    /** A decision: allowed, or refused with the reason. */
    record Decision(boolean allowed, String reason) {}

    private record Rules(RobotsTxt txt, String note) {}

    private static final int MAX_BYTES = 500 * 1024;

    private final LinkSettings settings;
    private final HostGates gates;
    private final AddressGuard guard;
    private final Map<String, CompletableFuture<Rules>> byHost = new ConcurrentHashMap<>();

    Robots(LinkSettings settings, HostGates gates, AddressGuard guard) {
        this.settings = settings;
        this.gates = gates;
        this.guard = guard;
    }

    Decision check(URI url) throws InterruptedException {
        if (!settings.respectRobots()) return new Decision(true, "");
        String key = hostKey(url);
        CompletableFuture<Rules> mine = new CompletableFuture<>();
        CompletableFuture<Rules> held = byHost.putIfAbsent(key, mine);
        if (held == null) {
            try {
                mine.complete(fetch(URI.create(key + "/robots.txt")));
            } catch (InterruptedException | RuntimeException e) {
                mine.complete(new Rules(RobotsTxt.allowAll(), ""));
                throw e;
            }
            held = mine;
        }
        Rules r;
        try {
            r = held.get();
        } catch (java.util.concurrent.ExecutionException e) {
            r = new Rules(RobotsTxt.allowAll(), "");
        }
        String path = Optional.ofNullable(url.getRawPath()).filter(p -> !p.isEmpty()).orElse("/")
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        if (r.txt().allows(path)) return new Decision(true, "");
        return new Decision(false, r.note().isEmpty()
                ? "robots.txt of " + url.getHost() + " disallows " + path + " for " + settings.robotsToken()
                : r.note());
    }

    static String hostKey(URI url) {
        return url.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + url.getRawAuthority();
    }

    private Rules fetch(URI robots) throws InterruptedException {
        URI current = robots;
        for (int hops = 0; hops <= 5; hops++) {
            URI wire = settings.wire(current);
            if (!(guard.check(wire.getHost()) instanceof AddressGuard.Allowed)) return new Rules(RobotsTxt.allowAll(), "");
            Fetched f;
            try {
                URI at = wire;
                f = gates.call(hostKey(current), () -> get(at));
            } catch (IOException e) {
                return new Rules(RobotsTxt.allowAll(), "");
            }
            int s = f.status();
            if (s >= 300 && s < 400 && f.location().isPresent()) {
                try {
                    current = current.resolve(f.location().get().strip());
                } catch (IllegalArgumentException e) {
                    return new Rules(RobotsTxt.allowAll(), "");
                }
                if (!"http".equalsIgnoreCase(current.getScheme()) && !"https".equalsIgnoreCase(current.getScheme()))
                    return new Rules(RobotsTxt.allowAll(), "");
                continue;
            }
            if (s >= 200 && s < 300) return new Rules(RobotsTxt.parse(f.body(), settings.robotsToken()), "");
            if (s == 429 || s >= 500)
                return new Rules(RobotsTxt.disallowAll(), "robots.txt of " + robots.getHost() + " answered " + Wording.status(s)
                        + ": until it can be read, every path counts as disallowed (RFC 9309)");
            return new Rules(RobotsTxt.allowAll(), "");
        }
        return new Rules(RobotsTxt.allowAll(), "");
    }

    private record Fetched(int status, Optional<String> location, String body) {}

    private Fetched get(URI url) throws IOException {
        java.net.HttpURLConnection c = (java.net.HttpURLConnection) url.toURL().openConnection();
        try {
            c.setConnectTimeout((int) settings.connectTimeout().toMillis());
            c.setReadTimeout((int) settings.readTimeout().toMillis());
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setRequestProperty("User-Agent", settings.userAgent());
            int status = c.getResponseCode();
            String body = "";
            if (status >= 200 && status < 300) {
                try (var in = c.getInputStream()) {
                    body = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
                }
            }
            return new Fetched(status, Optional.ofNullable(c.getHeaderField("Location")), body);
        } finally {
            c.disconnect();
        }
    }
}
