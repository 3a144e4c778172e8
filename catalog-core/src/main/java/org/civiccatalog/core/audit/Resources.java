package org.civiccatalog.core.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.civiccatalog.core.CatalogException;

/** The audit's bundled resources (org/civiccatalog/core/audit/...; their sources in README.md there). */
public final class Resources {
    public static final String BASE = "/org/civiccatalog/core/audit/";

    private Resources() {}

    public static InputStream open(String relative) {
        InputStream in = Resources.class.getResourceAsStream(BASE + relative);
        if (in == null) throw new CatalogException("Missing audit resource " + BASE + relative);
        return in;
    }

    /** Non-blank lines that are not '#' comments. */
    public static List<String> lines(String relative) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(relative), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read audit resource " + relative, e);
        }
        return out;
    }

    /** The "values" array of one of the GSA reference lists (IANA media types, ISO 639-1 codes). */
    public static Set<String> values(String relative) {
        try (InputStream in = open(relative)) {
            JsonNode root = new ObjectMapper().readTree(in);
            Set<String> out = new LinkedHashSet<>();
            root.path("values").forEach(v -> out.add(v.asText()));
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read audit resource " + relative, e);
        }
    }
}
