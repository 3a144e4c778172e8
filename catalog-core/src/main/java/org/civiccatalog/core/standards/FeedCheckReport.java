package org.civiccatalog.core.standards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a feed checker found: the findings kept (the first {@value #MAX_KEPT} errors and the first {@value #MAX_KEPT}
 * warnings, so that thousands of warnings never hide an error), every error and warning counted, the
 * rows read per file. A feed passes when it has no error; warnings (a recommended column missing, dates in a
 * non-standard but readable form) do not fail it.
 */
public final class FeedCheckReport implements Consumer<ConformanceFinding> {
    public static final int MAX_KEPT = 500;

    private final List<ConformanceFinding> kept = new ArrayList<>();
    private final List<ConformanceFinding> keptErrors = new ArrayList<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private long errors;
    private long warnings;

    @Override
    public void accept(ConformanceFinding f) {
        if (f.isError()) {
            if (errors++ < MAX_KEPT) {
                keptErrors.add(f);
                kept.add(f);
            }
        } else if (warnings++ < MAX_KEPT) kept.add(f);
    }

    void rows(String file, long n) {
        rows.put(file, n);
    }

    public boolean passes() {
        return errors == 0;
    }

    public List<ConformanceFinding> findings() {
        return List.copyOf(kept);
    }

    public List<ConformanceFinding> errors() {
        return List.copyOf(keptErrors);
    }

    public long errorCount() {
        return errors;
    }

    public long warningCount() {
        return warnings;
    }

    /** Data rows read per file present, in the profile's order. */
    public Map<String, Long> rowCounts() {
        return java.util.Collections.unmodifiableMap(rows);
    }
}
