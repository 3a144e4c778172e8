package org.civiccatalog.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One link check as stored in {@code {base}graph/links} (docs/audit.md, "Link health").
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
 * @param durationMillis how long the check took
 * @param datasets     datasets whose metadata gives the URL
 */
public record StoredLinkCheck(String url, Instant checkedAt, LinkOutcome outcome, Optional<Integer> httpStatus,
                              String reason, String finalUrl, int redirects, Optional<String> contentType,
                              Optional<String> declaredType, boolean mismatch, long durationMillis, List<String> datasets) {
    public StoredLinkCheck {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(outcome, "outcome");
        datasets = List.copyOf(datasets);
    }

    /** The status the audit reads, for a check that decides. */
    public Optional<LinkStatus> status() {
        return outcome.decides() ? Optional.of(new LinkStatus(httpStatus.orElse(0), checkedAt)) : Optional.empty();
    }
}
