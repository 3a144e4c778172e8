package org.civiccatalog.harvest;

/**
 * Per-source safety limits.
 *
 * @param pageSize          records asked for per page where the API pages (CKAN rows, Socrata limit)
 * @param maxPages          pages followed at most (a loop guard besides the repeated-page check)
 * @param maxResponseBytes  largest response body accepted; a larger one fails the request
 * @param maxDistributions  distributions kept per record; more are dropped with a finding
 * @param maxKeywords       keywords kept per record; more are dropped with a finding
 * @param maxTextLength     characters kept of one text value (title, description); longer is cut with a finding
 * @param maxVanishedShare  share of a source's active records that may vanish in one run and be withdrawn;
 *                          above it nothing is withdrawn and the report says why
 */
public record SourceLimits(int pageSize, int maxPages, long maxResponseBytes, int maxDistributions, int maxKeywords,
                           int maxTextLength, double maxVanishedShare) {
    public SourceLimits {
        if (pageSize < 1 || pageSize > 1000) throw new IllegalArgumentException("pageSize must be 1..1000, got " + pageSize);
        if (maxPages < 1) throw new IllegalArgumentException("maxPages must be >= 1, got " + maxPages);
        if (maxResponseBytes < 1024) throw new IllegalArgumentException("maxResponseBytes must be >= 1024, got " + maxResponseBytes);
        if (maxDistributions < 1 || maxKeywords < 1 || maxTextLength < 1)
            throw new IllegalArgumentException("per-record limits must be >= 1");
        if (maxVanishedShare < 0 || maxVanishedShare > 1)
            throw new IllegalArgumentException("maxVanishedShare must be 0..1, got " + maxVanishedShare);
    }

    public static SourceLimits defaults() {
        return new SourceLimits(1000, 10_000, 512L * 1024 * 1024, 1000, 1000, 100_000, 0.20);
    }
}
