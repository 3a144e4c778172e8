package org.civiccatalog.harvest.links;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.net.ssl.SSLException;

import org.civiccatalog.core.audit.LinkCheck;
import org.civiccatalog.core.audit.LinkOutcome;
import org.civiccatalog.harvest.http.RetryAfter;
import org.civiccatalog.harvest.http.Wording;

/**
 * Checks one URL: HEAD first (GET for hosts whose HEAD cannot be trusted), and GET again when HEAD answers an error
 * (405, 403, 501 and any other: many servers refuse or mishandle HEAD but serve GET); redirects followed up to the
 * limit, each target checked against the address guard and robots.txt; 429 and 503 retried after their Retry-After
 * (bounded); 202 pending. The outcome is one {@link LinkCheck}, never an exception.
 */
final class LinkProbe {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final LinkSettings settings;
    private final HostGates gates;
    private final AddressGuard guard;
    private final Robots robots;
    private final Exchange exchange;
    private final Clock clock;

    LinkProbe(LinkSettings settings, HostGates gates, Robots robots, Clock clock) {
        this.settings = settings;
        this.gates = gates;
        this.guard = new AddressGuard(settings.allowLoopback(), settings.allowPrivate());
        this.robots = robots;
        this.exchange = new Exchange(settings);
        this.clock = clock;
    }

    static AddressGuard guard(LinkSettings s) {
        return new AddressGuard(s.allowLoopback(), s.allowPrivate());
    }

    /** Checks {@code url}, declared by {@code targets} (its uses: what they declare decides the content-type test). */
    LinkCheck check(URI url, List<LinkTarget> targets) throws InterruptedException {
        return new Run(url, targets).go();
    }

    /** The state of one check. */
    private final class Run {
        final URI url;
        final List<LinkTarget> targets;
        final Instant at = clock.instant();
        final long started = System.nanoTime();
        final Set<URI> visited = new LinkedHashSet<>();
        URI current;
        int redirects;
        int retries;
        String method;
        final List<String> notes = new ArrayList<>();

        Run(URI url, List<LinkTarget> targets) {
            this.url = url;
            this.targets = targets;
            this.current = url;
        }

        LinkCheck go() throws InterruptedException {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https"))
                return done(LinkOutcome.REFUSED, Optional.empty(), "only http and https links are checked", Optional.empty(), "");
            method = settings.getOnly(url.getHost()) ? "GET" : "HEAD";
            visited.add(url);
            while (true) {
                LinkCheck refused = admit();
                if (refused != null) return refused;
                Exchange.Response r;
                try {
                    URI target = settings.wire(current);
                    String m = method;
                    r = gates.call(Robots.hostKey(current), () -> exchange.send(m, target));
                } catch (IOException e) {
                    return failure(e);
                }
                LinkCheck end = answer(r);
                if (end != null) return end;
            }
        }

        /** The address guard and robots.txt for the current URL: a check that ends here, or null to go on. */
        private LinkCheck admit() throws InterruptedException {
            String via = redirects > 0 ? "redirected to " + current + ": " : "";
            AddressGuard.Verdict v = guard.check(settings.wire(current).getHost());
            if (v instanceof AddressGuard.Refused r)
                return done(LinkOutcome.REFUSED, Optional.empty(), via + r.reason(), Optional.empty(), "");
            if (v instanceof AddressGuard.Unresolvable u)
                return done(LinkOutcome.BROKEN, Optional.of(0), u.reason(), Optional.empty(), "");
            Robots.Decision d = robots.check(current);
            if (!d.allowed()) return done(LinkOutcome.REFUSED, Optional.empty(), via + d.reason(), Optional.empty(), "");
            return null;
        }

        /** What an answer means: the check's end, or null to ask again (a redirect, a retry, GET after HEAD). */
        private LinkCheck answer(Exchange.Response r) throws InterruptedException {
            int s = r.status();
            Optional<String> type = ContentTypes.mediaType(r.contentType().orElse(null));
            if (REDIRECTS.contains(s) && r.location().isPresent()) return redirect(r.location().get(), s, type);
            if (s == 429 || s == 503) return later(r, s, type);
            if (s >= 400 && method.equals("HEAD")) {
                // HEAD is refused (405, 501), forbidden (403) or mishandled by many servers: GET decides
                notes.add("HEAD answered " + Wording.status(s));
                method = "GET";
                return null;
            }
            if (s == 202)
                return done(LinkOutcome.PENDING, Optional.of(s), "202 Accepted: the server is still preparing it"
                        + " (ArcGIS answers \"Processing\" while it builds a download); checked again sooner", type, method);
            if (s >= 200 && s < 400) return done(LinkOutcome.OK, Optional.of(s), Wording.status(s), type, method);
            return done(LinkOutcome.BROKEN, Optional.of(s), Wording.status(s), type, method);
        }

        /** Follows a redirect (null), or ends the check: an unusable target, a loop, too many. */
        private LinkCheck redirect(String location, int s, Optional<String> type) {
            URI next;
            try {
                next = current.resolve(new URI(location.strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return done(LinkOutcome.BROKEN, Optional.of(s), "redirected to an unusable Location '" + location + "'", type, method);
            }
            String ns = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!ns.equals("http") && !ns.equals("https") || next.getHost() == null)
                return done(LinkOutcome.REFUSED, Optional.of(s), "redirected to " + next + ", which is not an http or https URL",
                        type, method);
            if (!visited.add(next)) {
                current = next;
                return done(LinkOutcome.BROKEN, Optional.of(s), "redirect loop: " + loop(next), type, method);
            }
            if (++redirects > settings.maxRedirects())
                return done(LinkOutcome.BROKEN, Optional.of(s), "more than " + settings.maxRedirects()
                        + " redirects (the last to " + next + ")", type, method);
            current = next;
            return null;
        }

        /** A 429 or 503: waits as asked and asks again (null), or ends the check pending or broken. */
        private LinkCheck later(Exchange.Response r, int s, Optional<String> type) throws InterruptedException {
            Duration wait = RetryAfter.parse(r.retryAfter().orElse(null), clock.instant()).orElse(settings.defaultRetryWait());
            if (wait.compareTo(settings.maxRetryAfter()) > 0)
                return done(LinkOutcome.PENDING, Optional.of(s), Wording.status(s) + ", asking to retry after "
                        + Wording.duration(wait) + ", longer than the " + Wording.duration(settings.maxRetryAfter())
                        + " this checker waits; checked again later", type, method);
            if (retries < settings.maxRetries()) {
                retries++;
                notes.add(Wording.status(s) + ", retried after " + Wording.duration(wait));
                Thread.sleep(wait.toMillis());   // outside the host's gate: other checks of the host go on
                return null;
            }
            return done(s == 429 ? LinkOutcome.PENDING : LinkOutcome.BROKEN, Optional.of(s), Wording.status(s)
                    + " after " + retries + (retries == 1 ? " retry" : " retries")
                    + (s == 429 ? "; the server limits our requests: checked again later" : ""), type, method);
        }

        private String loop(URI back) {
            List<String> chain = new ArrayList<>();
            boolean in = false;
            for (URI u : visited) {
                if (u.equals(back)) in = true;
                if (in) chain.add(u.toString());
            }
            chain.add(back.toString());
            return String.join(" -> ", chain);
        }

        private LinkCheck failure(IOException e) {
            String where = current.getHost() + (current.getPort() >= 0 ? ":" + current.getPort() : "");
            if (e instanceof java.net.http.HttpConnectTimeoutException || (e instanceof SocketTimeoutException
                    && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect")))
                return done(LinkOutcome.TIMEOUT, Optional.of(0), "could not connect to " + where + " within the "
                        + Wording.duration(settings.connectTimeout()) + " connect timeout", Optional.empty(), method);
            if (e instanceof SocketTimeoutException)
                return done(LinkOutcome.TIMEOUT, Optional.of(0), "no response from " + where + " within the "
                        + Wording.duration(settings.readTimeout()) + " read timeout", Optional.empty(), method);
            if (e instanceof UnknownHostException)
                return done(LinkOutcome.BROKEN, Optional.of(0), "unknown host " + current.getHost(), Optional.empty(), method);
            if (e instanceof ConnectException)
                return done(LinkOutcome.BROKEN, Optional.of(0), "could not connect to " + where + " (" + e.getMessage() + ")",
                        Optional.empty(), method);
            if (e instanceof SSLException)
                return done(LinkOutcome.BROKEN, Optional.of(0), "the TLS handshake with " + current.getHost() + " failed ("
                        + e.getMessage() + ")", Optional.empty(), method);
            return done(LinkOutcome.BROKEN, Optional.of(0), "the connection to " + where + " failed (" + e + ")",
                    Optional.empty(), method);
        }

        private LinkCheck done(LinkOutcome outcome, Optional<Integer> status, String reason, Optional<String> served,
                               String usedMethod) {
            Optional<String> declared = Optional.empty();
            boolean mismatch = false;
            if (outcome == LinkOutcome.OK) {
                for (LinkTarget t : targets) {
                    Optional<Boolean> m = ContentTypes.mismatch(t, served);
                    if (m.isEmpty()) continue;
                    if (declared.isEmpty() || m.get()) declared = t.declaredType();
                    if (m.get()) {
                        mismatch = true;
                        break;
                    }
                }
            }
            String text = notes.isEmpty() ? reason : String.join("; ", notes) + "; " + reason;
            if (mismatch) text += "; served as " + served.get() + ", declared " + declared.get();
            List<String> datasets = targets.stream().map(LinkTarget::datasetIri).distinct().sorted().toList();
            long ms = (System.nanoTime() - started) / 1_000_000;
            return new LinkCheck(url.toString(), at, outcome, status, text, current.toString(), redirects, served, declared,
                    mismatch, usedMethod, ms, datasets);
        }
    }
}
