package org.civiccatalog.web.standards;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.civiccatalog.core.standards.Crosswalk;
import org.civiccatalog.core.standards.CrosswalkRun;
import org.civiccatalog.core.standards.MappedRow;
import org.civiccatalog.core.standards.Open311Writer;
import org.civiccatalog.core.standards.RowSource;
import org.civiccatalog.core.standards.RowWriter;

/**
 * The Open311 requests of one version of a source CSV, converted once by the crosswalk and kept so that each request
 * to {@code requests.json} is a binary search and a read of at most 1,000 rows, not a crosswalk run over the whole
 * CSV. Each converted request is kept on disk as its JSON object (written once, in the profile's field order); in
 * memory are only, per request, its requested time, service code, status and where its JSON is (about 25 bytes), and
 * a hash table of request ids (12 bytes a slot).
 */
final class RequestIndex implements AutoCloseable {
    static final byte OPEN = 0, CLOSED = 1, OTHER = 2;
    /** Requests without a readable requested_datetime sort first and no date window includes them. */
    static final long NO_TIME = Long.MIN_VALUE;
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper READ = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final String version;
    private final Path file;
    private final FileChannel channel;
    private final long[] time;
    private final int[] code;
    private final byte[] status;
    private final long[] offset;
    private final int[] length;
    private final List<String> codes;
    private final int[] idSlots;
    private final long[] idHashes;
    private final List<MappedRow> services;
    private final Crosswalk.Output requestsOutput;

    private RequestIndex(String version, Path file, long[] time, int[] code, byte[] status, long[] offset, int[] length,
                         List<String> codes, int[] idSlots, long[] idHashes, List<MappedRow> services, Crosswalk.Output out) {
        this.version = version;
        this.file = file;
        this.time = time;
        this.code = code;
        this.status = status;
        this.offset = offset;
        this.length = length;
        this.codes = List.copyOf(codes);
        this.idSlots = idSlots;
        this.idHashes = idHashes;
        this.services = List.copyOf(services);
        this.requestsOutput = out;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Converts every request of {@code source} with the crosswalk's {@code requests} and {@code services} outputs. */
    static RequestIndex build(Crosswalk crosswalk, RowSource source, Clock clock, Path dir, String version) {
        Crosswalk.Output out = crosswalk.output("requests");
        List<String> fields = out.file().fieldNames();
        Builder b = new Builder();
        Path file;
        try {
            Files.createDirectories(dir);
            file = Files.createTempFile(dir, "requests-", ".jsonl");
            file.toFile().deleteOnExit();
            ByteArrayOutputStream one = new ByteArrayOutputStream(1024);
            try (OutputStream data = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                new CrosswalkRun(crosswalk, source, clock).run("requests", row -> {
                    one.reset();
                    json(row, fields, one);
                    try {
                        one.writeTo(data);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    b.add(row, one.size());
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MappedRow> services = new ArrayList<>();
        new CrosswalkRun(crosswalk, source, clock).run("services", services::add);
        return b.finish(version, file, services, out);
    }

    String version() {
        return version;
    }

    int size() {
        return time.length;
    }

    List<MappedRow> services() {
        return services;
    }

    int codeCount() {
        return codes.size();
    }

    /** The code's number, or -1 when no request has it. */
    int codeNumber(String serviceCode) {
        return codes.indexOf(serviceCode);
    }

    /**
     * Positions of the requests made in [{@code from}, {@code to}] (epoch seconds), of one of {@code codeSet} (null:
     * any) and a status in {@code statusMask} (bit per status), newest first, at most {@code limit}.
     */
    int[] query(boolean[] codeSet, int statusMask, long from, long to, int limit) {
        int lo = lowerBound(from), hi = lowerBound(to == Long.MAX_VALUE ? to : to + 1) - 1;
        int[] hits = new int[Math.min(limit, Math.max(0, hi - lo + 1))];
        int n = 0;
        for (int i = hi; i >= lo && n < hits.length; i--) {
            if (codeSet != null && !codeSet[code[i]]) continue;
            if ((statusMask & (1 << status[i])) == 0) continue;
            hits[n++] = i;
        }
        return Arrays.copyOf(hits, n);
    }

    /** The position of the request with this id, if there is one. */
    Optional<Integer> byId(String id) {
        long h = hash(id);
        int mask = idSlots.length - 1;
        for (int s = (int) (h & mask); idSlots[s] != 0; s = (s + 1) & mask)
            if (idHashes[s] == h) return Optional.of(idSlots[s] - 1);
        return Optional.empty();
    }

    /** Writes the requests at {@code positions} as an Open311 JSON array or XML document. */
    void write(int[] positions, Open311Writer.Format format, OutputStream out) throws IOException {
        if (format == Open311Writer.Format.JSON) {
            out.write('[');
            for (int k = 0; k < positions.length; k++) {
                if (k > 0) out.write(',');
                out.write(bytes(positions[k]));
            }
            out.write(']');
            out.flush();
            return;
        }
        try (RowWriter w = Open311Writer.writer(format, requestsOutput.file(), out)) {
            for (int p : positions) w.accept(row(p));
        }
    }

    @SuppressWarnings("unchecked")
    private MappedRow row(int p) throws IOException {
        Map<String, Object> values = READ.readValue(bytes(p), LinkedHashMap.class);
        values.replaceAll((k, v) -> v instanceof Integer i ? Long.valueOf(i) : v instanceof Double d ? BigDecimal.valueOf(d) : v);
        return new MappedRow(0, values);
    }

    private byte[] bytes(int p) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length[p]);
        long at = offset[p];
        while (buf.hasRemaining()) {
            int n = channel.read(buf, at + buf.position());
            if (n < 0) throw new IOException("index file " + file + " is shorter than its index");
        }
        return buf.array();
    }

    private int lowerBound(long t) {
        int lo = 0, hi = time.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[mid] < t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover temporary file; deleted on exit
        }
    }

    private static void json(MappedRow row, List<String> fields, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            Open311Writer.jsonObject(g, row, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long epochSeconds(Object requested) {
        if (requested == null) return NO_TIME;
        try {
            return OffsetDateTime.parse(requested.toString()).toEpochSecond();
        } catch (DateTimeParseException e) {
            return NO_TIME;
        }
    }

    /** FNV-1a, 64 bits, over the id's characters; never 0 (0 marks an empty slot's hash only by convention). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Collects the columns while the crosswalk runs, then sorts them by requested time. */
    private static final class Builder {
        private long[] time = new long[1024];
        private int[] code = new int[1024];
        private byte[] status = new byte[1024];
        private int[] length = new int[1024];
        private String[] ids = new String[1024];
        private final Map<String, Integer> codeNumbers = new HashMap<>();
        private final List<String> codes = new ArrayList<>();
        private int n;
        private long next;

        void add(MappedRow row, int bytes) {
            if (n == time.length) grow();
            time[n] = epochSeconds(row.get("requested_datetime"));
            Object c = row.get("service_code");
            String key = c == null ? "" : c.toString();
            code[n] = codeNumbers.computeIfAbsent(key, k -> {
                codes.add(k);
                return codes.size() - 1;
            });
            Object s = row.get("status");
            status[n] = "open".equals(s) ? OPEN : "closed".equals(s) ? CLOSED : OTHER;
            length[n] = bytes;
            Object id = row.get("service_request_id");
            ids[n] = id == null ? null : id.toString();
            n++;
            next += bytes;
        }

        private void grow() {
            int m = time.length * 2;
            time = Arrays.copyOf(time, m);
            code = Arrays.copyOf(code, m);
            status = Arrays.copyOf(status, m);
            length = Arrays.copyOf(length, m);
            ids = Arrays.copyOf(ids, m);
        }

        RequestIndex finish(String version, Path file, List<MappedRow> services, Crosswalk.Output out) {
            if (n >= 1 << 24) throw new IllegalStateException("more than 16,777,215 requests in one CSV");
            long[] start = new long[n];
            for (int i = 1; i < n; i++) start[i] = start[i - 1] + length[i - 1];
            long min = Long.MAX_VALUE;
            for (int i = 0; i < n; i++) if (time[i] != NO_TIME) min = Math.min(min, time[i]);
            // Sort (time, row) pairs packed in one long: seconds since the earliest request, then the row number.
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) keys[i] = ((time[i] == NO_TIME ? 0 : time[i] - min + 1) << 24) | i;
            Arrays.sort(keys);
            long[] sTime = new long[n], sOffset = new long[n];
            int[] sCode = new int[n], sLength = new int[n];
            byte[] sStatus = new byte[n];
            int slots = Integer.highestOneBit(Math.max(2, n * 2 - 1)) << 1;
            int[] idSlots = new int[slots];
            long[] idHashes = new long[slots];
            for (int k = 0; k < n; k++) {
                int i = (int) (keys[k] & 0xFFFFFF);
                sTime[k] = time[i];
                sCode[k] = code[i];
                sStatus[k] = status[i];
                sOffset[k] = start[i];
                sLength[k] = length[i];
                if (ids[i] != null) put(idSlots, idHashes, hash(ids[i]), k);
            }
            return new RequestIndex(version, file, sTime, sCode, sStatus, sOffset, sLength, codes, idSlots, idHashes, services, out);
        }

        /** The first request with an id keeps it. */
        private static void put(int[] slots, long[] hashes, long h, int position) {
            int mask = slots.length - 1;
            int s = (int) (h & mask);
            for (; slots[s] != 0; s = (s + 1) & mask) if (hashes[s] == h) return;
            slots[s] = position + 1;
            hashes[s] = h;
        }
    }
}
