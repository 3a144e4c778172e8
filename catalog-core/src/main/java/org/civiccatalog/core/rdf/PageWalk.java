package org.civiccatalog.core.rdf;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.civiccatalog.core.InvalidInputException;

/**
 * Follows the next-page links of a Hydra-paged feed with a loop guard: a next page that was already read, or
 * more than {@code maxPages} pages, is an error rather than an endless harvest. Not thread-safe: one per harvest.
 *
 * <pre>
 * PageWalk walk = PageWalk.from(firstUrl, 10_000);
 * for (Optional&lt;String&gt; url = Optional.of(walk.current()); url.isPresent(); url = walk.advance(graph)) {
 *     graph = fetchAndParse(url.get());
 *     ...
 * }
 * </pre>
 */
public final class PageWalk {
    private final Set<String> seen = new LinkedHashSet<>();
    private final int maxPages;
    private String current;
    private PageLinks lastLinks = PageLinks.none();

    private PageWalk(String firstUrl, int maxPages) {
        this.current = firstUrl;
        this.maxPages = maxPages;
        seen.add(firstUrl);
    }

    public static PageWalk from(String firstUrl, int maxPages) {
        if (firstUrl == null || firstUrl.isBlank()) throw new IllegalArgumentException("firstUrl is blank");
        if (maxPages < 1) throw new IllegalArgumentException("maxPages must be > 0, got " + maxPages);
        return new PageWalk(firstUrl, maxPages);
    }

    /** The URL of the page being read. */
    public String current() {
        return current;
    }

    /** Pages read so far, the current one included. */
    public int pages() {
        return seen.size();
    }

    /** The links found on the last page passed to {@link #advance}. */
    public PageLinks lastLinks() {
        return lastLinks;
    }

    /**
     * Takes the parsed current page and returns the next page's URL, or empty after the last page.
     *
     * @throws InvalidInputException when the next page was already read (a loop) or the page limit is reached
     */
    public Optional<String> advance(Graph currentPage) {
        lastLinks = HydraPaging.find(currentPage, current);
        return advanceTo(lastLinks.next());
    }

    /**
     * As {@link #advance(Graph)}, with the current page's next link already known (a page read before and
     * remembered): the same loop guard and page limit.
     *
     * @throws InvalidInputException when the next page was already read (a loop) or the page limit is reached
     */
    public Optional<String> advanceTo(Optional<String> next) {
        if (next.isEmpty()) return Optional.empty();
        String url = next.get();
        if (seen.contains(url))
            throw new InvalidInputException(current, "Hydra paging loop: the next page " + url
                    + " was already read (after " + seen.size() + " pages)");
        if (seen.size() >= maxPages)
            throw new InvalidInputException(current, "more than " + maxPages + " pages; stopping");
        seen.add(url);
        current = url;
        return next;
    }
}
