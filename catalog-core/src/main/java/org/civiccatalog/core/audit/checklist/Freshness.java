package org.civiccatalog.core.audit.checklist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.civiccatalog.core.audit.DatasetView;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.Severity;
import org.civiccatalog.core.datajson.Frequencies;
import org.civiccatalog.vocab.DCTERMS;

/**
 * Freshness: how many days a dataset is overdue against its declared {@code dct:accrualPeriodicity}, counted from
 * its {@code dct:modified}. Overdue days = days from (modified + one period) to now, when positive. A date with
 * less precision than a day counts from its last day (2024-05 from 31 May), so imprecision never makes a dataset
 * overdue. Irregular and continuous frequencies promise no date.
 */
public final class Freshness {
    private static final Pattern ISO = Pattern.compile(
            "^R/P(?:([\\d.]+)Y)?(?:([\\d.]+)M)?(?:([\\d.]+)W)?(?:([\\d.]+)D)?(?:T(?:([\\d.]+)H)?(?:([\\d.]+)M)?(?:([\\d.]+)S)?)?$");
    private static final double DAY = 86_400;
    // compiled once: String.matches compiled each of them for every dataset (4 % of a worker's time)
    private static final Pattern YEAR = Pattern.compile("\\d{4}"), MONTH = Pattern.compile("\\d{4}-\\d{2}"),
            DAY_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),
            LOCAL_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    /**
     * @param frequency   the declared frequency as given ("R/P1W", a frequency IRI...), if any
     * @param period      the period it promises, if it promises one
     * @param modified    the last update, if known
     * @param daysOverdue 0 when on time; empty when there is nothing to measure
     */
    public record Result(Optional<String> frequency, Optional<Duration> period, Optional<Instant> modified,
                         Optional<Long> daysOverdue, Optional<Finding> finding) {
        public boolean overdue() {
            return daysOverdue.map(d -> d > 0).orElse(false);
        }
    }

    private Freshness() {}

    public static Result of(DatasetView v, Instant now) {
        Optional<Node> freq = v.objects(DCTERMS.accrualPeriodicity).stream().findFirst();
        Optional<String> declared = freq.map(n -> n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : null);
        Optional<Duration> period = declared.flatMap(Freshness::period);
        Optional<Instant> modified = v.objects(DCTERMS.modified).stream().filter(Node::isLiteral)
                .map(n -> lastInstant(n.getLiteralLexicalForm())).flatMap(Optional::stream).max(Instant::compareTo);
        if (period.isEmpty()) return new Result(declared, period, modified, Optional.empty(), Optional.empty());
        if (modified.isEmpty())
            return new Result(declared, period, modified, Optional.empty(), Optional.of(Finding.of("freshness.modifiedMissing",
                    Severity.WARNING, "dct:modified", "The dataset promises updates (" + describe(declared.get())
                            + ") but gives no date of its last update, so nobody can tell whether it is current. Add"
                            + " the date of the last update (data.json: modified), e.g. 2024-05-01.")));
        Instant due = modified.get().plus(period.get());
        long days = Math.max(0, Duration.between(due, now).toDays());
        Optional<Finding> f = days <= 0 ? Optional.empty() : Optional.of(Finding.of("freshness.overdue", Severity.WARNING,
                "dct:modified", "Overdue by " + days + " day" + (days == 1 ? "" : "s") + ": the dataset promises updates "
                        + describe(declared.get()) + ", and was last updated on " + modified.get().toString().substring(0, 10)
                        + ". Publish the update and set modified to its date, or declare the frequency it really has"
                        + " (data.json: accrualPeriodicity, e.g. R/P1M, or irregular)."));
        return new Result(declared, period, modified, Optional.of(days), f);
    }

    /** The period a frequency promises: ISO 8601 R/P..., a named frequency or a frequency IRI's local name. */
    static Optional<Duration> period(String declared) {
        String s = declared.strip();
        if (s.contains("/") && (s.startsWith("http://") || s.startsWith("https://")))
            s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
        if (!s.startsWith("R/")) s = Frequencies.iso(s).orElse(s);
        Matcher m = ISO.matcher(s.toUpperCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        double[] unit = {365.25 * DAY, 30.44 * DAY, 7 * DAY, DAY, 3600, 60, 1};
        double seconds = 0;
        for (int i = 0; i < unit.length; i++) if (m.group(i + 1) != null) seconds += Double.parseDouble(m.group(i + 1)) * unit[i];
        // Continuous updates (R/PT1S) and sub-hourly periods promise no checkable date from metadata.
        if (seconds < 3600) return Optional.empty();
        return Optional.of(Duration.ofSeconds((long) seconds));
    }

    private static String describe(String declared) {
        Optional<Duration> p = period(declared);
        if (p.isEmpty()) return declared;
        long days = p.get().toDays();
        String every = days >= 365 ? (days / 365 == 1 ? "every year" : "every " + days / 365 + " years")
                : days >= 28 ? (Math.round(days / 30.44) == 1 ? "every month" : "every " + Math.round(days / 30.44) + " months")
                : days >= 7 ? (days / 7 == 1 ? "every week" : "every " + days / 7 + " weeks")
                : days >= 1 ? (days == 1 ? "every day" : "every " + days + " days")
                : "every " + p.get().toHours() + " hours";
        return every + " (" + declared + ")";
    }

    /** The last instant a date value can mean: 2024 -> end of 2024; 2024-05-01 -> end of that day (UTC). */
    static Optional<Instant> lastInstant(String value) {
        String s = value.strip();
        try {
            if (YEAR.matcher(s).matches()) return Optional.of(Year.parse(s).atDay(1).plusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1));
            if (MONTH.matcher(s).matches()) return Optional.of(YearMonth.parse(s).atEndOfMonth().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1));
            if (DAY_DATE.matcher(s).matches()) return Optional.of(LocalDate.parse(s).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1));
            if (LOCAL_TIME.matcher(s).matches())
                return Optional.of(java.time.LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
            return Optional.of(OffsetDateTime.parse(s.replace(' ', 'T')).toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
