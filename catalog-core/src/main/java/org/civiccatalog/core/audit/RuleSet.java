package org.civiccatalog.core.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The version of the audit's rules: a digest of every bundled rule resource (schemas, shapes, vocabularies, lists)
 * and of {@link #CODE_VERSION}. A dataset audited under another version is audited again by an incremental run.
 */
public final class RuleSet {
    /**
     * Raise this whenever a change to the code changes what the audit finds or scores (a rule, a message, a weight, a
     * view step): an incremental audit reuses results only when this and the resources are what they were.
     */
    static final int CODE_VERSION = 1;

    /** Every resource under {@link Resources#BASE} the audit reads (RuleSetTest checks the list is complete). */
    static final List<String> RESOURCES = List.of("pod/dataset-federal.json", "pod/dataset-non-federal.json",
            "shacl/dcat-ap-3.ttl", "shacl/dcat-us_3.0_shacl_shapes.ttl", "vocabulary/file-types.tsv",
            "vocabulary/iana_media_types.json", "vocabulary/iso639_1_language_codes.json", "vocabulary/licences.txt",
            "vocabulary/vocabulary.ttl");

    private static final String VERSION = digest(CODE_VERSION);

    private RuleSet() {}

    /** The current version (hex digest). */
    public static String version() {
        return VERSION;
    }

    static String digest(int codeVersion) {
        MessageDigest md = sha256();
        md.update(("code " + codeVersion + "\n").getBytes(StandardCharsets.UTF_8));
        for (String r : RESOURCES) {
            md.update((r + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Resources.open(r)) {
                md.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read audit resource " + r, e);
            }
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 32);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
