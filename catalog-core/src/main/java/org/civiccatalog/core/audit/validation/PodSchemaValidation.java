package org.civiccatalog.core.audit.validation;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.resource.InputStreamSource;
import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.Severity;

/**
 * The first validation layer: a dataset's data.json form (as published, see
 * {@link org.civiccatalog.core.datajson.DcatToPod#asPublished()}) against the POD v1.1 dataset schema, federal or
 * non-federal variant (GSA's, bundled). Every schema error becomes an error finding with a stable rule id
 * {@code pod.required.<field>}, {@code pod.type.<field>} or {@code pod.invalid.<field>} (array positions left out:
 * {@code distribution.mediaType}), one per rule and field. Schemas are resolved from the classpath only.
 */
public final class PodSchemaValidation {
    /** Which POD variant applies: federal agencies must also give bureauCode, programCode, keyword and modified. */
    public enum Variant {
        FEDERAL("dataset-federal.json", "https://project-open-data.cio.gov/v1.1/schema/dataset.json"),
        NON_FEDERAL("dataset-non-federal.json", "https://project-open-data.cio.gov/v1.1/schema/dataset-non-federal.json");

        private final String file;
        private final String id;

        Variant(String file, String id) {
            this.file = file;
            this.id = id;
        }

        /** The variant for a source's level of government: "federal" is federal, everything else is not. */
        public static Variant forJurisdiction(String jurisdiction) {
            return "federal".equalsIgnoreCase(jurisdiction == null ? "" : jurisdiction.strip()) ? FEDERAL : NON_FEDERAL;
        }
    }

    private static final String RESOURCES = "/org/civiccatalog/core/audit/pod/";
    private final Map<Variant, Schema> schemas = new LinkedHashMap<>();

    public PodSchemaValidation() {
        for (Variant v : Variant.values()) schemas.put(v, load(v));
    }

    /** Each variant in its own registry: both files give their nested definitions the same ids. */
    private static Schema load(Variant v) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
                b -> b.schemaLoader(l -> l.fetchRemoteResources(false).resourceLoaders(r -> r.values(list -> {
                    list.clear();
                    list.add(iri -> iri.toString().replaceFirst("#.*$", "").equals(v.id) ? resource(v.file) : null);
                }))));
        try {
            return registry.getSchema(SchemaLocation.of(v.id));
        } catch (RuntimeException e) {
            throw new CatalogException("Cannot load the POD schema " + v.file + ": " + e.getMessage(), e);
        }
    }

    private static InputStreamSource resource(String file) {
        return () -> {
            InputStream in = PodSchemaValidation.class.getResourceAsStream(RESOURCES + file);
            if (in == null) throw new CatalogException("Missing resource " + RESOURCES + file);
            return in;
        };
    }

    /** The findings for one dataset object; empty when it is valid. */
    public List<Finding> validate(JsonNode dataset, Variant variant) {
        List<Error> errors = schemas.get(variant).validate(dataset);
        Map<String, Finding> byRule = new LinkedHashMap<>();
        for (Error e : errors) {
            if (isNullBranch(e) && errors.stream().anyMatch(o -> o != e && !isNullBranch(o)
                    && path(o.getInstanceLocation()).startsWith(path(e.getInstanceLocation())))) continue;
            Finding f = finding(e);
            byRule.putIfAbsent(f.ruleId(), f);
        }
        return new ArrayList<>(byRule.values());
    }

    /**
     * Nullable members are {@code anyOf [<the real schema>, {"type": "null"}]}: when the value fails the real schema,
     * the validator also reports "null expected", which says nothing useful.
     */
    private static boolean isNullBranch(Error e) {
        return "type".equals(e.getKeyword()) && e.getMessage() != null && e.getMessage().endsWith("null expected");
    }

    private static Finding finding(Error e) {
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String path = path(e.getInstanceLocation());
        switch (keyword) {
            case "required", "dependencies" -> {
                String missing = e.getProperty() != null ? e.getProperty() : argument(e);
                String field = path.isEmpty() ? missing : path + "." + missing;
                boolean dependency = e.getEvaluationPath() != null && e.getEvaluationPath().toString().contains("/dependencies/");
                return Finding.of("pod.required." + field, Severity.ERROR, field,
                        capital(PodFields.label(field)) + " ('" + field + "') is missing from the data.json record"
                                + (dependency ? ": a distribution with a downloadURL needs it." : ".")
                                + PodFields.hint(field));
            }
            case "type" -> {
                return Finding.of("pod.type." + path, Severity.ERROR, path,
                        capital(PodFields.label(path)) + " ('" + path + "') has the wrong JSON type (" + e.getMessage()
                                + ")." + PodFields.hint(path));
            }
            default -> {
                JsonNode value = e.getInstanceNode();
                String shown = value == null ? "" : " " + abbreviate(value.isTextual() ? "\"" + value.textValue() + "\"" : value.toString());
                String what = switch (keyword) {
                    case "minItems", "minLength" -> " is empty.";
                    case "maxLength" -> " is too long.";
                    case "uniqueItems" -> " repeats a value.";
                    case "enum" -> " is not one of the allowed values.";
                    default -> " is not valid.";
                };
                return Finding.of("pod.invalid." + path, Severity.ERROR, path,
                        capital(PodFields.label(path)) + " ('" + path + "')" + (shown.isEmpty() ? "" : shown.replaceFirst("^ ", " ")) + what
                                + PodFields.hint(path));
            }
        }
    }

    /** The field path of an instance location, without array positions: /distribution/0/mediaType -> distribution.mediaType. */
    static String path(NodePath p) {
        List<String> names = new ArrayList<>();
        if (p != null)
            for (int i = 0; i < p.getNameCount(); i++) {
                Object el = p.getElement(i);
                if (el instanceof String s) names.add(s);
            }
        return String.join(".", names);
    }

    private static String argument(Error e) {
        Object[] args = e.getArguments();
        return args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
