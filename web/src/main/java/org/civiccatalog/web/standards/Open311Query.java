package org.civiccatalog.web.standards;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The filters of GET requests (GeoReport v2): {@code service_request_id} (a comma-separated list; with it the other
 * filters are ignored), {@code service_code} and {@code status} (comma-separated lists), {@code start_date} and
 * {@code end_date} (W3C datetimes; a date or a time without an offset is the jurisdiction's local time). Without
 * dates the window is the last 90 days; with one of them, the 90 days after the start or before the end; a window
 * over 90 days, or ending before it starts, is refused.
 */
record Open311Query(List<String> ids, List<String> serviceCodes, int statusMask, Instant start, Instant end) {
    static final Duration MAX_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;

    /** A request the spec's error format answers: {@code code} is the HTTP status. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    static Open311Query parse(Function<String, String> param, Instant now, ZoneId zone) {
        List<String> ids = list(param.apply("service_request_id"));
        List<String> codes = list(param.apply("service_code"));
        int mask = 0;
        for (String s : list(param.apply("status"))) {
            switch (s) {
                case "open" -> mask |= 1 << RequestIndex.OPEN;
                case "closed" -> mask |= 1 << RequestIndex.CLOSED;
                default -> throw new Invalid("status must be open or closed (or both, comma-separated), got '" + s + "'");
            }
        }
        if (mask == 0) mask = (1 << RequestIndex.OPEN) | (1 << RequestIndex.CLOSED) | (1 << RequestIndex.OTHER);
        Optional<Instant> start = time(param.apply("start_date"), "start_date", zone);
        Optional<Instant> end = time(param.apply("end_date"), "end_date", zone);
        Instant s, e;
        if (start.isEmpty() && end.isEmpty()) {
            e = now;
            s = now.minus(MAX_WINDOW);
        } else if (end.isEmpty()) {
            s = start.get();
            e = s.plus(MAX_WINDOW);
        } else if (start.isEmpty()) {
            e = end.get();
            s = e.minus(MAX_WINDOW);
        } else {
            s = start.get();
            e = end.get();
        }
        if (e.isBefore(s)) throw new Invalid("end_date " + e + " is before start_date " + s);
        if (Duration.between(s, e).compareTo(MAX_WINDOW) > 0)
            throw new Invalid("start_date and end_date may not span more than 90 days (" + s + " to " + e + ")");
        return new Open311Query(ids, codes, mask, s, e);
    }

    private static List<String> list(String v) {
        List<String> out = new ArrayList<>();
        if (v == null) return out;
        for (String s : v.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    private static Optional<Instant> time(String v, String name, ZoneId zone) {
        if (v == null || v.isBlank()) return Optional.empty();
        String t = v.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            // a time without an offset, or a date: local time
        }
        try {
            return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            // a date
        }
        try {
            return Optional.of(LocalDate.parse(t).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new Invalid(name + " must be a W3C datetime such as 2025-06-01T00:00:00-07:00, got '" + t + "'");
        }
    }
}
