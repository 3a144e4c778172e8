package org.civiccatalog.harvest.http;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads one response body as a stream into memory, never holding more than the size limit: the limit is checked
 * before each chunk is kept, on the bytes as sent and, for gzip, on the decompressed bytes (a small compressed
 * body that inflates past the limit is cut off as soon as it does). A body shorter than its Content-Length, or a
 * connection that closes inside a chunked or gzip body, is {@link Truncated}.
 */
final class BodyReader {
    /** Largest byte array the JVM reliably allocates: the hard ceiling of any limit. */
    static final long MAX_BODY_BYTES = Integer.MAX_VALUE - 8;

    private static final int CHUNK = 16 * 1024;
    private static final int FIRST_ALLOCATION = 1024 * 1024;

    private BodyReader() {}

    /** The body ended before it was complete: retried like a network failure. */
    static final class Truncated extends IOException {
        Truncated(String message) {
            super(message);
        }
    }

    /** The whole response took longer than the request timeout. */
    static final class TookTooLong extends IOException {
        TookTooLong(String message) {
            super(message);
        }
    }

    /**
     * @param wire          the body as received (de-chunked), or null when the server sent none
     * @param contentLength the Content-Length header, or -1
     * @param gzip          whether the body is gzip-encoded
     * @param deadline      {@link System#nanoTime()} after which reading stops
     */
    static byte[] read(InputStream wire, long contentLength, boolean gzip, long limit, long deadline,
                       Duration requestTimeout) throws IOException, Refused {
        if (contentLength > limit)
            throw new Refused("response exceeds the " + Wording.bytes(limit) + " limit (Content-Length is "
                    + Wording.bytes(contentLength) + ")");
        if (wire == null) return checkedEmpty(0, contentLength);
        Counting counted = new Counting(wire);
        PushbackInputStream peek = new PushbackInputStream(counted, 1);
        int first = peek.read();
        if (first == -1) return checkedEmpty(counted.count, contentLength); // gzip headers included: no body, no stream
        peek.unread(first);
        // Content-Length bounds the identity body exactly, so the buffer never needs to grow past it.
        Buffer buf = new Buffer(!gzip && contentLength >= 0 ? contentLength : limit);
        byte[] chunk = new byte[CHUNK];
        try {
            InputStream in = gzip ? new GZIPInputStream(peek, CHUNK) : peek;
            for (int n; (n = in.read(chunk)) != -1; ) {
                if (n > limit - buf.size() || counted.count > limit) throw new Refused(tooLarge(limit, gzip));
                buf.write(chunk, n);
                if (System.nanoTime() - deadline > 0)
                    throw new TookTooLong("the response took longer than the " + Wording.duration(requestTimeout)
                            + " request timeout (" + Wording.bytes(buf.size()) + " read)");
            }
            if (gzip) drain(counted, limit); // bytes after the gzip trailer still count towards Content-Length
        } catch (EOFException e) { // GZIPInputStream at a connection that closed mid-stream
            throw new Truncated(cutShort(counted.count, contentLength, "the gzip stream ended early"));
        }
        if (contentLength >= 0 && counted.count < contentLength)
            throw new Truncated(cutShort(counted.count, contentLength, null));
        return buf.toByteArray();
    }

    private static byte[] checkedEmpty(long got, long contentLength) throws Truncated {
        if (contentLength > got) throw new Truncated(cutShort(got, contentLength, null));
        return new byte[0];
    }

    private static void drain(Counting counted, long limit) throws IOException, Refused {
        byte[] skip = new byte[CHUNK];
        while (counted.read(skip) != -1) {
            if (counted.count > limit) throw new Refused(tooLarge(limit, false));
        }
    }

    private static String tooLarge(long limit, boolean gzip) {
        return "response exceeds the " + Wording.bytes(limit) + " limit" + (gzip ? " (after gzip decompression)" : "");
    }

    private static String cutShort(long got, long contentLength, String why) {
        String of = contentLength >= 0 ? "got " + got + " of " + contentLength + " bytes" : "after " + got + " bytes";
        return "the body was cut short (" + of + (why == null ? "" : ", " + why) + ")";
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b != -1) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }

    /** A growable byte array whose capacity never exceeds {@code ceiling} (the limit, or a known Content-Length). */
    private static final class Buffer {
        private final long ceiling;
        private byte[] data;
        private int size;

        Buffer(long ceiling) {
            this.ceiling = Math.min(ceiling, MAX_BODY_BYTES);
            this.data = new byte[(int) Math.min(this.ceiling, FIRST_ALLOCATION)];
        }

        int size() {
            return size;
        }

        void write(byte[] b, int n) {
            long needed = (long) size + n;
            if (needed > data.length) {
                long capacity = Math.min(Math.max(needed, 2L * data.length), ceiling);
                if (capacity < needed) throw new IllegalStateException("buffer ceiling " + ceiling + " < " + needed);
                data = Arrays.copyOf(data, (int) capacity);
            }
            System.arraycopy(b, 0, data, size, n);
            size += n;
        }

        byte[] toByteArray() {
            return size == data.length ? data : Arrays.copyOf(data, size);
        }
    }
}
