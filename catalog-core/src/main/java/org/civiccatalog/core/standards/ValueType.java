package org.civiccatalog.core.standards;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The value types of the profile vocabulary ({@code civic:valueType}); each says whether a text is one of it. */
public enum ValueType {
    STRING, INTEGER, NUMBER, BOOLEAN, DATE, DATETIME, URL, EMAIL;

    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern EMAIL_TEXT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static ValueType of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StandardsException("Unknown value type '" + name + "' (string, integer, number, boolean, date, datetime, url, email)");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code text} (not blank) is a value of this type. Dates need {@code dateFormat} when one is given,
     * else ISO 8601 ({@code 2024-01-31}); datetimes without a format are ISO 8601 with an offset or Z, as Open311 asks.
     */
    public boolean accepts(String text, Optional<String> dateFormat) {
        String s = text.strip();
        return switch (this) {
            case STRING -> true;
            case INTEGER -> INTEGER_TEXT.matcher(s).matches();
            case NUMBER -> number(s).isPresent();
            case BOOLEAN -> s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
            case DATE -> date(s, dateFormat);
            case DATETIME -> dateTime(s, dateFormat);
            case URL -> url(s);
            case EMAIL -> EMAIL_TEXT.matcher(s).matches();
        };
    }

    /** Whether this type's checks concern dates (a failure is a "bad date", not a "bad type"). */
    public boolean temporal() {
        return this == DATE || this == DATETIME;
    }

    public static Optional<BigDecimal> number(String s) {
        try {
            return Optional.of(new BigDecimal(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean date(String s, Optional<String> format) {
        try {
            if (format.isPresent()) LocalDate.parse(s, strict(format.get()));
            else LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean dateTime(String s, Optional<String> format) {
        try {
            if (format.isPresent()) LocalDateTime.parse(s, strict(format.get()));
            else OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A pattern formatter that refuses 20240231 (strict). Profiles write years as 'yyyy' (year of era, the usual
     * spelling); strict resolution needs an era for it, so it is read as 'uuuu' (proleptic year).
     */
    static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u'), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static boolean url(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute() && u.getHost() != null
                    && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }
}
