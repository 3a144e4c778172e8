package org.civiccatalog.core.standards;

import java.util.List;
import java.util.Optional;

/**
 * A standard of the registry ({@code dct:Standard} in {@code {base}graph/standards}): its catalog IRI
 * ({@code {base}standard/{id}}), identifier, version, specification page, the aliases publishers write in
 * {@code dct:conformsTo}, its profile (files and fields) and the crosswalks shipped for it (resource paths).
 */
public record Standard(String iri, String id, String title, String version, String specification,
                       List<String> aliases, List<FileSpec> files, List<String> crosswalks) {
    public Standard {
        aliases = List.copyOf(aliases);
        files = List.copyOf(files);
        crosswalks = List.copyOf(crosswalks);
    }

    public Optional<FileSpec> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public FileSpec requireFile(String name) {
        return file(name).orElseThrow(() -> new StandardsException("Standard " + id + " has no file '" + name
                + "' (it has " + files.stream().map(FileSpec::name).toList() + ")"));
    }
}
