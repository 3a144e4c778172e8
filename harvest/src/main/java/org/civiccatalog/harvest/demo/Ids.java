package org.civiccatalog.harvest.demo;

import java.math.BigInteger;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic randomness and the identifiers portals use. Every value of record {@code i} of a portal comes from a
 * random stream seeded by (region seed, portal, i, purpose) alone, so any record can be generated on its own, in any
 * order, with the same result: nothing is generated ahead or kept.
 */
final class Ids {
    private static final long FOUR_BY_FOUR_SPACE = pow(36, 8);
    private static final BigInteger SPACE = BigInteger.valueOf(FOUR_BY_FOUR_SPACE);
    /**
     * About 0.618 of the space, so that neighbouring records get unlike ids; odd and not a multiple of 3, so coprime
     * with 36^8 and index -> 4x4 is a bijection.
     */
    private static final BigInteger MULTIPLIER = BigInteger.valueOf(1_743_516_425_519L);
    private static final BigInteger INVERSE = MULTIPLIER.modInverse(SPACE);

    private Ids() {}

    /** The random stream of one purpose ({@code salt}) of one record. */
    static SplittableRandom rng(long seed, DemoPortal portal, int index, int salt) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L * (portal.ordinal() + 1));
        h = mix(h ^ (index * 0xBF58476D1CE4E5B9L));
        return new SplittableRandom(mix(h ^ salt));
    }

    /** SplitMix64's finaliser: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * A Socrata asset id ("4x4", {@code abcd-1234}) for record {@code index}: a bijection, so that the simulated
     * portal can answer {@code /api/views/{4x4}.json} by decoding the record it belongs to ({@link #indexOf}).
     */
    static String fourByFour(long seed, int index) {
        long x = BigInteger.valueOf(index).multiply(MULTIPLIER).add(BigInteger.valueOf(offset(seed))).mod(SPACE).longValueExact();
        String s = Long.toString(x, 36);
        s = "0".repeat(8 - s.length()) + s;
        return s.substring(0, 4) + "-" + s.substring(4);
    }

    /** The record index of a 4x4 made by {@link #fourByFour}, or empty for anything else. */
    static OptionalInt indexOf(long seed, String fourByFour) {
        if (fourByFour == null || !fourByFour.matches("[a-z0-9]{4}-[a-z0-9]{4}")) return OptionalInt.empty();
        long x = Long.parseLong(fourByFour.replace("-", ""), 36);
        BigInteger shifted = BigInteger.valueOf(Math.floorMod(x - offset(seed), FOUR_BY_FOUR_SPACE));
        long index = shifted.multiply(INVERSE).mod(SPACE).longValueExact();
        return index <= Integer.MAX_VALUE ? OptionalInt.of((int) index) : OptionalInt.empty();
    }

    private static long offset(long seed) {
        return Math.floorMod(mix(seed + 44), FOUR_BY_FOUR_SPACE);
    }

    /** A random (version 4) UUID from the stream: DKAN and CKAN identifiers. */
    static String uuid(SplittableRandom rng) {
        long hi = (rng.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    /**
     * A CKAN package id that sorts like its index: CKAN answers {@code package_search} sorted by id (as the adapter
     * asks), and the simulated portal pages by index, so the first 8 hex digits rise with the index while the rest
     * is random. A region of {@code size} records spreads them over the whole 32-bit prefix.
     */
    static String sortableUuid(SplittableRandom rng, int index, int size) {
        double at = (index + 0.05 + 0.9 * rng.nextDouble()) / size;
        long prefix = (long) (at * 0x1_0000_0000L);
        String u = uuid(rng);
        return String.format("%08x", prefix) + u.substring(8);
    }

    /** 32 hex digits: an ArcGIS Online item id. */
    static String hex32(SplittableRandom rng) {
        return String.format("%016x%016x", rng.nextLong(), rng.nextLong());
    }

    /** "Building Permits 2019" -> "building-permits-2019". */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static long pow(long base, int exp) {
        long r = 1;
        for (int i = 0; i < exp; i++) r *= base;
        return r;
    }
}
