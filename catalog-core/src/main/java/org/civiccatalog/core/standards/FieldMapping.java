package org.civiccatalog.core.standards;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How one field of a standard is computed from a source row (docs/standards.md "Crosswalk file format"): one source
 * ({@code column}, {@code columns} + {@code separator}, {@code template}, {@code const} or {@code today}), then the
 * transforms in a fixed order: trim, {@code map} (a value map; key {@code "*"} for every other value),
 * {@code slug}, {@code time} (parse with the given patterns in the given zone, write ISO 8601 with offset or a
 * pattern), {@code type} (number, integer or boolean: a typed value for JSON), {@code default} (when empty).
 */
public final class FieldMapping {
    private static final Set<String> KEYS = Set.of("column", "columns", "separator", "template", "const", "today",
            "map", "slug", "time", "type", "default", "comment");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

    private final String field;
    private final String column;
    private final List<String> columns;
    private final String separator;
    private final String template;
    private final String constant;
    private final DateTimeFormatter today;
    private final Map<String, String> map;
    private final boolean slug;
    private final TimeTransform time;
    private final String type;
    private final String defaultValue;
    private final ZoneId zone;

    private FieldMapping(String field, JsonNode spec, Map<String, Map<String, String>> namedMaps, ZoneId zone, String where) {
        this.field = field;
        this.zone = zone;
        if (spec.isTextual()) spec = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("column", spec.textValue());
        if (!spec.isObject()) throw new StandardsException(where + ": field '" + field + "' must be an object or a column name");
        for (Iterator<String> it = spec.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) throw new StandardsException(where + ": field '" + field + "' has unknown key '" + k + "' (known: " + KEYS + ")");
        }
        this.column = text(spec, "column");
        this.columns = new ArrayList<>();
        spec.path("columns").forEach(c -> columns.add(c.asText()));
        this.separator = spec.has("separator") ? spec.get("separator").asText() : " ";
        this.template = text(spec, "template");
        this.constant = text(spec, "const");
        String todayPattern = text(spec, "today");
        this.today = todayPattern == null ? null : DateTimeFormatter.ofPattern(todayPattern, Locale.ROOT);
        int sources = (column != null ? 1 : 0) + (columns.isEmpty() ? 0 : 1) + (template != null ? 1 : 0)
                + (constant != null ? 1 : 0) + (today != null ? 1 : 0);
        if (sources != 1)
            throw new StandardsException(where + ": field '" + field + "' needs exactly one of column, columns, template, const, today (has " + sources + ")");
        JsonNode m = spec.get("map");
        if (m == null) this.map = null;
        else if (m.isTextual()) {
            this.map = namedMaps.get(m.textValue());
            if (map == null) throw new StandardsException(where + ": field '" + field + "' uses map '" + m.textValue() + "', not defined in maps " + namedMaps.keySet());
        } else this.map = stringMap(m, where + " field '" + field + "' map");
        this.slug = spec.path("slug").asBoolean(false);
        this.time = spec.has("time") ? new TimeTransform(spec.get("time"), zone, where + " field '" + field + "'") : null;
        this.type = text(spec, "type");
        if (type != null && !Set.of("string", "number", "integer", "boolean").contains(type))
            throw new StandardsException(where + ": field '" + field + "' type must be string, number, integer or boolean, not '" + type + "'");
        this.defaultValue = text(spec, "default");
    }

    static FieldMapping parse(String field, JsonNode spec, Map<String, Map<String, String>> namedMaps, ZoneId zone, String where) {
        return new FieldMapping(field, spec, namedMaps, zone, where);
    }

    static Map<String, String> stringMap(JsonNode m, String where) {
        if (!m.isObject()) throw new StandardsException(where + " must be an object of strings");
        Map<String, String> out = new LinkedHashMap<>();
        m.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return out;
    }

    private static String text(JsonNode spec, String key) {
        JsonNode n = spec.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    public String field() {
        return field;
    }

    /** The source columns this field reads (looked-up columns as {@code lookup.column}). */
    public List<String> sourceColumns() {
        List<String> out = new ArrayList<>();
        if (column != null) out.add(column);
        out.addAll(columns);
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /**
     * The value for one row: a String, BigDecimal, Long or Boolean, or null when empty.
     *
     * @param values   the row's values by column, and looked-up values by {@code lookup.column}
     * @param problems where a value that could not be transformed is reported (it becomes null)
     */
    public Object apply(Function<String, String> values, java.time.Instant now, java.util.function.Consumer<String> problems) {
        String v;
        if (column != null) v = values.apply(column);
        else if (!columns.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (String c : columns) {
                String p = values.apply(c);
                if (p != null && !p.isBlank()) parts.add(p.strip());
            }
            v = parts.isEmpty() ? null : String.join(separator, parts);
        } else if (template != null) v = fill(template, values);
        else if (constant != null) v = constant;
        else v = today.format(now.atZone(zone));
        if (v != null) v = v.strip();
        if (v != null && v.isEmpty()) v = null;
        if (map != null && v != null) {
            if (map.containsKey(v)) v = map.get(v);
            else if (map.containsKey("*")) v = map.get("*");
        }
        if (slug && v != null) v = slug(v);
        if (time != null && v != null) {
            String t = time.apply(v);
            if (t == null) problems.accept(field + ": '" + v + "' matches none of the time formats " + time.patterns);
            v = t;
        }
        if (v == null) v = defaultValue;
        if (v == null || type == null || type.equals("string")) return v;
        try {
            return switch (type) {
                case "number" -> new BigDecimal(v);
                case "integer" -> Long.parseLong(v.contains(".") ? new BigDecimal(v).toBigIntegerExact().toString() : v);
                default -> Boolean.parseBoolean(v);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            problems.accept(field + ": '" + v + "' is not a " + type);
            return null;
        }
    }

    /**
     * A template with {column} placeholders. An empty placeholder writes nothing, and separators (commas, semicolons,
     * spaces) left at either end are removed: "{address}, Los Angeles, CA {zipcode}" gives "123 Main St, Los Angeles, CA"
     * without a zipcode and "Los Angeles, CA 90066" without an address; null when every placeholder is empty.
     */
    static String fill(String template, Function<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        boolean any = false;
        while (m.find()) {
            String literal = template.substring(last, m.start());
            String v = values.apply(m.group(1));
            sb.append(literal);
            if (v != null && !v.isBlank()) {
                sb.append(v.strip());
                any = true;
            }
            last = m.end();
        }
        sb.append(template.substring(last));
        return any ? sb.toString().replaceAll("^[,;\\s]+|[,;\\s]+$", "") : null;
    }

    /** Lower case ASCII letters and digits joined by '-': "Bulky Items" -> "bulky-items". */
    public static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String out = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? null : out;
    }

    /** Date and time parsing, time zone conversion and formatting. */
    static final class TimeTransform {
        final List<String> patterns = new ArrayList<>();
        private final List<DateTimeFormatter> formats = new ArrayList<>();
        final ZoneId zone;
        private final DateTimeFormatter out;

        TimeTransform(JsonNode spec, ZoneId defaultZone, String where) {
            spec.path("in").forEach(p -> patterns.add(p.asText()));
            if (patterns.isEmpty()) patterns.add("iso");
            for (String p : patterns) {
                try {
                    formats.add(p.equals("iso") ? null : new DateTimeFormatterBuilder().parseCaseInsensitive()
                            .appendPattern(p).toFormatter(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new StandardsException(where + ": bad time pattern '" + p + "': " + e.getMessage());
                }
            }
            String z = spec.hasNonNull("zone") ? spec.get("zone").asText() : null;
            try {
                this.zone = z != null ? ZoneId.of(z) : defaultZone;
            } catch (RuntimeException e) {
                throw new StandardsException(where + ": unknown time zone '" + z + "'");
            }
            String o = spec.hasNonNull("out") ? spec.get("out").asText() : "iso";
            this.out = o.equals("iso") ? DateTimeFormatter.ISO_OFFSET_DATE_TIME : DateTimeFormatter.ofPattern(o, Locale.ROOT);
        }

        /** The value in the output form, or null when no pattern reads it. */
        String apply(String v) {
            for (DateTimeFormatter f : formats) {
                Optional<ZonedDateTime> t = f == null ? iso(v) : pattern(f, v);
                if (t.isPresent()) return out.format(t.get().withNano(0));
            }
            return null;
        }

        /** ISO 8601: with an offset (converted to the zone) or without (a local time in the zone), or a date. */
        private Optional<ZonedDateTime> iso(String v) {
            try {
                return Optional.of(OffsetDateTime.parse(v).atZoneSameInstant(zone));
            } catch (DateTimeParseException e) {
                // fall through
            }
            try {
                return Optional.of(LocalDateTime.parse(v).atZone(zone));
            } catch (DateTimeParseException e) {
                // fall through
            }
            try {
                return Optional.of(LocalDate.parse(v).atStartOfDay(zone));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        private Optional<ZonedDateTime> pattern(DateTimeFormatter f, String v) {
            try {
                TemporalAccessor t = f.parse(v.strip());
                LocalDateTime local = LocalDateTime.of(LocalDate.from(t), java.time.LocalTime.of(
                        t.isSupported(ChronoField.HOUR_OF_DAY) ? t.get(ChronoField.HOUR_OF_DAY) : 0, t.isSupported(ChronoField.MINUTE_OF_HOUR) ? t.get(ChronoField.MINUTE_OF_HOUR) : 0,
                        t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0));
                if (t.isSupported(ChronoField.OFFSET_SECONDS))
                    return Optional.of(local.atOffset(java.time.ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))).atZoneSameInstant(zone));
                return Optional.of(local.atZone(zone));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
    }
}
