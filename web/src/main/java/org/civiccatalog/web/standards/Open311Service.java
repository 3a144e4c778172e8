package org.civiccatalog.web.standards;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.civiccatalog.core.standards.CsvRows;
import org.civiccatalog.harvest.standards.CsvCache;

/**
 * The Open311 requests of one jurisdiction: the {@link RequestIndex} of the current version of its CSV, rebuilt
 * when the CSV is fetched again. Whether it was is asked at most once per {@code recheck}, so a busy endpoint does
 * not look up the dataset's modified date on every request.
 */
final class Open311Service {
    private final StandardsView view;
    private final Clock clock;
    private final Path indexDir;
    private final Duration recheck;
    private volatile RequestIndex index;
    private volatile Instant checked = Instant.MIN;
    private volatile CsvCache.Cached csv;

    Open311Service(StandardsView view, Clock clock, Path indexDir, Duration recheck) {
        this.view = view;
        this.clock = clock;
        this.indexDir = indexDir;
        this.recheck = recheck;
    }

    StandardsView view() {
        return view;
    }

    CsvCache.Cached csv() {
        index();
        return csv;
    }

    RequestIndex index() {
        RequestIndex i = index;
        Instant now = clock.instant();
        if (i != null && now.isBefore(checked.plus(recheck))) return i;
        synchronized (this) {
            if (index != null && clock.instant().isBefore(checked.plus(recheck))) return index;
            CsvCache.Cached c = view.inputs().get("requests").current();
            if (index == null || !index.version().equals(c.version())) {
                RequestIndex old = index;
                index = RequestIndex.build(view.crosswalk(), input -> CsvRows.open(c.file()), clock, indexDir, c.version());
                if (old != null) old.close();   // a reader still on it fails with a closed channel: rare, retried by the client
            }
            csv = c;
            checked = clock.instant();
            return index;
        }
    }
}
