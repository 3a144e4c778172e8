package org.civiccatalog.core.standards;

import java.util.function.Consumer;

/** Writes mapped rows to a stream one at a time; {@link #close()} writes the end (closing brackets, tags) and flushes. */
public interface RowWriter extends Consumer<MappedRow>, AutoCloseable {
    @Override
    void close();
}
