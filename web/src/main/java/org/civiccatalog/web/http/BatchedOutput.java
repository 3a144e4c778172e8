package org.civiccatalog.web.http;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A response body buffer for writers that flush after every item (one dataset, one record): their flushes are
 * ignored, and bytes go to the network whenever {@value #SIZE} bytes have gathered, so that a long feed streams
 * steadily without a network write (and a gzip sync block) per item. {@link #finish()} sends the rest.
 */
public final class BatchedOutput extends OutputStream {
    static final int SIZE = 32 * 1024;
    private final BufferedOutputStream out;

    public BatchedOutput(OutputStream out) {
        this.out = new BufferedOutputStream(out, SIZE);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
    }

    /** Ignored: see {@link #finish()}. */
    @Override
    public void flush() {
    }

    /** Writes out what is buffered; the underlying stream stays open for the server to close. */
    public void finish() throws IOException {
        out.flush();
    }

    /** Same as {@link #finish()}: the server owns the underlying stream. */
    @Override
    public void close() throws IOException {
        finish();
    }
}
