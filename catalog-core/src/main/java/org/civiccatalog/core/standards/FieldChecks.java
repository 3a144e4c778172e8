package org.civiccatalog.core.standards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The checks of one file of a profile: its header against the profile's fields, and each row's values. Column names
 * match without case (Socrata's API names are lower case: {@code permitnum} is BLDS' {@code PermitNum}).
 */
public final class FieldChecks {
    private static final Set<String> NUMERIC_PORTAL_TYPES = Set.of("number", "money", "percent", "double");
    private static final Set<String> TEMPORAL_PORTAL_TYPES = Set.of("calendar_date", "floating_timestamp",
            "fixed_timestamp", "date");
    private static final Set<String> OTHER_PORTAL_TYPES = Set.of("checkbox", "point", "location", "multipoint",
            "line", "multiline", "polygon", "multipolygon", "photo", "document", "url");

    private final FileSpec file;
    /** profile field -> the dataset's column name, for the fields the dataset has. */
    private final Map<FieldSpec, String> present = new HashMap<>();

    public FieldChecks(FileSpec file, List<ColumnInfo> columns) {
        this.file = file;
        Map<String, String> byLower = new HashMap<>();
        for (ColumnInfo c : columns) byLower.putIfAbsent(c.name().strip().toLowerCase(Locale.ROOT), c.name());
        for (FieldSpec f : file.fields()) {
            String col = byLower.get(f.name().toLowerCase(Locale.ROOT));
            if (col != null) present.put(f, col);
        }
    }

    public FileSpec file() {
        return file;
    }

    /** How many of the file's required fields the columns have. */
    public int requiredPresent() {
        return (int) file.requiredFields().stream().filter(present::containsKey).count();
    }

    /** How many of the file's fields the columns have. */
    public int fieldsPresent() {
        return present.size();
    }

    /** Missing required columns (errors), missing recommended ones (warnings), portal types that cannot hold a field. */
    public List<ConformanceFinding> header(List<ColumnInfo> columns) {
        List<ConformanceFinding> out = new ArrayList<>();
        for (FieldSpec f : file.fields()) {
            if (present.containsKey(f)) continue;
            if (f.required())
                out.add(ConformanceFinding.error("missing-column", file.name(), f.name(), 0, "",
                        "required column '" + f.name() + "' is missing"));
            else if (f.recommended())
                out.add(ConformanceFinding.warning("missing-recommended-column", file.name(), f.name(), 0, "",
                        "recommended column '" + f.name() + "' is missing"));
        }
        Map<String, ColumnInfo> byName = new HashMap<>();
        for (ColumnInfo c : columns) byName.putIfAbsent(c.name(), c);
        for (FieldSpec f : file.fields()) {
            String col = present.get(f);
            if (col == null) continue;
            Optional<String> t = byName.get(col).type().map(s -> s.strip().toLowerCase(Locale.ROOT));
            if (t.isPresent() && !compatible(f.type(), t.get()))
                out.add(ConformanceFinding.error("incompatible-type", file.name(), f.name(), 0, t.get(),
                        "column '" + col + "' is of type " + t.get() + ", which cannot hold " + f.type().label() + " values"));
        }
        return out;
    }

    /** Text holds anything (the sample tells); a known non-text type must fit the field's type. */
    static boolean compatible(ValueType field, String portalType) {
        return switch (field) {
            case STRING -> true;
            case INTEGER, NUMBER -> !TEMPORAL_PORTAL_TYPES.contains(portalType) && !OTHER_PORTAL_TYPES.contains(portalType);
            case DATE, DATETIME -> !NUMERIC_PORTAL_TYPES.contains(portalType) && !OTHER_PORTAL_TYPES.contains(portalType);
            case BOOLEAN -> !NUMERIC_PORTAL_TYPES.contains(portalType) && !TEMPORAL_PORTAL_TYPES.contains(portalType)
                    && (!OTHER_PORTAL_TYPES.contains(portalType) || portalType.equals("checkbox"));
            case URL -> !NUMERIC_PORTAL_TYPES.contains(portalType) && !TEMPORAL_PORTAL_TYPES.contains(portalType)
                    && (!OTHER_PORTAL_TYPES.contains(portalType) || portalType.equals("url"));
            case EMAIL -> !NUMERIC_PORTAL_TYPES.contains(portalType) && !TEMPORAL_PORTAL_TYPES.contains(portalType)
                    && !OTHER_PORTAL_TYPES.contains(portalType);
        };
    }

    /** The findings of one row, in field order. */
    public void row(Row row, Consumer<ConformanceFinding> out) {
        for (FieldSpec f : file.fields()) {
            String col = present.get(f);
            if (col == null) continue;
            String v = row.get(col);
            if (v == null) {
                if (f.required())
                    out.accept(ConformanceFinding.error("null-required", file.name(), f.name(), row.number(), "",
                            "required value of '" + f.name() + "' is empty"));
                continue;
            }
            value(f, row.number(), v, out);
        }
    }

    /** The checks of one non-empty value. */
    void value(FieldSpec f, long rowNumber, String v, Consumer<ConformanceFinding> out) {
        if (!f.type().accepts(v, f.dateFormat())) {
            if (f.type().temporal())
                out.accept(ConformanceFinding.error("bad-date", file.name(), f.name(), rowNumber, v,
                        "'" + v + "' is not a " + f.type().label() + " in the format "
                                + f.dateFormat().orElse(f.type() == ValueType.DATE ? "yyyy-MM-dd" : "ISO 8601 with offset")));
            else
                out.accept(ConformanceFinding.error("bad-type", file.name(), f.name(), rowNumber, v,
                        "'" + v + "' is not a valid " + f.type().label()));
            return;
        }
        if (!f.allowedValues().isEmpty() && !f.allowedValues().contains(v.strip()))
            out.accept(ConformanceFinding.error("not-allowed", file.name(), f.name(), rowNumber, v,
                    "'" + v + "' is not one of " + f.allowedValues()));
        if (f.min().isPresent() || f.max().isPresent()) {
            Optional<BigDecimal> n = ValueType.number(v);
            if (n.isPresent() && (f.min().map(m -> n.get().compareTo(m) < 0).orElse(false)
                    || f.max().map(m -> n.get().compareTo(m) > 0).orElse(false)))
                out.accept(ConformanceFinding.error("out-of-range", file.name(), f.name(), rowNumber, v,
                        "'" + v + "' is outside " + f.min().map(BigDecimal::toPlainString).orElse("")
                                + ".." + f.max().map(BigDecimal::toPlainString).orElse("")));
        }
    }

    /** The dataset's column holding a profile field, if it has one. */
    public Optional<String> column(String fieldName) {
        return file.field(fieldName).map(present::get);
    }
}
