package org.civiccatalog.core.datajson;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Named update frequencies to the ISO 8601 repeating durations POD v1.1 {@code accrualPeriodicity} takes
 * ({@code iso8601_guidance.md}). Knows the POD v1.0 enum ("Annual", "Three times a week", "Completely irregular"),
 * the Dublin Core Collection Frequency names (cld:freq "threeTimesAWeek"), the EU frequency authority table codes
 * ("WEEKLY_3", "IRREG") and SDMX codes ("freq-W"), matched case- and separator-insensitively, so it serves both the
 * v1.0 upgrade and the reverse mapping of frequency IRIs (by their local name).
 */
public final class Frequencies {
    private static final Map<String, String> ISO = new HashMap<>();

    static {
        put("R/P10Y", "decennial");
        put("R/P4Y", "quadrennial");
        put("R/P3Y", "triennial");
        put("R/P2Y", "biennial");
        put("R/P1Y", "annual", "annually", "freq-a");
        put("R/P6M", "semiannual", "annual2", "biannually", "freq-s");
        put("R/P4M", "threetimesayear", "annual3");
        put("R/P3M", "quarterly", "freq-q");
        put("R/P2M", "bimonthly");
        put("R/P1M", "monthly", "freq-m");
        put("R/P0.5M", "semimonthly", "monthly2");
        put("R/P0.33M", "threetimesamonth", "monthly3");
        put("R/P2W", "biweekly", "fortnightly");
        put("R/P1W", "weekly", "freq-w");
        put("R/P3.5D", "semiweekly", "weekly2");
        put("R/P0.33W", "threetimesaweek", "weekly3");
        put("R/P1D", "daily", "freq-d");
        put("R/PT1H", "hourly");
        put("R/PT1S", "continuouslyupdated", "continuous", "continual", "cont");
        put("irregular", "completelyirregular", "irregular", "irreg");
    }

    private Frequencies() {}

    private static void put(String iso, String... names) {
        for (String n : names) ISO.put(n, iso);
    }

    /** The ISO 8601 value of a frequency name or IRI local name, if known. */
    public static Optional<String> iso(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "");
        if (!key.startsWith("freq-")) key = key.replace("-", "");
        return Optional.ofNullable(ISO.get(key));
    }
}
