package org.civiccatalog.core.audit.mqa;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.civiccatalog.core.audit.Resources;
import org.civiccatalog.vocab.Prefixes;

/**
 * What the audit knows about file formats: the IANA media type registry (the MQA's "from a vocabulary" test for
 * dcat:mediaType) and its own table of file types ({@code vocabulary/file-types.tsv}) for dct:format and the
 * non-proprietary / machine-readable tests.
 */
public final class FileTypes {
    /** One known file type. */
    public record FileType(String code, boolean nonProprietary, boolean machineReadable) {}

    private static final Set<String> IANA = Resources.values("vocabulary/iana_media_types.json");
    private static final Map<String, FileType> BY_NAME = new HashMap<>();
    private static final Map<String, FileType> BY_MEDIA_TYPE = new HashMap<>();

    static {
        for (String line : Resources.lines("vocabulary/file-types.tsv")) {
            String[] c = line.split("\t");
            FileType t = new FileType(c[0], c[3].equals("yes"), c[4].equals("yes"));
            BY_NAME.put(key(c[0]), t);
            for (String n : c[1].split(",")) BY_NAME.putIfAbsent(key(n), t);
            for (String m : c[2].split(",")) BY_MEDIA_TYPE.putIfAbsent(m.strip().toLowerCase(Locale.ROOT), t);
        }
    }

    private FileTypes() {}

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }

    /** The media type string of a dcat:mediaType value: an IANA IRI (http or https) or a literal. */
    public static Optional<String> mediaType(Node n) {
        String s = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : null;
        if (s == null) return Optional.empty();
        String https = Prefixes.IANA_MEDIA_TYPES, http = "http" + https.substring("https".length());
        if (s.startsWith(https)) s = s.substring(https.length());
        else if (s.startsWith(http)) s = s.substring(http.length());
        else if (n.isURI()) return Optional.empty();
        int semi = s.indexOf(';');
        return Optional.of((semi >= 0 ? s.substring(0, semi) : s).strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a media type is registered with IANA. */
    public static boolean isRegistered(String mediaType) {
        return IANA.contains(mediaType);
    }

    /** The file type a dct:format value names: an EU file-type IRI, or a literal such as "CSV" or "Shapefile". */
    public static Optional<FileType> ofFormat(Node n) {
        if (n.isURI()) {
            if (!n.getURI().startsWith(Prefixes.EU_FILE_TYPE)) return mediaType(n).flatMap(FileTypes::ofMediaType);
            return Optional.ofNullable(BY_NAME.get(key(n.getURI().substring(Prefixes.EU_FILE_TYPE.length()))));
        }
        if (n.isLiteral()) return Optional.ofNullable(BY_NAME.get(key(n.getLiteralLexicalForm())));
        return Optional.empty();
    }

    public static Optional<FileType> ofMediaType(String mediaType) {
        return Optional.ofNullable(BY_MEDIA_TYPE.get(mediaType));
    }

    /** Whether a dct:format value is an EU file-type IRI, or a literal that is exactly one of its codes. */
    public static boolean isFromVocabulary(Node format) {
        if (format.isURI()) return format.getURI().startsWith(Prefixes.EU_FILE_TYPE);
        return format.isLiteral() && BY_NAME.containsKey(key(format.getLiteralLexicalForm()))
                && BY_NAME.get(key(format.getLiteralLexicalForm())).code().equalsIgnoreCase(format.getLiteralLexicalForm().strip());
    }

    /** The EU file-type code of a format literal, for profile alignment ("csv" -> CSV). */
    public static Optional<String> euCode(String label) {
        return Optional.ofNullable(BY_NAME.get(key(label))).map(FileType::code);
    }

    static List<String> codes() {
        return BY_NAME.values().stream().map(FileType::code).distinct().sorted().toList();
    }
}
