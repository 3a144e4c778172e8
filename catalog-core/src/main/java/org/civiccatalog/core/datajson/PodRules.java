package org.civiccatalog.core.datajson;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the POD v1.1 non-federal dataset schema ({@code dataset-non-federal.json}, GSA) accepts, value by value, and
 * the few deterministic repairs {@link DcatToPod} applies so that it never writes an invalid value. The patterns are
 * the schema's own, copied verbatim (a test compares them with the schema file) and applied the way a JSON Schema
 * validator does (unanchored search; the patterns carry their own anchors).
 */
final class PodRules {
    static final Set<String> ACCESS_LEVELS = Set.of("public", "restricted public", "non-public");
    static final int RIGHTS_MAX = 255;

    static final List<Pattern> MODIFIED = patterns(
            "^([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\17[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$",
            "^(R\\d*\\/)?P(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?W)?(?:\\d+(?:\\.\\d+)?D)?(?:T(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?$",
            "^(R\\d*\\/)?([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\4([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\18[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?(\\/)P(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?W)?(?:\\d+(?:\\.\\d+)?D)?(?:T(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?$");
    static final List<Pattern> ISSUED = patterns(
            "^([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\17[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$");
    static final List<Pattern> TEMPORAL = patterns(
            "^([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\17[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?(\\/)([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\3([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\17[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$",
            "^(R\\d*\\/)?([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\4([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\18[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?(\\/)P(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?W)?(?:\\d+(?:\\.\\d+)?D)?(?:T(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?$",
            "^(R\\d*\\/)?P(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?W)?(?:\\d+(?:\\.\\d+)?D)?(?:T(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?\\/([\\+-]?\\d{4}(?!\\d{2}\\b))((-?)((0[1-9]|1[0-2])(\\4([12]\\d|0[1-9]|3[01]))?|W([0-4]\\d|5[0-2])(-?[1-7])?|(00[1-9]|0[1-9]\\d|[12]\\d{2}|3([0-5]\\d|6[1-6])))([T\\s]((([01]\\d|2[0-3])((:?)[0-5]\\d)?|24\\:?00)([\\.,]\\d+(?!:))?)?(\\18[0-5]\\d([\\.,]\\d+)?)?([zZ]|([\\+-])([01]\\d|2[0-3]):?([0-5]\\d)?)?)?)?$");
    static final List<Pattern> ACCRUAL_PERIODICITY = patterns(
            "^R\\/P(?:\\d+(?:\\.\\d+)?Y)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?W)?(?:\\d+(?:\\.\\d+)?D)?(?:T(?:\\d+(?:\\.\\d+)?H)?(?:\\d+(?:\\.\\d+)?M)?(?:\\d+(?:\\.\\d+)?S)?)?$");
    static final List<Pattern> BUREAU_CODE = patterns(
            "[0-9]{3}:[0-9]{2}");
    static final List<Pattern> PROGRAM_CODE = patterns(
            "[0-9]{3}:[0-9]{3}");
    static final List<Pattern> PRIMARY_IT_INVESTMENT_UII = patterns(
            "[0-9]{3}-[0-9]{9}");
    static final List<Pattern> LANGUAGE = patterns(
            "^(((([A-Za-z]{2,3}(-([A-Za-z]{3}(-[A-Za-z]{3}){0,2}))?)|[A-Za-z]{4}|[A-Za-z]{5,8})(-([A-Za-z]{4}))?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-([0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+))*(-(x(-[A-Za-z0-9]{1,8})+))?)|(x(-[A-Za-z0-9]{1,8})+)|((en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE)|(art-lojban|cel-gaulish|no-bok|no-nyn|zh-guoyu|zh-hakka|zh-min|zh-min-nan|zh-xiang)))$");
    static final List<Pattern> MEDIA_TYPE = patterns(
            "^[-\\w]+/[-\\w]+(\\.[-\\w]+)*([+][-\\w]+)?$");
    static final List<Pattern> HAS_EMAIL = patterns(
            "^mailto:[\\w\\_\\~\\!\\$\\&\\'\\(\\)\\*\\+\\,\\;\\=\\:.-]+@[\\w.-]+\\.[\\w.-]+?$");

    private PodRules() {}

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }

    static boolean matches(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) if (p.matcher(s).find()) return true;
        return false;
    }

    static Optional<String> ifMatches(List<Pattern> patterns, String s) {
        return s != null && matches(patterns, s) ? Optional.of(s) : Optional.empty();
    }

    /** JSON Schema {@code format: uri}: an absolute RFC 3986 URI (ASCII only; parsed by java.net.URI). */
    static boolean isUri(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7e || s.charAt(i) <= ' ') return false;
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A non-empty string (the schema's {@code minLength: 1}). */
    static Optional<String> nonEmpty(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Repair: surrounding blanks removed and lower-cased ("Public" -> "public"), if that gives one of the three levels. */
    static Optional<String> accessLevel(String s) {
        if (s == null) return Optional.empty();
        String t = s.strip().toLowerCase(Locale.ROOT);
        return ACCESS_LEVELS.contains(t) ? Optional.of(t) : Optional.empty();
    }

    /** Repair: a named frequency ("Weekly", cld:freq "weekly", EU "WEEKLY") becomes its ISO 8601 value. */
    static Optional<String> accrualPeriodicity(String s) {
        if (s == null) return Optional.empty();
        if (s.equals("irregular") || matches(ACCRUAL_PERIODICITY, s)) return Optional.of(s);
        return Frequencies.iso(s);
    }

    /** Repair: media-type parameters and blanks are dropped ("application/zip; charset=binary" -> "application/zip"). */
    static Optional<String> mediaType(String s) {
        if (s == null) return Optional.empty();
        int semi = s.indexOf(';');
        String t = (semi >= 0 ? s.substring(0, semi) : s).strip();
        return ifMatches(MEDIA_TYPE, t);
    }

    /** Repair: blanks removed and "mailto:" added to a bare address. */
    static Optional<String> email(String s) {
        if (s == null) return Optional.empty();
        String t = s.strip();
        if (!t.regionMatches(true, 0, "mailto:", 0, 7)) t = "mailto:" + t;
        else t = "mailto:" + t.substring(7);
        return ifMatches(HAS_EMAIL, t);
    }

    /** The schema allows 1 to 255 characters; a longer statement is not cut (that would change its meaning). */
    static Optional<String> rights(String s) {
        return s != null && !s.isEmpty() && s.length() <= RIGHTS_MAX ? Optional.of(s) : Optional.empty();
    }
}
