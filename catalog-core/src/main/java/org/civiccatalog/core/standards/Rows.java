package org.civiccatalog.core.standards;

import java.util.Iterator;
import java.util.List;

/** Rows read one at a time from somewhere that must be closed (a CSV file, an HTTP body). */
public interface Rows extends Iterator<Row>, AutoCloseable {
    /** The column names, in order. */
    List<String> header();

    @Override
    void close();

    /** Rows held in memory (tests, small constant tables). */
    static Rows of(List<String> header, List<Row> rows) {
        Iterator<Row> it = rows.iterator();
        List<String> h = List.copyOf(header);
        return new Rows() {
            public List<String> header() {
                return h;
            }

            public boolean hasNext() {
                return it.hasNext();
            }

            public Row next() {
                return it.next();
            }

            public void close() {}
        };
    }
}
