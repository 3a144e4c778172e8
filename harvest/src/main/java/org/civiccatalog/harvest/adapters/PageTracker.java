package org.civiccatalog.harvest.adapters;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.civiccatalog.harvest.HarvestSink;

/**
 * The page side of an adapter's record keeping ({@link HarvestSink#replayPage}, {@link HarvestSink#beginPage},
 * {@link HarvestSink#endPage}): a page that gave again a record an earlier page gave is not replayable (what it gives
 * depends on that page); a record repeated within one page depends on nothing else. One per gather; not thread-safe.
 */
final class PageTracker {
    private final HarvestSink sink;
    private final Set<String> thisPage = new HashSet<>();
    private boolean repeated;

    PageTracker(HarvestSink sink) {
        this.sink = sink;
    }

    /**
     * A page as in the last run, its records held unchanged: each of its records is handed to {@code each}; empty
     * when the page must be parsed.
     */
    Optional<HarvestSink.ReplayedPage> replay(String url, String digest, Consumer<String> each) {
        Optional<HarvestSink.ReplayedPage> page = sink.replayPage(url, digest);
        page.ifPresent(p -> p.upstreamIds().forEach(each));
        return page;
    }

    /** The records given until {@link #end} are what the page at {@code url} with this digest gave. */
    void begin(String url, String digest) {
        repeated = false;
        thisPage.clear();
        sink.beginPage(url, digest);
    }

    /** @param tail what the adapter needs to go on without parsing the page next time */
    void end(String tail) {
        sink.endPage(tail, !repeated);
    }

    /** The page being read gave this record. */
    void given(String upstreamId) {
        thisPage.add(upstreamId);
    }

    /** The page being read gave this record again (the adapter skips it). */
    void repeated(String upstreamId) {
        if (!thisPage.contains(upstreamId)) repeated = true;
    }
}
