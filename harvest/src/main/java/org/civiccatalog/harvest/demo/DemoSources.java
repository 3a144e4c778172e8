package org.civiccatalog.harvest.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.harvest.HarvestSource;
import org.civiccatalog.harvest.standards.StandardsEntries;
import org.civiccatalog.harvest.standards.StandardsEntry;

/** Sources as a sources file (docs/harvest.md), so that {@code ./catalog harvest --sources} can harvest a demo region. */
public final class DemoSources {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DemoSources() {}

    /** The sources file's text. Limits are left out: the defaults are what the ground truth assumes. */
    public static String json(List<HarvestSource> sources) {
        return json(sources, List.of());
    }

    /** The same with a {@code "standards"} list (docs/harvest.md, "Standards views"), when there are entries. */
    public static String json(List<HarvestSource> sources, List<StandardsEntry> standards) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("sources");
        for (HarvestSource s : sources) {
            ObjectNode o = list.addObject();
            o.put("id", s.id());
            o.put("title", s.title());
            o.put("kind", s.kind().id());
            o.put("url", s.url().toString());
            o.put("owner", s.owner());
            o.put("jurisdiction", s.jurisdiction().name().toLowerCase(Locale.ROOT));
            s.schedule().ifPresent(d -> o.put("schedule", d.toString()));
        }
        if (!standards.isEmpty()) root.set("standards", StandardsEntries.json(standards));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the sources file, replacing {@code file}. */
    public static void write(List<HarvestSource> sources, Path file) {
        write(sources, List.of(), file);
    }

    /** The same with standards entries. */
    public static void write(List<HarvestSource> sources, List<StandardsEntry> standards, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, json(sources, standards));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sources file " + file, e);
        }
    }
}
