package org.civiccatalog.harvest.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import com.sun.net.httpserver.HttpExchange;

/**
 * The body of one answer: kept in memory up to {@value #BUFFERED} bytes and then sent with a {@code Content-Length};
 * a longer body (a whole data.json of a large region) switches to chunked transfer and streams. Small answers must
 * not go out chunked: the JDK server writes the last chunk in a separate packet, and the client's delayed ACK then
 * costs some 40 ms per request, which made a Socrata harvest (one view request per dataset) crawl.
 */
final class ResponseBody extends OutputStream {
    static final int BUFFERED = 4 << 20;

    private final HttpExchange exchange;
    private final int status;
    private ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private OutputStream streaming;

    ResponseBody(HttpExchange exchange, int status) {
        this.exchange = exchange;
        this.status = status;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (streaming != null) {
            streaming.write(b, off, len);
            return;
        }
        buffer.write(b, off, len);
        if (buffer.size() > BUFFERED) {
            exchange.sendResponseHeaders(status, 0);
            streaming = new java.io.BufferedOutputStream(exchange.getResponseBody(), 1 << 16);
            buffer.writeTo(streaming);
            buffer = null;
        }
    }

    /** Sends what is buffered (with its length) or the end of the stream. */
    @Override
    public void close() throws IOException {
        if (streaming != null) {
            streaming.close();
            return;
        }
        if (buffer == null) return;
        byte[] bytes = buffer.toByteArray();
        buffer = null;
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
