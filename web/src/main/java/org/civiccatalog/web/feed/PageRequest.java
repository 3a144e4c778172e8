package org.civiccatalog.web.feed;

import java.util.regex.Pattern;

import org.civiccatalog.core.InvalidInputException;

/**
 * One requested page of a feed: 1-based {@code page} and {@code pageSize} (capped to the configured maximum).
 *
 * @param sizeGiven whether the client named a page size; links then carry it on, else they leave it out
 */
public record PageRequest(long page, int pageSize, boolean sizeGiven) {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

    public PageRequest {
        if (page < 1) throw new IllegalArgumentException("page must be >= 1, got " + page);
        if (pageSize < 1) throw new IllegalArgumentException("pageSize must be >= 1, got " + pageSize);
    }

    /**
     * Reads the query parameters; absent ones take the defaults (page 1, {@code defaultSize}).
     *
     * @throws InvalidInputException when a parameter is not a positive integer
     */
    public static PageRequest parse(String page, String pageSize, int defaultSize, int maxSize) {
        long p = page == null ? 1 : positive("page", page);
        boolean given = pageSize != null;
        long s = given ? positive("pageSize", pageSize) : defaultSize;
        return new PageRequest(p, (int) Math.min(s, maxSize), given);
    }

    private static long positive(String name, String value) {
        String v = value.trim();
        if (!NUMBER.matcher(v).matches() || Long.parseLong(v) < 1)
            throw new InvalidInputException("query parameter " + name, "must be a positive integer, got '" + value + "'");
        return Long.parseLong(v);
    }

    public long offset() {
        return (page - 1) * pageSize;
    }
}
