package org.civiccatalog.web.harvest;

import java.security.MessageDigest;
import java.util.Objects;

/**
 * The admin API's bearer token. Kept only as its SHA-256; compared in constant time (both sides hashed first, so
 * neither the content nor the length of the token leaks through timing). {@link #toString} never shows it.
 */
public final class AdminToken {
    /** Shortest token accepted: 16 characters (e.g. {@code openssl rand -hex 32} gives 64). */
    public static final int MIN_LENGTH = 16;
    private final byte[] digest;

    private AdminToken(byte[] digest) {
        this.digest = digest;
    }

    /** @throws IllegalArgumentException for a token shorter than {@link #MIN_LENGTH} or with white space inside */
    public static AdminToken of(String token) {
        Objects.requireNonNull(token, "token");
        String t = token.strip();
        if (t.length() < MIN_LENGTH)
            throw new IllegalArgumentException("the admin token must have at least " + MIN_LENGTH + " characters");
        if (t.chars().anyMatch(Character::isWhitespace))
            throw new IllegalArgumentException("the admin token must not contain white space");
        return new AdminToken(org.apache.commons.codec.digest.DigestUtils.sha256(t));
    }

    /** True when {@code candidate} is the token; constant time. */
    public boolean matches(String candidate) {
        if (candidate == null) return false;
        return MessageDigest.isEqual(digest, org.apache.commons.codec.digest.DigestUtils.sha256(candidate));
    }


    @Override
    public String toString() {
        return "AdminToken[hidden]";
    }
}
