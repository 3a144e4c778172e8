package org.civiccatalog.harvest.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** Plain-English pieces of error messages: statuses with their reason, sizes, durations. */
public final class Wording {
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(202, "Accepted"), Map.entry(204, "No Content"), Map.entry(206, "Partial Content"),
            Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"), Map.entry(303, "See Other"),
            Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"), Map.entry(308, "Permanent Redirect"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(410, "Gone"), Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private Wording() {}

    /** "503 Service Unavailable". */
    public static String status(int code) {
        String reason = REASONS.get(code);
        return reason == null ? "HTTP status " + code : code + " " + reason;
    }

    /**
     * "512 MiB", "1.5 KiB", "900 bytes"; exact bytes ("4,097 bytes") where rounding would hide the difference
     * from a round limit ("4.0 KiB" against a 4 KiB limit).
     */
    public static String bytes(long n) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (n < 1024) return n + (n == 1 ? " byte" : " bytes");
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        if (v == Math.rint(v)) return (long) v + " " + units[u];
        String rounded = String.format(Locale.ROOT, "%.1f", v);
        return rounded.endsWith(".0") ? String.format(Locale.ROOT, "%,d bytes", n) : rounded + " " + units[u];
    }

    /** "250 ms", "1.5 s", "2 min". */
    public static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms < 120_000) return trim(ms / 1000.0) + " s";
        if (ms < 7_200_000) return trim(ms / 60_000.0) + " min";
        return trim(ms / 3_600_000.0) + " h";
    }

    private static String trim(double v) {
        String rounded = String.format(Locale.ROOT, "%.1f", v);
        return rounded.endsWith(".0") ? rounded.substring(0, rounded.length() - 2) : rounded;
    }
}
