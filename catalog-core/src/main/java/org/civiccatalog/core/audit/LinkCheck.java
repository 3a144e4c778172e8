package org.civiccatalog.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One link check, as the link checker makes it and stores it in {@code {base}graph/links} (docs/audit.md,
 * "Link health").
 *
 * @param url          the URL checked
 * @param checkedAt    when
 * @param outcome      what it concluded; checks written before outcomes existed count as OK or BROKEN by status
 * @param httpStatus   the final status after redirects; 0 when nothing answered; empty when no request was sent
 * @param reason       what happened, in plain English
 * @param finalUrl     where the redirects ended
 * @param redirects    redirects followed
 * @param contentType  the served media type, if any
 * @param declaredType the media type the metadata declared, if any
 * @param mismatch     whether the served type contradicts the declared one
 * @param method       the HTTP method whose answer decided ("HEAD" or "GET"), empty when none was sent
 * @param durationMillis how long the check took
 * @param datasets     datasets whose metadata gives the URL
 */
public record LinkCheck(String url, Instant checkedAt, LinkOutcome outcome, Optional<Integer> httpStatus, String reason,
                        String finalUrl, int redirects, Optional<String> contentType, Optional<String> declaredType,
                        boolean mismatch, String method, long durationMillis, List<String> datasets) {
    public LinkCheck {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(method, "method");
        datasets = List.copyOf(datasets);
    }

    /**
     * The status the audit reads, for a check that decides. A broken check that ended on a redirect (a loop, too
     * many) reads as 0: no usable answer.
     */
    public Optional<LinkStatus> status() {
        if (!outcome.decides()) return Optional.empty();
        int s = httpStatus.orElse(0);
        return Optional.of(new LinkStatus(outcome == LinkOutcome.BROKEN && s >= 200 && s < 400 ? 0 : s, checkedAt));
    }
}
