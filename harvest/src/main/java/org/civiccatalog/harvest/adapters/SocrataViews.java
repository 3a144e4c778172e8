package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestException;
import org.civiccatalog.harvest.HttpResult;

/**
 * Socrata's per-asset metadata, {@code {root}/api/views/{4x4}.json}, fetched for one dataset at a time. A view that
 * cannot be had (an error status, Socrata's {@code {"error": true, ...}} body, a body that is not JSON, a network
 * failure) is a WARNING finding and the dataset goes on without it. After {@value #MAX_CONSECUTIVE_FAILURES}
 * consecutive failures that say the host is in trouble (network failures, 5xx, 429) no more views are asked for in
 * this gather, so a sick portal costs five timeouts (and the few requested ahead), not one per dataset. One instance per gather.
 */
final class SocrataViews {
    static final int MAX_CONSECUTIVE_FAILURES = 5;
    /** A Socrata asset id ("4x4"): two groups of four lower-case letters or digits. */
    static final Pattern FOUR_BY_FOUR = Pattern.compile("[a-z0-9]{4}-[a-z0-9]{4}");
    private static final Pattern IN_IDENTIFIER = Pattern.compile("(?:^|/api/views/)(" + FOUR_BY_FOUR + ")/?$");
    private static final Pattern IN_LANDING_PAGE = Pattern.compile("/d/(" + FOUR_BY_FOUR + ")/?$");

    private final URI root;
    private final HarvestContext ctx;
    private final PortalRecords records;
    private int consecutiveFailures;
    private boolean stopped;

    SocrataViews(URI root, HarvestContext ctx, PortalRecords records) {
        this.root = root;
        this.ctx = ctx;
        this.records = records;
    }

    /** The 4x4 of a data.json dataset: from an identifier {@code .../api/views/<4x4>} or a bare 4x4, else a landing page {@code .../d/<4x4>}. */
    static Optional<String> fourByFour(ObjectNode pod) {
        Optional<String> id = match(IN_IDENTIFIER, PortalJson.text(pod, "identifier"));
        return id.isPresent() ? id : match(IN_LANDING_PAGE, PortalJson.text(pod, "landingPage"));
    }

    private static Optional<String> match(Pattern p, String value) {
        if (value == null) return Optional.empty();
        Matcher m = p.matcher(value.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The identifier a parent view has in the same listing: the child's identifier with the parent's 4x4 in place of its own. */
    static String parentIdentifier(String childIdentifier, String child4x4, String parent4x4) {
        String id = childIdentifier.strip();
        int at = id.lastIndexOf(child4x4);
        return at < 0 ? parent4x4 : id.substring(0, at) + parent4x4 + id.substring(at + child4x4.length());
    }

    /** The answer to one view request, or why none came: made on any thread, {@link #view interpreted} on the gather's. */
    record Fetched(URI url, HttpResult result, HarvestException failure) {}

    /** Whether views are still asked for (not after a run of failures that says the host is in trouble). */
    boolean fetching() {
        return !stopped;
    }

    /** Requests the view of one asset. Thread-safe: several are requested ahead of the datasets being delivered. */
    Fetched request(String fourByFour) {
        URI url = URI.create(root + "/api/views/" + fourByFour + ".json");
        try {
            return new Fetched(url, ctx.http().get(url, PortalFeed.ACCEPT_JSON), null);
        } catch (HarvestException e) {
            return new Fetched(url, null, e);
        }
    }

    /**
     * The view a request brought, or empty with a finding. Called in listing order on the gather's thread, which
     * keeps the count of consecutive failures; an answer that comes after fetching stopped is passed over.
     */
    /** @param held whether the store holds the dataset, which it then keeps as stored if the view fails */
    Optional<ObjectNode> view(Fetched f, String where, boolean held) {
        if (stopped) return Optional.empty();
        if (f.failure() != null) return failed(where, f.failure().getMessage(), true, held);
        URI url = f.url();
        HttpResult r = f.result();
        if (!r.ok())
            return failed(where, "GET " + url + " answered " + r.status() + " with " + PortalJson.describeBody(r),
                    r.status() >= 500 || r.status() == 429, held);
        ObjectNode view;
        try {
            view = PortalJson.object(url, r);
        } catch (HarvestException e) {
            return failed(where, e.getMessage(), false, held);
        }
        if (view.path("error").asBoolean(false) || PortalJson.text(view, "id") == null)
            return failed(where, "GET " + url + " answered an error: " + view, false, held);
        consecutiveFailures = 0;
        return Optional.of(view);
    }

    private Optional<ObjectNode> failed(String where, String problem, boolean hostInTrouble, boolean held) {
        records.finding(Finding.Severity.WARNING, where, problem + (held
                ? ": the dataset is kept as the catalog holds it; its view is read again at its next refresh"
                : ": the dataset is delivered from data.json alone, without the view's columns, category and custom"
                + " fields; its view is asked for again in the next harvest"));
        if (hostInTrouble && ++consecutiveFailures >= MAX_CONSECUTIVE_FAILURES) {
            stopped = true;
            records.finding(Finding.Severity.WARNING, root + "/api/views/", MAX_CONSECUTIVE_FAILURES
                    + " consecutive view requests failed: no more views are fetched in this harvest; the remaining"
                    + " datasets are delivered from data.json alone");
        }
        return Optional.empty();
    }
}
